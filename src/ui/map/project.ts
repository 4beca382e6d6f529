import { REGION_PROJECTION } from './projection.generated';
import type { MercatorParams } from './region-types';

/**
 * d3 geoMercator's forward projection, inlined so the game bundle needs no d3. Must stay equal
 * to what scripts/build-map.ts used; test/map.test.ts checks it against d3.
 */
export function projectLonLat(
  lon: number,
  lat: number,
  params: MercatorParams = REGION_PROJECTION,
): [number, number] {
  const lambda = (lon * Math.PI) / 180;
  const phi = (lat * Math.PI) / 180;
  const [tx, ty] = params.translate;
  return [
    tx + params.scale * lambda,
    ty - params.scale * Math.log(Math.tan(Math.PI / 4 + phi / 2)),
  ];
}
