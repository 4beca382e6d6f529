import Phaser from 'phaser';
import { PALETTE } from '../theme';
import { freshKeyFilter } from './fresh-keys';

/** Something the keyboard can reach: Tab cycles through them, Enter or Space activates. */
export interface Focusable {
  /** World-space bounds, for the focus ring and for tooltips. */
  bounds(): Phaser.Geom.Rectangle;
  activate(): void;
  enabled?(): boolean;
  onFocus?(): void;
  onBlur?(): void;
}

/** Keys that scroll a long column (a preview): a layer's scroller gets them first. */
export const SCROLL_KEYS: readonly string[] = [
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
];

/** Takes a scrolling key; true when it scrolled (or would have, at an end), so focus stays put. */
export type Scroller = (key: string) => boolean;

/**
 * Keyboard focus for a Phaser scene: a visible ring (thick, two-tone, so it shows on any
 * colour and for colour-blind players), Tab/Shift+Tab and arrow keys to move, Enter and
 * Space to activate. Modal dialogs push a layer: only the top layer's items are reachable.
 */
export class FocusManager {
  private readonly layers: Focusable[][] = [[]];
  /** Per layer, what scrolls with the keys (a dialog's long body), or null. */
  private readonly scrollers: (Scroller | null)[] = [null];
  private current: Focusable | null = null;
  private readonly ring: Phaser.GameObjects.Graphics;

  constructor(private readonly scene: Phaser.Scene) {
    this.ring = scene.add.graphics().setDepth(10_000);
    const keyboard = scene.input.keyboard;
    keyboard?.addCapture('TAB,SPACE,UP,DOWN,LEFT,RIGHT');
    const fresh = freshKeyFilter();
    keyboard?.on('keydown', (event: KeyboardEvent) => {
      if (fresh(event)) this.onKey(event);
    });
    const draw = () => this.drawRing();
    scene.events.on(Phaser.Scenes.Events.POST_UPDATE, draw);
    // Scene events outlive a shutdown: a restarted scene must not redraw a destroyed ring.
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
      scene.events.off(Phaser.Scenes.Events.POST_UPDATE, draw),
    );
  }

  add(item: Focusable): () => void {
    const layer = this.top();
    layer.push(item);
    return () => this.remove(item);
  }

  remove(item: Focusable): void {
    for (const layer of this.layers) {
      const i = layer.indexOf(item);
      if (i >= 0) layer.splice(i, 1);
    }
    if (this.current === item) this.set(null);
  }

  /** Starts a modal layer; returns the function that closes it and restores the previous focus. */
  pushLayer(): () => void {
    const previous = this.current;
    this.layers.push([]);
    this.scrollers.push(null);
    this.set(null);
    return () => {
      if (this.layers.length > 1) {
        this.layers.pop();
        this.scrollers.pop();
      }
      this.set(previous && this.top().includes(previous) ? previous : null);
    };
  }

  focus(item: Focusable | null): void {
    this.set(item);
  }

  /**
   * While the top layer is open, the scrolling keys (`SCROLL_KEYS`) go to `scroller` first:
   * a key it takes scrolls instead of moving the focus. It goes with the layer.
   */
  setScroller(scroller: Scroller | null): void {
    this.scrollers[this.scrollers.length - 1] = scroller;
  }

  /** How many modal layers are open: hotkeys fire only at the depth they were bound at. */
  depth(): number {
    return this.layers.length - 1;
  }

  /** True while a text field has focus: typed letters are text, not hotkeys. */
  typing = false;

  /**
   * Binds keys (KeyboardEvent.key values; letters match either case) for the current
   * layer: they are silent while a dialog above it is open or a text field has focus.
   */
  bindKeys(keys: Readonly<Record<string, () => void>>): () => void {
    const depth = this.depth();
    const table = new Map(
      Object.entries(keys).map(([k, fn]) => [k.length === 1 ? k.toLowerCase() : k, fn]),
    );
    const fresh = freshKeyFilter();
    const handler = (event: KeyboardEvent) => {
      if (!fresh(event)) return;
      if (this.depth() !== depth || this.typing || event.ctrlKey || event.metaKey || event.altKey)
        return;
      const fn = table.get(event.key.length === 1 ? event.key.toLowerCase() : event.key);
      if (fn) {
        event.preventDefault();
        fn();
      }
    };
    this.scene.input.keyboard?.on('keydown', handler);
    return () => this.scene.input.keyboard?.off('keydown', handler);
  }

  focused(): Focusable | null {
    return this.current;
  }

  focusFirst(): void {
    this.set(this.reachable()[0] ?? null);
  }

  move(step: number): void {
    const items = this.reachable();
    if (items.length === 0) return;
    const at = this.current ? items.indexOf(this.current) : -1;
    const next =
      at < 0 ? (step > 0 ? 0 : items.length - 1) : (at + step + items.length) % items.length;
    this.set(items[next] ?? null);
  }

  /**
   * Arrow keys move on the screen, not in a line: Down goes to the nearest item below (in a
   * two-column grid, the card under this one). Where nothing lies that way, the key falls back
   * to the Tab order, so a single row of buttons still answers every arrow.
   */
  moveToward(dx: number, dy: number): void {
    const items = this.reachable();
    const from = this.current?.bounds();
    if (!from || !items.includes(this.current as Focusable)) {
      this.move(dx + dy > 0 ? 1 : -1);
      return;
    }
    const fx = from.centerX;
    const fy = from.centerY;
    let best: Focusable | null = null;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const item of items) {
      if (item === this.current) continue;
      const b = item.bounds();
      const along = (b.centerX - fx) * dx + (b.centerY - fy) * dy;
      // Items overlapping this one's row (or column) do not count as lying beyond it.
      const gap =
        dx !== 0 ? Math.min(b.width, from.width) / 2 : Math.min(b.height, from.height) / 2;
      if (along <= gap) continue;
      const across = Math.abs((b.centerX - fx) * dy) + Math.abs((b.centerY - fy) * dx);
      const score = along + 2 * across;
      if (score < bestScore) {
        bestScore = score;
        best = item;
      }
    }
    if (best) this.set(best);
    else this.move(dx + dy > 0 ? 1 : -1);
  }

  private top(): Focusable[] {
    return this.layers[this.layers.length - 1] as Focusable[];
  }

  private reachable(): Focusable[] {
    return this.top().filter((i) => i.enabled?.() ?? true);
  }

  private set(item: Focusable | null): void {
    if (item === this.current) return;
    this.current?.onBlur?.();
    this.current = item;
    item?.onFocus?.();
  }

  private onKey(event: KeyboardEvent): void {
    if (this.typing && event.key !== 'Tab' && event.key !== 'Enter') return;
    const scroller = this.scrollers[this.scrollers.length - 1];
    if (scroller && SCROLL_KEYS.includes(event.key) && scroller(event.key)) {
      event.preventDefault();
      return;
    }
    switch (event.key) {
      case 'Tab':
        // Phaser captures only an unmodified Tab: Shift+Tab from a text field's hidden input
        // would also move the browser's focus, behind the scene's back.
        event.preventDefault();
        this.move(event.shiftKey ? -1 : 1);
        break;
      case 'ArrowDown':
        this.moveToward(0, 1);
        break;
      case 'ArrowRight':
        this.moveToward(1, 0);
        break;
      case 'ArrowUp':
        this.moveToward(0, -1);
        break;
      case 'ArrowLeft':
        this.moveToward(-1, 0);
        break;
      case 'Enter':
      case ' ':
        if (this.current && (this.current.enabled?.() ?? true)) {
          event.preventDefault();
          this.current.activate();
        }
        break;
      default:
        break;
    }
  }

  /** What the ring was last drawn around: redrawn only when that changes (items can move). */
  private drawnAt = '';

  private drawRing(): void {
    const item = this.current;
    const b = item?.bounds();
    const at = b ? `${b.x},${b.y},${b.width},${b.height}` : '';
    if (at === this.drawnAt) return;
    this.drawnAt = at;
    this.ring.clear();
    if (!b) return;
    this.ring
      .lineStyle(5, 0xffd24a, 1)
      .strokeRoundedRect(b.x - 5, b.y - 5, b.width + 10, b.height + 10, 8);
    this.ring
      .lineStyle(2, PALETTE.ink, 1)
      .strokeRoundedRect(b.x - 5, b.y - 5, b.width + 10, b.height + 10, 8);
  }
}
