// Written by scripts/build-map.ts: do not edit. Matches assets/map/region.json.
import type { MercatorParams } from './region-types';

export const REGION_SIZE = { width: 760, height: 620 } as const;

export const REGION_PROJECTION: MercatorParams = {
  scale: 734.5267452068712,
  translate: [-1190.438993107629, 594.3549712270926],
};
