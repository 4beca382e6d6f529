import Phaser from 'phaser';
import type { NewsPlace } from '../../view';
import { labelsTouch, MapView, type MarkerTarget } from '../map/MapView';
import { MARK_REACH, SHIPS } from '../map/marks';
import type { RegionMap } from '../map/region-types';
import { REGISTRY } from '../scenes/keys';
import { toView } from '../screen-form';
import { MAP_MARKS_KEY } from '../screens/text-mirror';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { unitWord } from '../turn-words';
import type { TooltipLine } from '../widgets';
import { lookColor, PANEL } from './colors';
import type { GameContext } from './context';
import { FocusTooltip } from './focus-tooltip';

/**
 * The region map, scaled into its panel, with this month's news placed where it happened.
 * Labels are drawn outside the scaled map so they stay readable at full size.
 */
export class MapEvents {
  private readonly map: MapView;
  private readonly labels: Phaser.GameObjects.Container;
  private ids: string[] = [];
  /** Releases this turn's marks from keyboard focus. */
  private focusables: (() => void)[] = [];
  /** The places marked as this turn's: when the turn ends they fade to older marks. */
  private current: ReadonlySet<string> = new Set();
  private readonly unit: string;
  /** The map's places on land (cities, capitals), where a ship's mark lies offshore. */
  private readonly ports: ReadonlySet<string>;
  private readonly anchorByName: ReadonlyMap<string, string>;

  constructor(
    private readonly ctx: GameContext,
    region: RegionMap,
    private readonly x: number,
    private readonly y: number,
    private readonly scale: number,
  ) {
    const { scene } = ctx;
    this.unit = unitWord(ctx.cs);
    this.ports = new Set(
      region.anchors.filter((a) => a.kind === 'city' || a.kind === 'capital').map((a) => a.id),
    );
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
   * Replaces the marks: this turn's `places` drawn whole and named, the `earlier` ones smaller
   * and faded, unnamed. Those at the places named in `fresh` (news just in, a visit just decided)
   * move, so the eye finds where it happened. Every mark explains itself on hover, tap or focus,
   * and the text mirror lists them all.
   */
  update(
    places: readonly NewsPlace[],
    fresh: ReadonlySet<string>,
    earlier: readonly NewsPlace[] = [],
  ): void {
    for (const id of this.ids) this.map.removeMarker(id);
    for (const release of this.focusables) release();
    this.focusables = [];
    this.ids = [];
    this.labels.removeAll(true);
    const scene = this.labels.scene;
    // A place in the news is named by its news label: the map's own name for it steps aside.
    const named = new Set(
      places.map((p) => this.anchorByName.get(fold(p.name))).filter((id) => id !== undefined),
    );
    this.map.hideLabels(named);
    const wasCurrent = this.current;
    this.current = new Set(places.map((p) => p.name));
    const mirrorLines: string[] = [];
    // Older marks first, so this turn's are drawn over them.
    earlier.forEach((place, i) => {
      const target = this.targetOf(place);
      if (!target) return;
      const id = `earlier-${i}`;
      const root = this.map.placeMarker(id, target, {
        color: lookColor(place),
        mark: place.mark ?? 'news',
        age: place.age,
      });
      if (!root) return;
      if (wasCurrent.has(place.name)) this.map.fadeIn(id);
      this.ids.push(id);
      this.explain(root, place, false);
      mirrorLines.push(markLine(place, this.unit));
    });
    // This turn's marks, and the boxes they take on screen: the news labels keep off them.
    const placed: { place: NewsPlace; root: Phaser.GameObjects.Container }[] = [];
    places.forEach((place, i) => {
      const target = this.targetOf(place);
      if (!target) return;
      const id = `news-${i}`;
      const root = this.map.placeMarker(id, target, {
        color: lookColor(place),
        mark: place.mark ?? 'news',
      });
      if (!root) return;
      if (fresh.has(place.name)) this.map.pulse(id);
      this.ids.push(id);
      placed.push({ place, root });
      mirrorLines.push(markLine(place, this.unit));
    });
    const reachOf = (place: NewsPlace) => MARK_REACH[place.mark ?? 'news'];
    const marks = placed.map(({ place, root }) => {
      const r = reachOf(place);
      const { x, y } = this.screenOf(root);
      return new Phaser.Geom.Rectangle(x - r, y - r, 2 * r, 2 * r);
    });
    // The map's names under a mark give way to it (the player's capital stays).
    for (const box of marks) this.map.hideLabelsUnder(box, new Set([HOME]));
    // The map's names, and the dots and stars they name: a news label hides neither.
    const taken = [...this.map.labelBoxes(), ...this.map.placeMarkBoxes()];
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
    const cost = (box: Phaser.Geom.Rectangle, own: number) =>
      taken.filter((b) => labelsTouch(b, box)).length +
      10 * news.filter((b) => labelsTouch(b, box)).length +
      10 * marks.filter((b, j) => j !== own && labelsTouch(b, box)).length +
      (home && labelsTouch(home, box) ? 10 : 0) +
      (Phaser.Geom.Rectangle.ContainsRect(panel, box) ? 0 : 100);
    placed.forEach(({ place, root }, i) => {
      const color = lookColor(place);
      const { x: sx, y: sy } = this.screenOf(root);
      const text = place.count > 1 ? `${place.name} ×${place.count}` : place.name;
      const label = scene.add
        .text(sx, sy, text, textStyle(12, { weight: 700, color }))
        .setStroke('#f4eedf', 4);
      const onLeft = sx > panel.x + panel.width * 0.7;
      const sides = onLeft
        ? (['left', 'above', 'below', 'right'] as const)
        : (['right', 'above', 'below', 'left'] as const);
      // Beside the mark (ships sail a little either side of their place), else further out.
      const near = reachOf(place);
      const far = near + FAR;
      let best: { side: (typeof sides)[number]; gap: number; hits: number } = {
        side: sides[0],
        gap: near,
        hits: 1e9,
      };
      for (const [side, gap] of [
        ...sides.map((side) => [side, near] as const),
        ...sides.map((side) => [side, far] as const),
      ]) {
        put(label, sx, sy, side, gap);
        const hits = cost(label.getBounds(), i);
        if (hits < best.hits) best = { side, gap, hits };
        if (hits === 0) break;
      }
      put(label, sx, sy, best.side, best.gap);
      // Where no side is free, the map's own names under the news label step aside.
      if (best.hits > 0) this.map.hideLabelsUnder(label.getBounds(), new Set([HOME]));
      news.push(label.getBounds());
      this.labels.add(label);
      this.explain(root, place, true);
    });
    scene.children.bringToTop(this.labels);
    scene.registry.set(MAP_MARKS_KEY, mirrorLines);
    // Asked when needed: on a phone the map is a tab that pans, and the marks show where it is.
    scene.registry.set(REGISTRY.mapMarks, () =>
      placed.map(({ place, root }) => {
        const reach = reachOf(place);
        const { x, y } = this.screenOf(root);
        const shown = toView(
          scene,
          new Phaser.Geom.Rectangle(x - reach, y - reach, 2 * reach, 2 * reach),
        );
        return {
          kind: place.mark ?? 'news',
          place: place.name,
          x: shown.centerX,
          y: shown.centerY,
          reach,
        };
      }),
    );
  }

  /** The map's anchor for a place in the news, or its own position; null when off the map. */
  private targetOf(place: NewsPlace): MarkerTarget | null {
    const anchor = this.anchorByName.get(fold(place.name));
    const port = anchor !== undefined && this.ports.has(anchor);
    // A ship calling at a port city lies off its coast (east, on Vietnam's), not on land.
    const target =
      port && place.mark && SHIPS.has(place.mark)
        ? { lon: place.lon + PORT_OFFSET_DEG, lat: place.lat }
        : (anchor ?? { lon: place.lon, lat: place.lat });
    const at = this.map.locate(target);
    if (!at || at.x < 0 || at.y < 0 || at.x > this.map.width || at.y > this.map.height) return null;
    return target;
  }

  /** A mark's place on screen (its container's origin). */
  private screenOf(root: Phaser.GameObjects.Container): { x: number; y: number } {
    return { x: this.x + root.x * this.scale, y: this.y + root.y * this.scale };
  }

  /**
   * Hover, a tap or keyboard focus (this turn's marks) shows what the mark stands for: its
   * kind, its place, when, and the news lines placed there.
   */
  private explain(root: Phaser.GameObjects.Container, place: NewsPlace, focusable: boolean): void {
    const reach = MARK_REACH[place.mark ?? 'news'];
    const screen = this.screenOf(root);
    const bounds = () =>
      new Phaser.Geom.Rectangle(screen.x - reach, screen.y - reach, 2 * reach, 2 * reach);
    const tip = new FocusTooltip(this.ctx, () => markTooltip(place, this.unit), bounds);
    // The hit area stays where the place is while a ship sails about it (in the mark's units).
    root.setInteractive(
      new Phaser.Geom.Circle(0, 0, reach / (root.scaleX * this.scale)),
      Phaser.Geom.Circle.Contains,
    );
    tip.hoverOn(root);
    if (focusable)
      this.focusables.push(
        this.ctx.focus.add({
          bounds,
          activate: () => tip.show(),
          onFocus: () => tip.focus(),
          onBlur: () => tip.blur(),
        }),
      );
  }

  get caption(): string {
    return STRINGS.mapCaption;
  }

  get palette(): number {
    return PALETTE.ink;
  }
}

/** How far east of a port city its ship is drawn, in degrees of longitude. */
const PORT_OFFSET_DEG = 0.9;

/** How much further out a news label goes when every side beside its mark is taken. */
const FAR = 15;

function when(place: NewsPlace, unit: string): string {
  return place.age > 0 ? STRINGS.marks.ago(place.age, unit) : STRINGS.marks.now(unit);
}

function kindName(place: NewsPlace): string {
  return STRINGS.marks.kinds[place.mark ?? 'news'] ?? STRINGS.marks.kinds.news ?? '';
}

/** One mark in a line of the text mirror: "A survey ship, Vanguard Bank, this month: …". */
export function markLine(place: NewsPlace, unit: string): string {
  return `${kindName(place)}, ${place.name}, ${when(place, unit)}: ${place.headlines.join(' · ')}`;
}

function markTooltip(place: NewsPlace, unit: string): TooltipLine[] {
  const color = lookColor(place);
  return [
    { text: `${kindName(place)} · ${place.name}`, bold: true, color },
    { text: when(place, unit), color: PALETTE.inkSoft, size: 12 },
    ...place.headlines.map((text) => ({ text })),
  ];
}

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
