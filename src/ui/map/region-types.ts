/** Shape of assets/map/region.json, written by scripts/build-map.ts. Screen space, y down. */

export const REGION_FORMAT_VERSION = 1;

/** Who a country is to the player: drives its tint, and the legend pairs each with a shape. */
export const COUNTRY_GROUPS = ['vietnam', 'china', 'japan', 'usAlly', 'asean', 'other'] as const;
export type CountryGroup = (typeof COUNTRY_GROUPS)[number];

export interface MercatorParams {
  /** d3 geoMercator scale: pixels per radian. */
  readonly scale: number;
  /** Screen position of lon 0, lat 0. */
  readonly translate: readonly [number, number];
}

export interface RegionCountry {
  readonly id: string;
  readonly name: string;
  readonly group: CountryGroup;
  /** Where to write the name, or null when the country is too small to label. */
  readonly label: readonly [number, number] | null;
  /** Flat [x0, y0, x1, y1, ...] rings; holes are rare at this scale and are drawn as land. */
  readonly rings: readonly (readonly number[])[];
}

export interface RegionIslandGroup {
  readonly id: string;
  readonly name: string;
  readonly center: readonly [number, number];
  /** Centre of the group's two-line name. */
  readonly label: readonly [number, number];
  /** Individual islets and reefs, as [x0, y0, x1, y1, ...]. */
  readonly dots: readonly number[];
}

export interface RegionAnchor {
  readonly id: string;
  readonly name: string;
  readonly kind: 'capital' | 'city' | 'sea' | 'offmap';
  readonly lon: number;
  readonly lat: number;
  readonly x: number;
  readonly y: number;
  readonly disputed: boolean;
}

export interface RegionSeaLabel {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

export interface RegionMap {
  readonly version: number;
  readonly source: string;
  readonly width: number;
  readonly height: number;
  readonly projection: MercatorParams;
  readonly countries: readonly RegionCountry[];
  readonly islands: readonly RegionIslandGroup[];
  readonly anchors: readonly RegionAnchor[];
  readonly seas: readonly RegionSeaLabel[];
}
