import Phaser from 'phaser';
import type { Box, LabelRequest, NewsPlace } from '../../view';
import { MapView, type MarkerTarget, PRIORITY, spotBeside } from '../map/MapView';
import { MARK_REACH, SHIPS } from '../map/marks';
import type { RegionMap } from '../map/region-types';
import { REGISTRY } from '../scenes/keys';
import { toView } from '../screen-form';
import { MAP_MARKS_KEY } from '../screens/text-mirror';
import { STRINGS } from '../strings';
import type { MapLabelsShown } from '../test-handle';
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
  /** Each capital's star, which says on hover or tap what a star marks. */
  private readonly capitals: readonly {
    readonly id: string;
    readonly zone: Phaser.GameObjects.Zone;
  }[];

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
    this.map = new MapView(scene, region, x, y, scale < 1 ? 1 / scale : 1).setScale(scale);
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
    this.capitals = this.map.capitalTargets().map(({ id, name, zone }) => {
      const words = STRINGS.marks.capital(STRINGS.places[id] ?? name);
      new FocusTooltip(
        ctx,
        () => [{ text: words, size: 12 }],
        () => zone.getBounds(),
      ).hoverOn(zone);
      return { id, zone };
    });
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
    const marks: Box[] = placed.map(({ place, root }) => {
      const r = reachOf(place);
      const { x, y } = this.screenOf(root);
      return { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
    });
    // Each news label: its forms (with the count, without it, the place's shorter name) and
    // its spots beside its mark (ships sail a little either side of their place), else further
    // out. The map places them with its own names, by priority: see MapView.layoutLabels.
    const news = placed.map(({ place, root }, i) => {
      const color = lookColor(place);
      const { x: sx, y: sy } = this.screenOf(root);
      const anchor = this.anchorByName.get(fold(place.name));
      const short = anchor ? STRINGS.explain.mapShort[anchor] : undefined;
      const texts = [
        ...new Set([
          place.count > 1 ? `${place.name} ×${place.count}` : place.name,
          place.name,
          ...(short ? [short] : []),
        ]),
      ];
      const label = scene.add
        .text(sx, sy, texts[0] ?? '', textStyle(12, { weight: 700, color }))
        .setStroke('#f4eedf', 4);
      const forms = texts.map((text) => {
        label.setText(text);
        return { text, width: label.width, height: label.height };
      });
      const sides = sx > this.x + this.map.width * this.scale * 0.7 ? NEWS_LEFT : NEWS_RIGHT;
      const near = reachOf(place);
      const spots = [near, near + FAR].flatMap((gap) =>
        sides.map((side) => spotBeside(sx, sy, side, gap)),
      );
      const request: LabelRequest = {
        id: `news-${i}`,
        priority: PRIORITY.news,
        forms: forms.map((f) =>
          spots.map((spot) => ({
            x: spot.x - spot.originX * f.width,
            y: spot.y - spot.originY * f.height,
            width: f.width,
            height: f.height,
          })),
        ),
      };
      this.labels.add(label);
      // The label (its "×2" too) explains itself as its mark does.
      this.explain(root, place, true).hoverOn(label.setInteractive());
      return { label, forms, spots, request };
    });
    const placement = this.map.layoutLabels(
      news.map((n) => n.request),
      marks,
      named,
    );
    const where = new Map(placement.placed.map((p) => [p.id, p]));
    for (const n of news) {
      const p = where.get(n.request.id);
      if (!p) {
        // No room anywhere: the mark still says what it is on hover, focus and in the mirror.
        n.label.setVisible(false);
        continue;
      }
      const form = n.forms[p.form] as (typeof n.forms)[number];
      const spot = n.spots[p.spot] as (typeof n.spots)[number];
      // A box slid inside the map moves its text by as much.
      const dx = p.box.x - (spot.x - spot.originX * form.width);
      const dy = p.box.y - (spot.y - spot.originY * form.height);
      n.label
        .setText(form.text)
        .setOrigin(spot.originX, spot.originY)
        .setPosition(spot.x + dx, spot.y + dy);
    }
    scene.children.bringToTop(this.labels);
    scene.registry.set(MAP_MARKS_KEY, mirrorLines);
    // Every name written on the map now, where the map draws it (before a phone's tab pans it).
    scene.registry.set(REGISTRY.mapLabels, (): MapLabelsShown => {
      const box = (t: Phaser.GameObjects.Text) => {
        const b = t.getBounds();
        return { x: b.x, y: b.y, width: b.width, height: b.height };
      };
      return {
        bounds: this.map.bounds(),
        labels: [
          ...this.map.shownLabels().map((l) => ({ id: l.id, text: l.text.text, ...box(l.text) })),
          ...news
            .filter((n) => n.label.visible)
            .map((n) => ({ id: n.request.id, text: n.label.text, ...box(n.label) })),
        ],
        capitals: this.capitals.map(({ id, zone }) => {
          const b = zone.getBounds();
          return { id, x: b.centerX, y: b.centerY };
        }),
      };
    });
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
  private explain(
    root: Phaser.GameObjects.Container,
    place: NewsPlace,
    focusable: boolean,
  ): FocusTooltip {
    const reach = MARK_REACH[place.mark ?? 'news'];
    const screen = this.screenOf(root);
    const bounds = () =>
      new Phaser.Geom.Rectangle(screen.x - reach, screen.y - reach, 2 * reach, 2 * reach);
    const anchor = this.anchorByName.get(fold(place.name));
    const onStar = this.capitals.some((c) => c.id === anchor);
    const tip = new FocusTooltip(this.ctx, () => markTooltip(place, this.unit, onStar), bounds);
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
    return tip;
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

/** The sides a news label tries, best first: toward the map's middle from a mark near its east edge. */
const NEWS_RIGHT = ['right', 'above', 'below', 'left'] as const;
const NEWS_LEFT = ['left', 'above', 'below', 'right'] as const;

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

/** `onStar`: the mark covers a capital's star, which it then names too. */
function markTooltip(place: NewsPlace, unit: string, onStar: boolean): TooltipLine[] {
  const color = lookColor(place);
  return [
    { text: `${kindName(place)} · ${place.name}`, bold: true, color },
    { text: when(place, unit), color: PALETTE.inkSoft, size: 12 },
    ...(onStar ? [{ text: STRINGS.marks.starred, color: PALETTE.inkSoft, size: 12 }] : []),
    ...(place.count > 1
      ? [{ text: STRINGS.marks.count(place.count, unit), color: PALETTE.inkSoft, size: 12 }]
      : []),
    ...place.headlines.map((text) => ({ text })),
  ];
}

function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .replace(/\s+/g, '')
    .toLowerCase();
}
