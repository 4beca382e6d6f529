import Phaser from 'phaser';
import { PALETTE } from '../theme';
import { dialogOpen } from '../widgets/dialog';
import { dragScroll } from '../widgets/drag-scroll';
import { ScrollBar } from '../widgets/scroll-bar';

/** The content of a scrolling page draws under the header's paper band, which covers it. */
const CONTENT_DEPTH = -10;
const BAND_DEPTH = -5;

/**
 * A page taller than the phone's screen: its content, below a fixed header, moves under a
 * finger's drag or the mouse wheel, and a scroll bar at the right edge shows there is more.
 */
export class PageScroll {
  /** What scrolls: the scene adds its page content here. */
  readonly content: Phaser.GameObjects.Container;
  private readonly bar: ScrollBar;
  private offset = 0;
  private total = 0;

  constructor(
    scene: Phaser.Scene,
    private readonly top: number,
    width: number,
    private readonly height: number,
  ) {
    this.content = scene.add.container(0, 0).setDepth(CONTENT_DEPTH);
    // The header band hides content scrolled up under it and keeps taps off what it covers.
    scene.add
      .rectangle(0, 0, width, top, PALETTE.paper)
      .setOrigin(0)
      .setDepth(BAND_DEPTH)
      .setInteractive();
    this.bar = new ScrollBar(scene, width - 5, top + 4, height - top - 8, 1);
    this.bar.update(0, 1, 1);
    const clear = (pointer: Phaser.Input.Pointer) => !dialogOpen(scene) && pointer.worldY >= top;
    const stop = dragScroll(scene, {
      takesDrag: clear,
      // The wheel scrolls the page from anywhere on it, the header too, unless a dialog is up.
      takesWheel: () => !dialogOpen(scene),
      scrollBy: (dy) => this.scrollBy(dy),
    });
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
  }

  /** How far down the page shows now. */
  get scrolled(): number {
    return this.offset;
  }

  /** Measures the content again (after it changed) and scrolls to `to` (the top by default). */
  refresh(to = 0): void {
    const list = this.content.list as unknown as {
      visible: boolean;
      getBounds(): Phaser.Geom.Rectangle;
    }[];
    this.content.setY(0);
    let bottom = this.top;
    for (const o of list) if (o.visible) bottom = Math.max(bottom, o.getBounds().bottom);
    this.total = bottom + 24 - this.top;
    this.offset = 0;
    this.scrollTo(to);
  }

  scrollTo(y: number): void {
    const shown = this.height - this.top;
    this.offset = Math.max(0, Math.min(y, this.total - shown));
    this.content.setY(-this.offset);
    this.bar.update(this.offset, shown, this.total);
  }

  scrollBy(dy: number): void {
    this.scrollTo(this.offset + dy);
  }
}
