/**
 * Cartographic choices for scripts/build-map.ts: which side each country is on, where its name
 * goes (centroids fail: Vietnam's falls in Laos), and where the sea names sit.
 */
import type { CountryGroup } from '../src/ui/map/region-types';

type LonLat = [number, number];

interface CountryLayout {
  readonly id: string;
  readonly group: CountryGroup;
  readonly label?: LonLat;
}

/** Keyed by Natural Earth's `name`. */
export const COUNTRY_LAYOUT: Record<string, CountryLayout> = {
  Vietnam: { id: 'VNM', group: 'vietnam', label: [110.8, 14.3] },
  China: { id: 'CHN', group: 'china', label: [108.5, 31.5] },
  'Hong Kong': { id: 'HKG', group: 'china' },
  Macao: { id: 'MAC', group: 'china' },
  Japan: { id: 'JPN', group: 'japan', label: [136.2, 32.3] },
  Philippines: { id: 'PHL', group: 'usAlly', label: [125.6, 15.6] },
  'South Korea': { id: 'KOR', group: 'usAlly', label: [128.1, 36.4] },
  Laos: { id: 'LAO', group: 'asean', label: [102.6, 19.6] },
  Cambodia: { id: 'KHM', group: 'asean', label: [104.9, 12.8] },
  Thailand: { id: 'THA', group: 'asean', label: [101.2, 15.6] },
  Myanmar: { id: 'MMR', group: 'asean', label: [96.6, 21.6] },
  Malaysia: { id: 'MYS', group: 'asean', label: [114.2, 2.6] },
  Indonesia: { id: 'IDN', group: 'asean', label: [112.6, 0.3] },
  Brunei: { id: 'BRN', group: 'asean' },
  Singapore: { id: 'SGP', group: 'asean' },
  Taiwan: { id: 'TWN', group: 'other', label: [123.6, 23.2] },
  'North Korea': { id: 'PRK', group: 'other', label: [126.9, 40.2] },
  Mongolia: { id: 'MNG', group: 'other' },
  India: { id: 'IND', group: 'other' },
  'Papua New Guinea': { id: 'PNG', group: 'other' },
  Palau: { id: 'PLW', group: 'other' },
  Guam: { id: 'GUM', group: 'other' },
  'N. Mariana Is.': { id: 'MNP', group: 'other' },
  Micronesia: { id: 'FSM', group: 'other' },
};

interface IslandExtra {
  readonly name: string;
  readonly center: LonLat;
  /** Where the group's name goes, clear of coasts and neighbours. */
  readonly label: LonLat;
  /** Approximate positions of features Natural Earth lacks, added so the group reads as one. */
  readonly points: LonLat[];
}

export const ISLAND_EXTRAS: Record<string, IslandExtra> = {
  paracels: {
    name: 'Paracel Is.',
    center: [112.0, 16.5],
    label: [114.0, 18.0],
    points: [
      [112.34, 16.83], // Woody Island
      [111.6, 16.45], // Crescent Group
    ],
  },
  spratlys: {
    name: 'Spratly Is.',
    center: [113.9, 9.5],
    label: [114.6, 6.4],
    points: [
      [111.92, 8.64], // Spratly Island
      [112.89, 9.55], // Fiery Cross Reef
      [114.33, 11.43], // Southwest Cay
      [115.53, 9.9], // Mischief Reef
      [113.84, 7.37], // Swallow Reef
      [115.87, 9.75], // Second Thomas Shoal
      [112.9, 8.85], // Cuarteron/London reefs
    ],
  },
  scarborough: {
    name: 'Scarborough Shoal',
    center: [117.76, 15.15],
    label: [117.4, 13.4],
    points: [],
  },
};

export const SEA_LABELS: readonly { id: string; lon: number; lat: number }[] = [
  { id: 'eastSea', lon: 116.4, lat: 20.8 },
  { id: 'gulfThailand', lon: 101.3, lat: 8.9 },
  { id: 'philippineSea', lon: 131.5, lat: 19.0 },
  { id: 'eastChinaSea', lon: 125.5, lat: 29.0 },
  { id: 'pacific', lon: 142.5, lat: 24.0 },
];
