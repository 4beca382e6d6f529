import Phaser from 'phaser';
import { type Box, type LabelRequest, type Placement, placeLabels } from '../../view';
import { STRINGS } from '../strings';
import { GROUP_FILL, MIN_TEXT_SIZE, PALETTE, textStyle } from '../theme';
import { reducedMotion } from '../widgets/motion';
import { type DrawnMark, drawMark, type MarkKind } from './marks';
import { projectLonLat } from './project';
import type { RegionAnchor, RegionIslandGroup, RegionMap } from './region-types';
import { diamondPoints, starPoints, tracePolygon } from './shapes';

/** Where a place's name sits relative to its symbol; the first side tried, chosen by eye. */
type Side = 'left' | 'right' | 'above' | 'below';
const SIDES: readonly Side[] = ['right', 'left', 'above', 'below'];
const LABEL_SIDE: Record<string, Side> = {
  hanoi: 'left',
  haiphong: 'right',
  laocai: 'left',
  kunming: 'left',
  danang: 'left',
  hochiminh: 'left',
  beijing: 'right',
  tokyo: 'below',
  manila: 'right',
};

/** Radius of the dotted halo drawn around an island group. */
function groupRadius(group: RegionIslandGroup): number {
  const [cx, cy] = group.center;
  let radius = 7;
  for (let i = 0; i < group.dots.length; i += 2) {
    const d = Math.hypot((group.dots[i] as number) - cx, (group.dots[i + 1] as number) - cy);
    radius = Math.max(radius, d + 6);
  }
  return radius;
}

/** Anchors drawn as their own symbol; the island groups are drawn by drawIslands instead. */
const HIDDEN_ANCHORS: ReadonlySet<string> = new Set([
  'paracels',
  'spratlys',
  'scarborough',
  'washington',
]);
/** How far from a capital's star (map pixels, before a shrunk map's enlargement) a hover finds it. */
const CAPITAL_REACH = 9;
/** No room for these names among the islands: event markers carry them when needed. */
const UNLABELLED_ANCHORS: ReadonlySet<string> = new Set(['second-thomas', 'vanguard']);

export type MarkerTarget = string | { readonly lon: number; readonly lat: number };

export interface MarkerOptions {
  /** Shown next to the marker; omit for a bare marker. */
  readonly label?: string;
  readonly color?: number;
  /** What to draw: a ship, a visit, a clash; a plain marker when omitted. */
  readonly mark?: MarkKind;
  /** Turns since it happened: an older mark is drawn smaller and faded. */
  readonly age?: number;
}

interface Marker {
  readonly drawn: DrawnMark;
}

/** How much of an older mark still shows, by its age in turns. */
const AGED_ALPHA = [1, 0.5, 0.3];

/**
 * The region map as a Phaser Container: sea, land tinted by who each country is to the player,
 * the disputed island groups, named places and event markers. Coordinates inside the container
 * are the map's own pixels (assets/map/region.json), so the container can be placed anywhere.
 */
export class MapView {
  readonly container: Phaser.GameObjects.Container;
  /** The map's own names (places, countries, islands, seas), placed by priority (`layoutLabels`). */
  private readonly mapLabels: MapLabel[] = [];
  private readonly markerLayer: Phaser.GameObjects.Container;
  private readonly markers = new Map<string, Marker>();
  private readonly anchors: ReadonlyMap<string, RegionAnchor>;

  /**
   * `labelScale` enlarges the names of a map drawn shrunk (the landscape board's, at 0.6), so
   * they still show at their readable size; names that then collide give way by rank.
   */
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly region: RegionMap,
    x: number,
    y: number,
    private readonly labelScale = 1,
  ) {
    this.anchors = new Map(region.anchors.map((a) => [a.id, a]));
    this.container = scene.add.container(x, y);
    this.container.add(this.drawBase());
    this.addLabels();
    this.markerLayer = scene.add.container(0, 0);
    this.container.add(this.markerLayer);
    this.layoutLabels();
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.destroy());
  }

  get width(): number {
    return this.region.width;
  }

  /** Draws the map at `scale` (its names keep their size on screen) and places its names again. */
  setScale(scale: number): this {
    this.container.setScale(scale);
    this.layoutLabels();
    return this;
  }

  get height(): number {
    return this.region.height;
  }

  /**
   * The places' own marks on screen (a city's dot, a capital's star): a label put over the map
   * must not hide one, or the name beside it points at nothing.
   */
  placeMarkBoxes(): Box[] {
    const m = this.container.getWorldTransformMatrix();
    const scale = Math.hypot(m.a, m.b) || 1;
    const r = 7 * scale;
    return this.region.anchors
      .filter((a) => !HIDDEN_ANCHORS.has(a.id) && (a.kind === 'city' || a.kind === 'capital'))
      .map((a) => {
        const p = m.transformPoint(a.x, a.y);
        return { x: p.x - r / 2, y: p.y - r / 2, width: r, height: r };
      });
  }

  /**
   * A hover target over each capital's star, inside the map (it pans and scales with it) and
   * under the event marks, so a mark at a capital keeps its own hover.
   */
  capitalTargets(): {
    readonly id: string;
    readonly name: string;
    readonly zone: Phaser.GameObjects.Zone;
  }[] {
    const r = CAPITAL_REACH * this.labelScale;
    return this.region.anchors
      .filter((a) => a.kind === 'capital' && !HIDDEN_ANCHORS.has(a.id))
      .map((a) => {
        const zone = this.scene.add
          .zone(a.x, a.y, 2 * r, 2 * r)
          .setInteractive(new Phaser.Geom.Circle(r, r, r), Phaser.Geom.Circle.Contains);
        this.container.addAt(zone, this.container.getIndex(this.markerLayer));
        return { id: a.id, name: a.name, zone };
      });
  }

  /** The map's frame on screen: every label stays inside it. */
  bounds(): Box {
    const m = this.container.getWorldTransformMatrix();
    const scale = Math.hypot(m.a, m.b) || 1;
    const p = m.transformPoint(0, 0);
    return { x: p.x, y: p.y, width: this.width * scale, height: this.height * scale };
  }

  /**
   * Places the map's names and `extra` labels (this month's news, drawn by the caller) together,
   * most important first (see view/label-placement.ts): none covers another, a place's dot or
   * one of `obstacles` (the news marks), all stay inside the map, and a name with no room is
   * shortened or left out, never one more important. The places in `named` are not written:
   * a news label names them. Boxes are on screen; returns where each label went.
   */
  layoutLabels(
    extra: readonly LabelRequest[] = [],
    obstacles: readonly Box[] = [],
    named: ReadonlySet<string> = new Set(),
  ): Placement {
    const m = this.container.getWorldTransformMatrix();
    const scale = Math.hypot(m.a, m.b) || 1;
    const origin = m.transformPoint(0, 0);
    const onScreen = (b: Box): Box => ({
      x: origin.x + b.x * scale,
      y: origin.y + b.y * scale,
      width: b.width * scale,
      height: b.height * scale,
    });
    const own = this.mapLabels.filter((l) => !named.has(l.id));
    const requests: LabelRequest[] = [
      ...own.map((l) => ({
        id: l.id,
        priority: l.priority,
        forms: l.forms.map((f) => l.spots.map((spot) => onScreen(boxAt(spot, f)))),
      })),
      ...extra,
    ];
    const placement = placeLabels(requests, this.bounds(), {
      obstacles: [...this.placeMarkBoxes(), ...obstacles],
      slack: LABEL_SLACK,
      reach: LABEL_REACH,
      spacing: LABEL_SPACING,
    });
    const where = new Map(placement.placed.map((p) => [p.id, p]));
    for (const l of this.mapLabels) {
      const p = where.get(l.id);
      if (!p) {
        l.text.setVisible(false);
        continue;
      }
      const form = l.forms[p.form] as LabelForm;
      const spot = l.spots[p.spot] as LabelSpot;
      // A box slid inside the map moves its text by as much.
      const dx = (p.box.x - onScreen(boxAt(spot, form)).x) / scale;
      const dy = (p.box.y - onScreen(boxAt(spot, form)).y) / scale;
      l.text
        .setText(form.text)
        .setOrigin(spot.originX, spot.originY)
        .setPosition(spot.x + dx, spot.y + dy)
        .setVisible(true);
    }
    return placement;
  }

  /** The map's names shown now, with their boxes on screen (for the tests' eyes). */
  shownLabels(): { readonly id: string; readonly text: Phaser.GameObjects.Text }[] {
    return this.mapLabels.filter((l) => l.text.visible).map((l) => ({ id: l.id, text: l.text }));
  }

  /** Map pixel position of an anchor id or a lon/lat; undefined for an unknown id. */
  locate(target: MarkerTarget): { x: number; y: number } | undefined {
    if (typeof target === 'string') {
      const anchor = this.anchors.get(target);
      return anchor ? { x: anchor.x, y: anchor.y } : undefined;
    }
    const [x, y] = projectLonLat(target.lon, target.lat, this.region.projection);
    return { x, y };
  }

  /**
   * Places (or moves) the mark `id`, drawn at the same size on screen however the map is
   * scaled. Returns its container (for hover and focus), or null when the target is unknown.
   */
  placeMarker(
    id: string,
    target: MarkerTarget,
    options: MarkerOptions = {},
  ): Phaser.GameObjects.Container | null {
    const at = this.locate(target);
    if (!at) return null;
    this.removeMarker(id);
    const color = options.color ?? PALETTE.marker;
    const drawn = drawMark(this.scene, options.mark ?? 'news', color, at.x, at.y);
    const age = options.age ?? 0;
    drawn.root.setScale(this.labelScale * (age > 0 ? 0.8 : 1));
    drawn.root.setAlpha(AGED_ALPHA[Math.min(age, AGED_ALPHA.length - 1)] ?? 1);
    if (options.label) {
      const label = this.scene.add
        .text(12, -1, options.label, textStyle(13, { weight: 700, color }))
        .setOrigin(0, 0.5)
        .setStroke('#f4eedf', 4);
      drawn.root.add(label);
    }
    this.markerLayer.add(drawn.root);
    this.markers.set(id, { drawn });
    return drawn.root;
  }

  /** Sets mark `id` moving: ships sail, a plane lands, a clash flashes, a marker pulses. */
  pulse(id: string): void {
    const marker = this.markers.get(id);
    if (!marker || reducedMotion()) return;
    marker.drawn.stop();
    marker.drawn.animate();
  }

  /** Fades mark `id` from full strength to its age's: it has just become an older mark. */
  fadeIn(id: string): void {
    const marker = this.markers.get(id);
    if (!marker || reducedMotion()) return;
    const root = marker.drawn.root;
    this.scene.tweens.add({
      targets: root,
      alpha: { from: 1, to: root.alpha },
      duration: 1500,
      ease: 'Sine.easeIn',
    });
  }

  removeMarker(id: string): void {
    const marker = this.markers.get(id);
    if (!marker) return;
    marker.drawn.stop();
    this.scene.tweens.killTweensOf(marker.drawn.root);
    marker.drawn.root.destroy();
    this.markers.delete(id);
  }

  destroy(): void {
    for (const id of [...this.markers.keys()]) this.removeMarker(id);
    this.container.destroy();
  }

  /**
   * The sea, the land, the islands and the places never change: they are drawn once into a
   * texture shared by every scene. As live Graphics, the Canvas renderer (the one used without
   * a GPU) retraced their ~11,000 points on every frame.
   */
  private drawBase(): Phaser.GameObjects.Image {
    const key = `map-base-${this.width}x${this.height}`;
    if (!this.scene.textures.exists(key)) {
      for (const layer of [
        this.drawSea(),
        this.drawLand(),
        this.drawIslands(),
        this.drawPlaces(),
      ]) {
        // The first call makes the canvas texture; the next ones draw over it.
        layer.generateTexture(key, this.width, this.height);
        layer.destroy();
      }
    }
    return this.scene.add.image(0, 0, key).setOrigin(0);
  }

  private layer(): Phaser.GameObjects.Graphics {
    return this.scene.make.graphics({}, false);
  }

  private drawSea(): Phaser.GameObjects.Graphics {
    const g = this.layer();
    g.fillStyle(PALETTE.sea).fillRect(0, 0, this.width, this.height);
    // A 5° graticule: straight lines in Mercator, a quiet cue that this is a real projection.
    g.lineStyle(1, PALETTE.seaLine, 0.7);
    for (let lon = 95; lon <= 150; lon += 5) {
      const [x] = projectLonLat(lon, 0, this.region.projection);
      if (x > 0 && x < this.width) g.lineBetween(x, 0, x, this.height);
    }
    for (let lat = 0; lat <= 45; lat += 5) {
      const [, y] = projectLonLat(100, lat, this.region.projection);
      if (y > 0 && y < this.height) g.lineBetween(0, y, this.width, y);
    }
    return g;
  }

  private drawLand(): Phaser.GameObjects.Graphics {
    const g = this.layer();
    for (const country of this.region.countries) {
      g.fillStyle(GROUP_FILL[country.group]);
      for (const ring of country.rings) {
        tracePolygon(g, ring);
        g.fillPath();
      }
    }
    g.lineStyle(0.75, PALETTE.border, 0.9);
    for (const country of this.region.countries) {
      for (const ring of country.rings) {
        tracePolygon(g, ring);
        g.strokePath();
      }
    }
    // The player's country gets a heavier outline: it must stand out without relying on hue.
    g.lineStyle(1.75, PALETTE.bambooDark, 1);
    for (const country of this.region.countries) {
      if (country.group !== 'vietnam') continue;
      for (const ring of country.rings) {
        tracePolygon(g, ring);
        g.strokePath();
      }
    }
    return g;
  }

  private drawIslands(): Phaser.GameObjects.Graphics {
    const g = this.layer();
    for (const group of this.region.islands) {
      const [cx, cy] = group.center;
      const radius = groupRadius(group);
      // Dotted halo: marks the group as one contested thing, not as anyone's territory.
      g.fillStyle(PALETTE.disputed, 0.08).fillCircle(cx, cy, radius);
      g.fillStyle(PALETTE.disputed, 0.9);
      const steps = Math.max(12, Math.round(radius * 1.2));
      for (let s = 0; s < steps; s++) {
        const a = (s / steps) * Math.PI * 2;
        g.fillCircle(cx + Math.cos(a) * radius, cy + Math.sin(a) * radius, 0.9);
      }
      g.fillStyle(PALETTE.disputed, 1);
      for (let i = 0; i < group.dots.length; i += 2) {
        g.fillCircle(group.dots[i] as number, group.dots[i + 1] as number, 1.6);
      }
    }
    return g;
  }

  private drawPlaces(): Phaser.GameObjects.Graphics {
    const g = this.layer();
    for (const a of this.region.anchors) {
      if (HIDDEN_ANCHORS.has(a.id)) continue;
      if (a.kind === 'capital') {
        g.fillStyle(PALETTE.ink);
        g.lineStyle(1.5, PALETTE.paper);
        tracePolygon(g, starPoints(a.x, a.y, 6.5, 2.8));
        g.strokePath();
        g.fillPath();
      } else if (a.kind === 'city') {
        g.fillStyle(PALETTE.paper).fillCircle(a.x, a.y, 3.2);
        g.lineStyle(1.5, PALETTE.ink).strokeCircle(a.x, a.y, 3.2);
      } else if (a.kind === 'sea') {
        g.fillStyle(PALETTE.disputed);
        g.lineStyle(1, PALETTE.paper);
        tracePolygon(g, diamondPoints(a.x, a.y, 4));
        g.fillPath();
        g.strokePath();
      }
    }
    const washington = this.anchors.get('washington');
    if (washington) {
      // Washington is off the map: an arrow on the east edge points towards it.
      const { x, y } = washington;
      g.fillStyle(PALETTE.ink);
      g.fillTriangle(x + 10, y, x - 2, y - 8, x - 2, y + 8);
      g.fillRect(x - 14, y - 2.5, 13, 5);
    }
    return g;
  }

  /**
   * Makes the map's names, each with its forms (the full name, then any shorter one) measured
   * and the spots it may take, most important first: the player's capital, the other capitals
   * and Washington's arrow, the cities, the player's country, the disputed islands, the other
   * countries, the seas. `layoutLabels` then places them.
   */
  private addLabels(): void {
    const { scene } = this;
    const k = this.labelScale;
    const halo = (t: Phaser.GameObjects.Text, width = 3) => t.setStroke('#f4eedf', width * k);
    const style = (size: number, options: Parameters<typeof textStyle>[1]) =>
      textStyle(Math.ceil(Math.max(MIN_TEXT_SIZE, size) * k), options);
    const add = (
      id: string,
      priority: number,
      t: Phaser.GameObjects.Text,
      texts: readonly string[],
      spots: readonly LabelSpot[],
    ) => {
      // Each form measured as the text will draw it (wrapping included).
      const forms = [...new Set(texts)].map((text) => {
        t.setText(text);
        return { text, width: t.width, height: t.height };
      });
      this.container.add(t);
      this.mapLabels.push({ id, priority, text: t, forms, spots });
    };
    /** The point itself, then a little above, below, aside, and further out. */
    const around = (x: number, y: number, step: number): LabelSpot[] =>
      NUDGES.map(([dx, dy]) => ({
        x: x + dx * 2 * step,
        y: y + dy * step,
        originX: 0.5,
        originY: 0.5,
      }));

    for (const a of this.region.anchors) {
      if (HIDDEN_ANCHORS.has(a.id) || UNLABELLED_ANCHORS.has(a.id)) continue;
      const preferred = LABEL_SIDE[a.id] ?? 'right';
      const gap = (a.kind === 'capital' ? 9 : 7) * k;
      const color = a.kind === 'sea' ? PALETTE.disputed : PALETTE.ink;
      const name = STRINGS.places[a.id] ?? a.name;
      const t = halo(
        scene.add.text(
          a.x,
          a.y,
          name,
          style(a.kind === 'capital' ? 13 : 12, {
            weight: a.kind === 'capital' ? 700 : 400,
            color,
          }),
        ),
      );
      const sides = [preferred, ...SIDES.filter((side) => side !== preferred)];
      const priority =
        a.id === HOME ? PRIORITY.home : a.kind === 'capital' ? PRIORITY.capital : PRIORITY.city;
      add(
        a.id,
        priority,
        t,
        [name, STRINGS.explain.mapShort[a.id] ?? name],
        sides.map((side) => spotBeside(a.x, a.y, side, gap)),
      );
    }

    const washington = this.anchors.get('washington');
    if (washington) {
      const t = halo(
        scene.add.text(
          washington.x - 18,
          washington.y,
          '',
          style(12, { weight: 700, align: 'right' }),
        ),
      );
      const x = washington.x - 18;
      add(
        'washington',
        PRIORITY.capital,
        t,
        [`${STRINGS.offMapWashington}\n${STRINGS.offMapDirection}`, STRINGS.offMapWashington],
        [0, -1, 1].map((n) => ({ x, y: washington.y + n * 24 * k, originX: 1, originY: 0.5 })),
      );
    }

    for (const country of this.region.countries) {
      const name = STRINGS.countries[country.id];
      if (!name || !country.label) continue;
      const isPlayer = country.group === 'vietnam';
      const t = halo(
        scene.add.text(
          0,
          0,
          name.toUpperCase(),
          style(isPlayer ? 14 : 12, {
            weight: 700,
            color: isPlayer ? PALETTE.bambooDark : PALETTE.inkSoft,
          }),
        ),
        isPlayer ? 4 : 3,
      );
      // Labels stay level: Phaser 4.2.1's WebGL batch tears rotated Text (phaserjs/phaser#7372),
      // so Vietnam's name sits in the sea beside its coast rather than along the country.
      const [x, y] = country.label;
      add(
        `country:${country.id}`,
        isPlayer ? PRIORITY.player : PRIORITY.country,
        t,
        [name.toUpperCase()],
        around(x, y, 9 * k),
      );
    }

    for (const group of this.region.islands) {
      const name = STRINGS.places[group.id] ?? this.anchors.get(group.id)?.name ?? group.name;
      const t = halo(
        scene.add.text(0, 0, '', {
          ...style(11, { weight: 700, color: PALETTE.disputed, align: 'center' }),
          wordWrap: { width: 100 * k },
        }),
      );
      const [x, y] = group.label;
      add(
        `island:${group.id}`,
        PRIORITY.island,
        t,
        [`${name} ${STRINGS.disputedSuffix}`, name],
        around(x, y, 8 * k),
      );
    }

    for (const sea of this.region.seas) {
      const name = STRINGS.seas[sea.id];
      if (!name) continue;
      const t = scene.add.text(0, 0, name, {
        ...style(13, { color: 0x4f7570, align: 'center' }),
        fontStyle: 'italic',
      });
      const short = STRINGS.explain.mapShort[sea.id] ?? name;
      add(`sea:${sea.id}`, PRIORITY.sea, t, [name, short], around(sea.x, sea.y, 10 * k));
    }
  }
}

/**
 * Who keeps their name when names would collide: the player's capital, this month's news (the
 * game screen's labels, see map-events.ts), the other capitals, the cities, the player's
 * country, the disputed islands, the other countries, the seas.
 */
export const PRIORITY = {
  home: 100,
  news: 90,
  capital: 80,
  city: 65,
  player: 60,
  island: 50,
  country: 30,
  sea: 10,
} as const;

/** The map's anchor for the player's own capital. */
const HOME = 'hanoi';

/** Where a name written at a point may move when its point is taken, in steps: nearest first. */
const NUDGES: readonly (readonly [number, number])[] = [
  [0, 0],
  [0, -1],
  [0, 1],
  [-1, 0],
  [1, 0],
  [0, -2],
  [0, 2],
  [-2, 0],
  [2, 0],
  [-1, -1],
  [1, -1],
  [-1, 1],
  [1, 1],
  [0, -3],
  [0, 3],
];

/** Screen pixels two names may share and still not touch (their boxes hold room for accents). */
const LABEL_SLACK = 3;
/** How far (screen pixels) a name may slide to come inside the map's edge. */
const LABEL_REACH = 40;

/**
 * Screen pixels kept clear between names side by side: names end to end read as one (and an
 * italic name's last letter leans past its measured box).
 */
const LABEL_SPACING = 5;

/** Where a label may sit: its anchor point and which point of the text lies on it. */
interface LabelSpot {
  readonly x: number;
  readonly y: number;
  readonly originX: number;
  readonly originY: number;
}

/** One form of a label (its full or shorter text) and its size, in map pixels. */
interface LabelForm {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

interface MapLabel {
  /** The anchor's id for a place; `country:`, `island:` or `sea:` and its id for the others. */
  readonly id: string;
  readonly priority: number;
  readonly text: Phaser.GameObjects.Text;
  readonly forms: readonly LabelForm[];
  readonly spots: readonly LabelSpot[];
}

/** The box a form covers at a spot, in map pixels. */
function boxAt(spot: LabelSpot, form: LabelForm): Box {
  return {
    x: spot.x - spot.originX * form.width,
    y: spot.y - spot.originY * form.height,
    width: form.width,
    height: form.height,
  };
}

/** A spot on one side of a dot, `gap` away. */
export function spotBeside(x: number, y: number, side: Side, gap: number): LabelSpot {
  return {
    x: x + (side === 'left' ? -gap : side === 'right' ? gap : 0),
    y: y + (side === 'above' ? -gap : side === 'below' ? gap : 0),
    originX: side === 'left' ? 1 : side === 'right' ? 0 : 0.5,
    originY: side === 'above' ? 1 : side === 'below' ? 0 : 0.5,
  };
}
