import type Phaser from 'phaser';
import { PALETTE } from '../theme';

/**
 * The visible sign that an area scrolls: a thin track at its right edge and a thumb whose
 * length and place say how much of the whole shows and where. A finger drags the area itself;
 * the bar only tells the player there is more.
 */
export class ScrollBar {
  private readonly track: Phaser.GameObjects.Rectangle;
  private readonly thumb: Phaser.GameObjects.Rectangle;

  constructor(
    scene: Phaser.Scene,
    private readonly x: number,
    private readonly top: number,
    private readonly length: number,
    depth: number,
  ) {
    this.track = scene.add
      .rectangle(x, top, 6, length, PALETTE.paperDeep)
      .setOrigin(0.5, 0)
      .setStrokeStyle(1, PALETTE.border)
      .setDepth(depth);
    this.thumb = scene.add
      .rectangle(x, top, 6, length, PALETTE.inkSoft)
      .setOrigin(0.5, 0)
      .setDepth(depth);
  }

  /** `shown` of `total` units show, starting `offset` units down; hidden when all shows. */
  update(offset: number, shown: number, total: number): void {
    const scrolls = total > shown + 1;
    this.track.setVisible(scrolls);
    this.thumb.setVisible(scrolls);
    if (!scrolls) return;
    const size = Math.max(28, (this.length * shown) / total);
    const travel = this.length - size;
    const at = travel * Math.min(1, Math.max(0, offset / (total - shown)));
    this.thumb.setSize(6, size).setPosition(this.x, this.top + at);
  }

  /** Adds the bar to a container (a dialog's panel), so it moves and goes with it. */
  addTo(container: Phaser.GameObjects.Container): void {
    container.add([this.track, this.thumb]);
  }

  destroy(): void {
    this.track.destroy();
    this.thumb.destroy();
  }
}
