import Phaser from 'phaser';
import type { NewsPlace } from '../../view';
import { labelsTouch, MapView } from '../map/MapView';
import type { RegionMap } from '../map/region-types';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { reducedMotion } from '../widgets/motion';
import { lookColor, PANEL } from './colors';
import type { GameContext } from './context';

/**
 * The region map, scaled into its panel, with this month's news placed where it happened.
 * Labels are drawn outside the scaled map so they stay readable at full size.
 */
export class MapEvents {
  private readonly map: MapView;
  private readonly labels: Phaser.GameObjects.Container;
  private ids: string[] = [];
  private readonly anchorByName: ReadonlyMap<string, string>;

  constructor(
    ctx: GameContext,
    region: RegionMap,
    private readonly x: number,
    private readonly y: number,
    private readonly scale: number,
  ) {
    const { scene } = ctx;
    // A shrunk map keeps its names at their readable size (12 px and up on screen).
    this.map = new MapView(scene, region, x, y, scale < 1 ? 1 / scale : 1);
    this.map.container.setScale(scale);
    scene.add
      .rectangle(x, y, region.width * scale, region.height * scale)
      .setOrigin(0)
      .setStrokeStyle(1.5, PANEL.stroke);
    this.labels = scene.add.container(0, 0);
    // Places named in the news that the map knows as anchors (Washington sits off the map edge).
    // By the map data's name and the one the map shows (Hanoi, Hà Nội): a news place may use either.
    this.anchorByName = new Map(
      region.anchors.flatMap((a) => [
        [fold(a.name), a.id] as const,
        [fold(STRINGS.places[a.id] ?? a.name), a.id] as const,
      ]),
    );
  }

  /**
   * Replaces the markers; those at the places named in `fresh` (news just in, a visit just
   * decided) send rings out, so the eye finds where it happened.
   */
  update(places: readonly NewsPlace[], fresh: ReadonlySet<string>): void {
    for (const id of this.ids) this.map.removeMarker(id);
    this.ids = [];
    this.labels.removeAll(true);
    const scene = this.labels.scene;
    // A place in the news is named by its news label: the map's own name for it steps aside.
    const named = new Set(
      places.map((p) => this.anchorByName.get(fold(p.name))).filter((id) => id !== undefined),
    );
    this.map.hideLabels(named);
    const taken = this.map.labelBoxes();
    // The player's capital stays readable: a news label goes anywhere else first.
    const home = this.map.anchorLabelBox(HOME);
    const panel = new Phaser.Geom.Rectangle(
      this.x,
      this.y,
      this.map.width * this.scale,
      this.map.height * this.scale,
    );
    // Another news label cannot step aside: covering one costs as much as covering Hà Nội.
    const news: Phaser.Geom.Rectangle[] = [];
    const cost = (box: Phaser.Geom.Rectangle) =>
      taken.filter((b) => labelsTouch(b, box)).length +
      10 * news.filter((b) => labelsTouch(b, box)).length +
      (home && labelsTouch(home, box) ? 10 : 0) +
      (Phaser.Geom.Rectangle.ContainsRect(panel, box) ? 0 : 100);
    places.forEach((place, i) => {
      const anchor = this.anchorByName.get(fold(place.name));
      const target = anchor ?? { lon: place.lon, lat: place.lat };
      const at = this.map.locate(target);
      if (!at || at.x < 0 || at.y < 0 || at.x > this.map.width || at.y > this.map.height) return;
      const id = `news-${i}`;
      const color = lookColor(place);
      this.map.placeMarker(id, target, { color });
      if (fresh.has(place.name) && !reducedMotion()) this.map.pulse(id, 4);
      this.ids.push(id);
      const sx = this.x + at.x * this.scale;
      const sy = this.y + at.y * this.scale;
      const text = place.count > 1 ? `${place.name} ×${place.count}` : place.name;
      const label = scene.add
        .text(sx, sy, text, textStyle(12, { weight: 700, color }))
        .setStroke('#f4eedf', 4);
      const onLeft = at.x > this.map.width * 0.7;
      const sides = onLeft
        ? (['left', 'above', 'below', 'right'] as const)
        : (['right', 'above', 'below', 'left'] as const);
      let best: { side: (typeof sides)[number]; gap: number; hits: number } = {
        side: sides[0],
        gap: NEAR,
        hits: 1e9,
      };
      // Beside the marker first; where every side is taken, a little further out.
      for (const [side, gap] of [
        ...sides.map((side) => [side, NEAR] as const),
        ...sides.map((side) => [side, FAR] as const),
      ]) {
        put(label, sx, sy, side, gap);
        const hits = cost(label.getBounds());
        if (hits < best.hits) best = { side, gap, hits };
        if (hits === 0) break;
      }
      put(label, sx, sy, best.side, best.gap);
      // Where no side is free, the map's own names under the news label step aside.
      if (best.hits > 0) this.map.hideLabelsUnder(label.getBounds(), new Set([HOME]));
      news.push(label.getBounds());
      this.labels.add(label);
    });
    scene.children.bringToTop(this.labels);
  }

  get caption(): string {
    return STRINGS.mapCaption;
  }

  get palette(): number {
    return PALETTE.ink;
  }
}

/** A news label's distance from its marker: beside it, or (where that is taken) further out. */
const NEAR = 9;
const FAR = 24;

/** The map's anchor for the player's own capital. */
const HOME = 'hanoi';

function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** A news label beside its marker, on one side. */
function put(
  label: Phaser.GameObjects.Text,
  x: number,
  y: number,
  side: 'left' | 'right' | 'above' | 'below',
  gap: number,
): void {
  label.setPosition(
    x + (side === 'left' ? -gap : side === 'right' ? gap : 0),
    y + (side === 'above' ? -gap : side === 'below' ? gap : 0),
  );
  label.setOrigin(
    side === 'left' ? 1 : side === 'right' ? 0 : 0.5,
    side === 'above' ? 1 : side === 'below' ? 0 : 0.5,
  );
}
