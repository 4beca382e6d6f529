/**
 * Builds assets/map/region.json (screen-space rings of the region around the South China Sea)
 * and src/ui/map/projection.generated.ts (the projection, so the game can place lon/lat
 * without shipping d3). Run: npx tsx scripts/build-map.ts [--width 760] [--height 620]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { geoCentroid, geoMercator, geoStream } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ANCHORS } from '../src/ui/map/anchors';
import {
  type CountryGroup,
  REGION_FORMAT_VERSION,
  type RegionAnchor,
  type RegionCountry,
  type RegionIslandGroup,
  type RegionMap,
  type RegionSeaLabel,
} from '../src/ui/map/region-types';
import { COUNTRY_LAYOUT, ISLAND_EXTRAS, SEA_LABELS } from './map-layout';

/** The area the panel must show; the projection widens it to fill the panel's aspect. */
const VIEW = { west: 95, east: 150, south: -2, north: 42 };
/** Rings smaller than this (px²) are islets nobody can see or click. */
const MIN_RING_AREA = 1.5;
/** Douglas-Peucker tolerance in pixels: below what half-pixel rounding would keep anyway. */
const SIMPLIFY_TOLERANCE = 0.4;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

type CountryProps = { name: string };

function loadCountries(file: string): Feature<Geometry, CountryProps>[] {
  const topology = JSON.parse(
    readFileSync(require.resolve(`world-atlas/${file}`), 'utf8'),
  ) as Topology<{
    countries: GeometryCollection<CountryProps>;
  }>;
  const fc = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    CountryProps
  >;
  return fc.features;
}

const half = (v: number): number => Math.round(v * 2) / 2;

/** Douglas-Peucker on a flat ring; keeps both ends so closed rings stay closed. */
function simplify(points: number[], tolerance: number): number[] {
  const n = points.length / 2;
  if (n < 4) return points;
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const stack: [number, number][] = [[0, n - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop() as [number, number];
    const ax = points[a * 2] as number;
    const ay = points[a * 2 + 1] as number;
    const dx = (points[b * 2] as number) - ax;
    const dy = (points[b * 2 + 1] as number) - ay;
    const len = Math.hypot(dx, dy);
    let worst = -1;
    let worstDist = tolerance;
    for (let i = a + 1; i < b; i++) {
      const px = (points[i * 2] as number) - ax;
      const py = (points[i * 2 + 1] as number) - ay;
      const dist = len === 0 ? Math.hypot(px, py) : Math.abs(px * dy - py * dx) / len;
      if (dist > worstDist) {
        worst = i;
        worstDist = dist;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++)
    if (keep[i]) out.push(points[i * 2] as number, points[i * 2 + 1] as number);
  return out;
}

function ringArea(points: readonly number[]): number {
  let sum = 0;
  const n = points.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    sum +=
      (points[j * 2] as number) * (points[i * 2 + 1] as number) -
      (points[i * 2] as number) * (points[j * 2 + 1] as number);
  }
  return Math.abs(sum) / 2;
}

function roundRing(points: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < points.length; i += 2) {
    const x = half(points[i] as number);
    const y = half(points[i + 1] as number);
    if (out.length >= 2 && out[out.length - 2] === x && out[out.length - 1] === y) continue;
    out.push(x, y);
  }
  // The closing point repeats the first: Phaser's fillPoints closes the ring itself.
  if (out.length >= 4 && out[0] === out[out.length - 2] && out[1] === out[out.length - 1]) {
    out.length -= 2;
  }
  return out;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      width: { type: 'string', default: '760' },
      height: { type: 'string', default: '620' },
    },
  });
  const width = Number(values.width);
  const height = Number(values.height);
  if (!(width > 0 && height > 0)) throw new Error('--width and --height must be positive numbers');

  const viewCorners: Feature<Geometry> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [VIEW.west, VIEW.south],
        [VIEW.east, VIEW.north],
        [VIEW.west, VIEW.north],
        [VIEW.east, VIEW.south],
      ],
    },
  };
  const projection = geoMercator().fitExtent(
    [
      [0, 0],
      [width, height],
    ],
    viewCorners,
  );
  // fitExtent centres the view box; clipping to the panel then shows whatever else fits.
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const project = (lon: number, lat: number): [number, number] => {
    const p = projection([lon, lat]);
    if (!p) throw new Error(`cannot project ${lon},${lat}`);
    return p;
  };

  const countries: RegionCountry[] = [];
  for (const f of loadCountries('countries-50m.json')) {
    const rings: number[][] = [];
    let current: number[] = [];
    geoStream(
      f,
      projection.stream({
        point(x, y) {
          current.push(x, y);
        },
        lineStart() {
          current = [];
        },
        lineEnd() {
          const ring = roundRing(simplify(current, SIMPLIFY_TOLERANCE));
          if (ring.length >= 6 && ringArea(ring) >= MIN_RING_AREA) rings.push(ring);
        },
        polygonStart() {},
        polygonEnd() {},
        sphere() {},
      }),
    );
    if (rings.length === 0) continue;
    const name = f.properties.name;
    const layout = COUNTRY_LAYOUT[name];
    const group: CountryGroup = layout?.group ?? 'other';
    countries.push({
      id: layout?.id ?? `n${String(f.id)}`,
      name,
      group,
      label: layout?.label ? (project(...layout.label).map(half) as [number, number]) : null,
      rings,
    });
  }

  const islands = buildIslandGroups(project, width, height);

  const anchors: RegionAnchor[] = ANCHORS.map((a) => {
    let [x, y] = project(a.lon, a.lat);
    if (a.kind === 'offmap') {
      // Washington is a direction, not a place on this map: pin it to the east edge.
      x = width - 18;
      y = project(140, 28)[1];
    }
    return {
      id: a.id,
      name: a.name,
      kind: a.kind,
      lon: a.lon,
      lat: a.lat,
      x: half(x),
      y: half(y),
      disputed: a.disputed === true,
    };
  });

  const seas: RegionSeaLabel[] = SEA_LABELS.map((s) => {
    const [x, y] = project(s.lon, s.lat);
    return { id: s.id, x: half(x), y: half(y) };
  });

  const [tx, ty] = projection.translate();
  const region: RegionMap = {
    version: REGION_FORMAT_VERSION,
    source:
      'Natural Earth (public domain) via world-atlas 2.0.2: countries-50m; islets of the Paracel, ' +
      'Spratly and Scarborough groups from countries-10m plus approximate reef positions.',
    width,
    height,
    projection: { scale: projection.scale(), translate: [tx, ty] },
    countries,
    islands,
    anchors,
    seas,
  };

  const jsonPath = resolve(root, 'assets/map/region.json');
  writeFileSync(jsonPath, `${JSON.stringify(region)}\n`);
  writeFileSync(
    resolve(root, 'src/ui/map/projection.generated.ts'),
    [
      '// Written by scripts/build-map.ts: do not edit. Matches assets/map/region.json.',
      "import type { MercatorParams } from './region-types';",
      '',
      `export const REGION_SIZE = { width: ${width}, height: ${height} } as const;`,
      '',
      'export const REGION_PROJECTION: MercatorParams = {',
      `  scale: ${projection.scale()},`,
      `  translate: [${tx}, ${ty}],`,
      '};',
      '',
    ].join('\n'),
  );
  const points = countries.reduce((n, c) => n + c.rings.reduce((m, r) => m + r.length / 2, 0), 0);
  console.log(
    `region.json: ${countries.length} countries, ${points} points, ${islands.length} island groups, ` +
      `${JSON.stringify(region).length} bytes`,
  );
}

function polygonsOf(geometry: Geometry): Polygon['coordinates'][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return (geometry as MultiPolygon).coordinates;
  return [];
}

/**
 * The disputed groups are specks at this scale (and 50m lacks them; 10m files the Paracels
 * under China). They are drawn deliberately as dotted groups, labelled as disputed, rather than
 * inherited from any one country's outline.
 */
function buildIslandGroups(
  project: (lon: number, lat: number) => [number, number],
  width: number,
  height: number,
): RegionIslandGroup[] {
  const fine = loadCountries('countries-10m.json');
  const centroids = (
    f: Feature<Geometry, CountryProps> | undefined,
    box?: number[],
  ): number[][] => {
    if (!f) return [];
    return polygonsOf(f.geometry)
      .map((coordinates) => geoCentroid({ type: 'Polygon', coordinates }))
      .filter(
        ([lon, lat]) =>
          !box ||
          ((lon as number) >= (box[0] as number) &&
            (lon as number) <= (box[2] as number) &&
            (lat as number) >= (box[1] as number) &&
            (lat as number) <= (box[3] as number)),
      );
  };
  const byName = (n: string) => fine.find((f) => f.properties.name === n);
  const sources: Record<string, number[][]> = {
    paracels: centroids(byName('China'), [110.5, 15.5, 113, 17.2]),
    spratlys: centroids(byName('Spratly Is.')),
    scarborough: centroids(byName('Scarborough Reef')),
  };
  const groups: RegionIslandGroup[] = [];
  for (const [id, extra] of Object.entries(ISLAND_EXTRAS)) {
    const lonLats = [...(sources[id] ?? []), ...extra.points];
    const dots: number[] = [];
    for (const [lon, lat] of lonLats) {
      const [x, y] = project(lon as number, lat as number).map(half) as [number, number];
      if (x < 0 || y < 0 || x > width || y > height) continue;
      let near = false;
      for (let i = 0; i < dots.length; i += 2) {
        if (Math.hypot((dots[i] as number) - x, (dots[i + 1] as number) - y) < 2) near = true;
      }
      if (!near) dots.push(x, y);
    }
    groups.push({
      id,
      name: extra.name,
      center: project(...extra.center).map(half) as [number, number],
      label: project(...extra.label).map(half) as [number, number],
      dots,
    });
  }
  return groups;
}

main();
