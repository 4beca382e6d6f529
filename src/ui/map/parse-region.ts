import { REGION_FORMAT_VERSION, type RegionMap } from './region-types';

export type RegionResult = { ok: true; region: RegionMap } | { ok: false; error: string };

const isNumberArray = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((n) => typeof n === 'number');

/**
 * The gate for assets/map/region.json: checks the version and the fields the map draws from,
 * so a stale or hand-edited file fails with a message instead of a blank map.
 */
export function parseRegion(data: unknown): RegionResult {
  const fail = (field: string) => ({ ok: false as const, error: `region.json: bad ${field}` });
  if (typeof data !== 'object' || data === null) return fail('file (not an object)');
  const r = data as Partial<Record<keyof RegionMap, unknown>>;
  if (r.version !== REGION_FORMAT_VERSION) {
    return {
      ok: false,
      error: `region.json: version ${String(r.version)}, expected ${REGION_FORMAT_VERSION}; run npm run build:map`,
    };
  }
  if (typeof r.width !== 'number' || typeof r.height !== 'number') return fail('width/height');
  const p = r.projection as { scale?: unknown; translate?: unknown } | undefined;
  if (typeof p?.scale !== 'number' || !isNumberArray(p.translate)) return fail('projection');
  if (!Array.isArray(r.countries)) return fail('countries');
  for (const [i, c] of r.countries.entries()) {
    const rings = (c as { rings?: unknown }).rings;
    if (!Array.isArray(rings) || !rings.every(isNumberArray)) return fail(`countries[${i}].rings`);
  }
  if (!Array.isArray(r.islands) || !Array.isArray(r.anchors) || !Array.isArray(r.seas)) {
    return fail('islands/anchors/seas');
  }
  return { ok: true, region: data as RegionMap };
}
