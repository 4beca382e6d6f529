/**
 * Named places the game can point at, in degrees (WGS84). Pure data: the map build script
 * projects them into assets/map/region.json, and scenarios may refer to them by id.
 */

export const ANCHOR_KINDS = ['capital', 'city', 'sea', 'offmap'] as const;
export type AnchorKind = (typeof ANCHOR_KINDS)[number];

export interface AnchorDef {
  readonly id: string;
  readonly name: string;
  readonly kind: AnchorKind;
  readonly lon: number;
  readonly lat: number;
  /** Disputed features get their status written next to the name on the map. */
  readonly disputed?: boolean;
}

export const ANCHORS: readonly AnchorDef[] = [
  { id: 'hanoi', name: 'Hanoi', kind: 'capital', lon: 105.834, lat: 21.028 },
  { id: 'beijing', name: 'Beijing', kind: 'capital', lon: 116.407, lat: 39.904 },
  { id: 'tokyo', name: 'Tokyo', kind: 'capital', lon: 139.692, lat: 35.69 },
  { id: 'manila', name: 'Manila', kind: 'capital', lon: 120.984, lat: 14.6 },
  // Washington lies far outside the panel: the map shows it as an arrow on the east edge.
  { id: 'washington', name: 'Washington', kind: 'offmap', lon: -77.037, lat: 38.907 },
  { id: 'danang', name: 'Da Nang', kind: 'city', lon: 108.221, lat: 16.054 },
  { id: 'haiphong', name: 'Haiphong', kind: 'city', lon: 106.682, lat: 20.865 },
  { id: 'hochiminh', name: 'Ho Chi Minh City', kind: 'city', lon: 106.7, lat: 10.776 },
  { id: 'laocai', name: 'Lao Cai', kind: 'city', lon: 103.975, lat: 22.486 },
  { id: 'kunming', name: 'Kunming', kind: 'city', lon: 102.833, lat: 24.88 },
  { id: 'paracels', name: 'Paracel Is.', kind: 'sea', lon: 112.0, lat: 16.5, disputed: true },
  { id: 'spratlys', name: 'Spratly Is.', kind: 'sea', lon: 114.0, lat: 10.0, disputed: true },
  { id: 'vanguard', name: 'Vanguard Bank', kind: 'sea', lon: 109.73, lat: 7.52, disputed: true },
  {
    id: 'second-thomas',
    name: 'Second Thomas Shoal',
    kind: 'sea',
    lon: 115.87,
    lat: 9.75,
    disputed: true,
  },
  {
    id: 'scarborough',
    name: 'Scarborough Shoal',
    kind: 'sea',
    lon: 117.76,
    lat: 15.15,
    disputed: true,
  },
];
