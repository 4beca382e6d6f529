import Phaser from 'phaser';
import { STRINGS } from '../strings';
import { GROUP_FILL, MIN_TEXT_SIZE, PALETTE, textStyle } from '../theme';
import { reducedMotion } from '../widgets/motion';
import { type DrawnMark, drawMark, type MarkKind } from './marks';
import { projectLonLat } from './project';
import type { RegionAnchor, RegionIslandGroup, RegionMap } from './region-types';
import { diamondPoints, starPoints, tracePolygon } from './shapes';

/** Where a place's name sits relative to its symbol; chosen by eye to avoid collisions. */
type Side = 'left' | 'right' | 'above' | 'below';
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
  /** Each labelled place's name, so the news can stand in for it (see `hideLabels`). */
  private readonly anchorLabels = new Map<string, Phaser.GameObjects.Text>();
  private readonly markerLayer: Phaser.GameObjects.Container;
  private readonly markers = new Map<string, Marker>();
  private readonly anchors: ReadonlyMap<string, RegionAnchor>;

  /** Names that would collide at their enlarged size on a shrunk map: left unwritten. */
  private readonly crowded = new Set<Phaser.GameObjects.Text>();

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
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.destroy());
  }

  get width(): number {
    return this.region.width;
  }

  get height(): number {
    return this.region.height;
  }

  /** Map pixel position of an anchor id or a lon/lat; undefined for an unknown id. */
  /** The visible labels' boxes on screen: what a label placed over the map must not cover. */
  labelBoxes(): Phaser.Geom.Rectangle[] {
    return this.container.list
      .filter(
        (o): o is Phaser.GameObjects.Text => o instanceof Phaser.GameObjects.Text && o.visible,
      )
      .map((t) => t.getBounds());
  }

  /**
   * The places' own marks on screen (a city's dot, a capital's star): a label put over the map
   * must not hide one, or the name beside it points at nothing.
   */
  placeMarkBoxes(): Phaser.Geom.Rectangle[] {
    const m = this.container.getWorldTransformMatrix();
    const scale = Math.hypot(m.a, m.b) || 1;
    const r = 7 * scale;
    return this.region.anchors
      .filter((a) => !HIDDEN_ANCHORS.has(a.id) && (a.kind === 'city' || a.kind === 'capital'))
      .map((a) => {
        const p = m.transformPoint(a.x, a.y);
        return new Phaser.Geom.Rectangle(p.x - r / 2, p.y - r / 2, r, r);
      });
  }

  /** Shows every place's name again, but those of `ids` (a news label names them instead). */
  hideLabels(ids: ReadonlySet<string>): void {
    for (const t of this.container.list)
      if (t instanceof Phaser.GameObjects.Text && !this.anchorLabels.has(t.name))
        t.setVisible(!this.crowded.has(t));
    for (const [id, t] of this.anchorLabels) t.setVisible(!ids.has(id) && !this.crowded.has(t));
  }

  /**
   * Hides the map's labels under `box` (on screen): this month's news there matters more. The
   * place ids in `keep` (the player's own capital) stay named whatever lies over them.
   */
  hideLabelsUnder(box: Phaser.Geom.Rectangle, keep: ReadonlySet<string> = new Set()): void {
    const kept = new Set([...keep].map((id) => this.anchorLabels.get(id)));
    for (const t of this.container.list)
      if (
        t instanceof Phaser.GameObjects.Text &&
        t.visible &&
        !kept.has(t) &&
        labelsTouch(t.getBounds(), box)
      )
        t.setVisible(false);
  }

  /** The on-screen box of place `id`'s name, when it is shown. */
  anchorLabelBox(id: string): Phaser.Geom.Rectangle | null {
    const t = this.anchorLabels.get(id);
    return t?.visible ? t.getBounds() : null;
  }

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

  private addLabels(): void {
    const { scene } = this;
    const k = this.labelScale;
    // Who keeps their name when enlarged names collide: places first, then the player's
    // country, the disputed islands, the other countries, the seas.
    const ranks: Phaser.GameObjects.Text[][] = [[], [], [], [], [], []];
    const add = (t: Phaser.GameObjects.Text, rank = 4) => {
      ranks[rank]?.push(t);
      return this.container.add(t);
    };
    const halo = (t: Phaser.GameObjects.Text, width = 3) => t.setStroke('#f4eedf', width * k);
    const style = (size: number, options: Parameters<typeof textStyle>[1]) =>
      textStyle(Math.ceil(Math.max(MIN_TEXT_SIZE, size) * k), options);

    for (const sea of this.region.seas) {
      const name = STRINGS.seas[sea.id];
      if (!name) continue;
      const t = scene.add.text(sea.x, sea.y, name, {
        ...style(13, { color: 0x4f7570, align: 'center' }),
        fontStyle: 'italic',
      });
      add(t.setOrigin(0.5), 5);
    }

    for (const country of this.region.countries) {
      const name = STRINGS.countries[country.id];
      if (!name || !country.label) continue;
      const isPlayer = country.group === 'vietnam';
      const t = scene.add.text(
        country.label[0],
        country.label[1],
        name.toUpperCase(),
        style(isPlayer ? 14 : 12, {
          weight: 700,
          color: isPlayer ? PALETTE.bambooDark : PALETTE.inkSoft,
        }),
      );
      // Labels stay level: Phaser 4.2.1's WebGL batch tears rotated Text (phaserjs/phaser#7372),
      // so Vietnam's name sits in the sea beside its coast rather than along the country.
      add(halo(t.setOrigin(0.5), isPlayer ? 4 : 3), isPlayer ? 1 : 3);
    }

    for (const group of this.region.islands) {
      const name = STRINGS.places[group.id] ?? this.anchors.get(group.id)?.name ?? group.name;
      const t = scene.add.text(
        group.label[0],
        group.label[1],
        `${name} ${STRINGS.disputedSuffix}`,
        {
          ...style(11, { weight: 700, color: PALETTE.disputed, align: 'center' }),
          wordWrap: { width: 100 * k },
        },
      );
      add(halo(t.setOrigin(0.5)), 2);
    }

    // Every label placed so far, in map coordinates: a place's name goes on the first side of
    // its dot where it touches none of them (the side drawn for it first, if it fits).
    const placed = this.container.list
      .filter((o): o is Phaser.GameObjects.Text => o instanceof Phaser.GameObjects.Text)
      .map(localBox);
    for (const a of this.region.anchors) {
      if (HIDDEN_ANCHORS.has(a.id) || UNLABELLED_ANCHORS.has(a.id)) continue;
      const preferred = LABEL_SIDE[a.id] ?? 'right';
      const gap = (a.kind === 'capital' ? 9 : 7) * k;
      const color = a.kind === 'sea' ? PALETTE.disputed : PALETTE.ink;
      const t = scene.add.text(
        a.x,
        a.y,
        STRINGS.places[a.id] ?? a.name,
        style(a.kind === 'capital' ? 13 : 12, {
          weight: a.kind === 'capital' ? 700 : 400,
          color,
        }),
      );
      halo(t);
      const sides: Side[] = [preferred, 'right', 'left', 'above', 'below'];
      let best: { side: Side; hits: number } = { side: preferred, hits: Number.POSITIVE_INFINITY };
      for (const side of sides) {
        placeLabel(t, a.x, a.y, side, gap);
        const box = localBox(t);
        const hits = placed.filter((p) => labelsTouch(p, box)).length;
        if (hits < best.hits) best = { side, hits };
        if (hits === 0) break;
      }
      placeLabel(t, a.x, a.y, best.side, gap);
      const box = localBox(t);
      if (best.hits > 0) {
        // A country's or sea's name gives way to the place: it moves just clear of it.
        for (const o of this.container.list) {
          if (!(o instanceof Phaser.GameObjects.Text) || this.anchorLabels.has(o.name)) continue;
          const other = localBox(o);
          if (!labelsTouch(other, box)) continue;
          const down = box.bottom - other.y + 2;
          const up = other.bottom - box.y + 2;
          o.setY(o.y + (down < up ? down : -up));
        }
      }
      placed.push(box);
      this.anchorLabels.set(a.id, t.setName(a.id));
      add(t, 0);
    }

    const washington = this.anchors.get('washington');
    if (washington) {
      const t = scene.add.text(
        washington.x - 18,
        washington.y,
        `${STRINGS.offMapWashington}\n${STRINGS.offMapDirection}`,
        style(12, { weight: 700, align: 'right' }),
      );
      add(halo(t.setOrigin(1, 0.5)), 0);
    }
    if (k > 1) this.declutter(ranks);
  }

  /** Leaves unwritten each name that touches one of higher rank (or earlier, in its rank). */
  private declutter(ranks: readonly Phaser.GameObjects.Text[][]): void {
    const kept: Phaser.Geom.Rectangle[] = [];
    for (const t of ranks.flat()) {
      const box = localBox(t);
      if (kept.some((other) => labelsTouch(other, box))) {
        this.crowded.add(t);
        t.setVisible(false);
      } else kept.push(box);
    }
  }
}

/** Puts a label on one side of its dot, `gap` away. */
function placeLabel(
  t: Phaser.GameObjects.Text,
  x: number,
  y: number,
  side: Side,
  gap: number,
): void {
  const dx = side === 'left' ? -gap : side === 'right' ? gap : 0;
  const dy = side === 'above' ? -gap : side === 'below' ? gap : 0;
  t.setPosition(x + dx, y + dy);
  t.setOrigin(
    side === 'left' ? 1 : side === 'right' ? 0 : 0.5,
    side === 'above' ? 1 : side === 'below' ? 0 : 0.5,
  );
}

/** A text's box in its container's coordinates (before the container's own scale). */
function localBox(t: Phaser.GameObjects.Text): Phaser.Geom.Rectangle {
  return new Phaser.Geom.Rectangle(
    t.x - t.originX * t.width,
    t.y - t.originY * t.height,
    t.width,
    t.height,
  );
}

/**
 * True when two label boxes share more than a sliver: a box holds room for diacritics above
 * and descenders below, so boxes a few pixels into each other do not make letters touch.
 */
export function labelsTouch(
  a: Phaser.Geom.Rectangle,
  b: Phaser.Geom.Rectangle,
  slack = 3,
): boolean {
  const w = Math.min(a.right, b.right) - Math.max(a.x, b.x);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.y, b.y);
  return w > slack && h > slack;
}
