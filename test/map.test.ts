import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoMercator } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { ANCHORS } from '../src/ui/map/anchors';
import { parseRegion } from '../src/ui/map/parse-region';
import { projectLonLat } from '../src/ui/map/project';
import { REGION_PROJECTION, REGION_SIZE } from '../src/ui/map/projection.generated';
import { COUNTRY_GROUPS, type RegionMap } from '../src/ui/map/region-types';

const raw = readFileSync(new URL('../assets/map/region.json', import.meta.url));
const parsed = parseRegion(JSON.parse(raw.toString('utf8')));
if (!parsed.ok) throw new Error(parsed.error);
const region: RegionMap = parsed.region;

const inside = (x: number, y: number) =>
  x >= 0 && y >= 0 && x <= region.width && y <= region.height;

describe('assets/map/region.json', () => {
  test('is small enough to fetch at boot', () => {
    expect(gzipSync(raw).length).toBeLessThan(40 * 1024);
  });

  test('holds the countries the game talks about, each with rings', () => {
    const names = region.countries.map((c) => c.name);
    for (const name of ['Vietnam', 'China', 'Japan', 'Philippines', 'Taiwan', 'Laos', 'Cambodia']) {
      expect(names).toContain(name);
    }
    for (const country of region.countries) {
      expect(country.rings.length, country.name).toBeGreaterThan(0);
      expect(COUNTRY_GROUPS).toContain(country.group);
      for (const ring of country.rings) {
        expect(ring.length % 2, country.name).toBe(0);
        expect(ring.length, country.name).toBeGreaterThanOrEqual(6);
      }
    }
    expect(region.countries.find((c) => c.name === 'Vietnam')?.group).toBe('vietnam');
  });

  test('keeps every point on the panel, at half-pixel precision', () => {
    for (const country of region.countries) {
      for (const ring of country.rings) {
        for (let i = 0; i < ring.length; i += 2) {
          const x = ring[i] as number;
          const y = ring[i + 1] as number;
          expect(inside(x, y)).toBe(true);
          expect(Number.isInteger(x * 2) && Number.isInteger(y * 2)).toBe(true);
        }
      }
    }
  });

  test('has every anchor, with Hanoi on the map and Washington pinned to its edge', () => {
    expect(region.anchors.map((a) => a.id)).toEqual(ANCHORS.map((a) => a.id));
    const hanoi = region.anchors.find((a) => a.id === 'hanoi');
    expect(hanoi && inside(hanoi.x, hanoi.y)).toBe(true);
    for (const a of region.anchors) expect(inside(a.x, a.y), a.id).toBe(true);
    const washington = region.anchors.find((a) => a.id === 'washington');
    expect(washington?.x).toBeGreaterThan(region.width - 40);
  });

  test('marks the three disputed island groups', () => {
    expect(region.islands.map((g) => g.id).sort()).toEqual(['paracels', 'scarborough', 'spratlys']);
    for (const group of region.islands) expect(group.dots.length, group.id).toBeGreaterThan(0);
  });
});

describe('projectLonLat', () => {
  test('matches the parameters written with the JSON', () => {
    expect(REGION_SIZE).toEqual({ width: region.width, height: region.height });
    expect(REGION_PROJECTION).toEqual(region.projection);
  });

  test('agrees with d3 geoMercator to a hundredth of a pixel', () => {
    const d3 = geoMercator()
      .scale(region.projection.scale)
      .translate([...region.projection.translate] as [number, number]);
    for (const [lon, lat] of [
      [105.834, 21.028],
      [95, -2],
      [150, 42],
      [112, 16.5],
    ] as const) {
      const [x, y] = projectLonLat(lon, lat);
      const expected = d3([lon, lat]) as [number, number];
      expect(x).toBeCloseTo(expected[0], 2);
      expect(y).toBeCloseTo(expected[1], 2);
    }
  });

  test('puts each anchor where the build script did, within rounding', () => {
    for (const a of region.anchors) {
      if (a.kind === 'offmap') continue;
      const [x, y] = projectLonLat(a.lon, a.lat);
      expect(Math.abs(x - a.x), a.id).toBeLessThanOrEqual(0.25);
      expect(Math.abs(y - a.y), a.id).toBeLessThanOrEqual(0.25);
    }
  });
});
