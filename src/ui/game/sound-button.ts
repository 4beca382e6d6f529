import Phaser from 'phaser';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import type { Focusable, FocusManager } from '../widgets';

/** Landscape units: 56 of them are 44 CSS pixels on a 1024-pixel-wide tablet. */
const TARGET_HEIGHT = 56;

/**
 * The board's sound switch: a speaker (with waves when on, crossed out when muted) over a word
 * that says the state, so it reads without the picture and the text mirror says it too. A
 * click, a tap, Enter on it or S anywhere on the board switches it; the setting is remembered.
 */
export class SoundButton implements Focusable {
  readonly container: Phaser.GameObjects.Container;
  private readonly bg: Phaser.GameObjects.Rectangle;
  private readonly glyph: Phaser.GameObjects.Graphics;
  private readonly caption: Phaser.GameObjects.Text;
  private readonly inline: boolean;

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    readonly width: number,
    readonly height: number,
    private readonly isOn: () => boolean,
    private readonly toggle: () => void,
    focus: FocusManager,
  ) {
    // A finger's target is 44 CSS pixels however small the drawing: a landscape board shown on
    // a tablet is scaled down (1280 units into 1024 pixels), so the switch answers taps a
    // little above and below its frame, within the top bar.
    const pad = Math.max(0, (TARGET_HEIGHT - height) / 2);
    this.bg = scene.add
      .rectangle(0, 0, width, height, PALETTE.paper)
      .setOrigin(0)
      .setStrokeStyle(1.5, PALETTE.border)
      .setInteractive({
        hitArea: new Phaser.Geom.Rectangle(0, -pad, width, height + 2 * pad),
        hitAreaCallback: Phaser.Geom.Rectangle.Contains,
        useHandCursor: true,
      });
    this.glyph = scene.add.graphics();
    // A wide button (a phone's top bar): the word beside the speaker; else under it.
    this.inline = width >= 2 * height;
    this.caption = this.inline
      ? scene.add.text(30, height / 2, '', textStyle(12, { weight: 700 })).setOrigin(0, 0.5)
      : scene.add.text(width / 2, height - 2, '', textStyle(10, { weight: 700 })).setOrigin(0.5, 1);
    this.container = scene.add.container(x, y, [this.bg, this.glyph, this.caption]);
    this.container.setSize(width, height);
    this.bg.on(Phaser.Input.Events.POINTER_OVER, () => this.bg.setFillStyle(PALETTE.paperDeep));
    this.bg.on(Phaser.Input.Events.POINTER_OUT, () => this.bg.setFillStyle(PALETTE.paper));
    this.bg.on(Phaser.Input.Events.POINTER_UP, () => this.activate());
    const remove = focus.add(this);
    this.container.once(Phaser.GameObjects.Events.DESTROY, remove);
    this.refresh();
  }

  bounds(): Phaser.Geom.Rectangle {
    return this.container.getBounds();
  }

  activate(): void {
    this.toggle();
    this.refresh();
  }

  /** Redraws from the setting (S may have switched it). */
  refresh(): void {
    const on = this.isOn();
    this.caption.setText(STRINGS.game.sound.button(on));
    const g = this.glyph.clear();
    // The speaker's top sits high enough to leave the caption its line.
    const cx = this.inline ? 12 : this.width / 2 - 5;
    const cy = this.inline ? this.height / 2 : 13;
    g.fillStyle(PALETTE.ink);
    g.fillRect(cx - 6, cy - 3, 4, 6);
    g.fillTriangle(cx - 3, cy - 3, cx + 3, cy - 8, cx + 3, cy + 8);
    g.fillTriangle(cx - 3, cy - 3, cx - 3, cy + 3, cx + 3, cy + 8);
    if (on) {
      g.lineStyle(1.5, PALETTE.ink);
      for (const r of [5, 9]) {
        g.beginPath();
        g.arc(cx + 3, cy, r, -Math.PI / 4, Math.PI / 4);
        g.strokePath();
      }
    } else {
      g.lineStyle(2, PALETTE.marker);
      g.lineBetween(cx + 6, cy - 4, cx + 13, cy + 4);
      g.lineBetween(cx + 13, cy - 4, cx + 6, cy + 4);
    }
  }
}
