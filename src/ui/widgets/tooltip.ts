import Phaser from 'phaser';
import { toView, viewSize } from '../screen-form';
import { PALETTE, textStyle } from '../theme';

export interface TooltipLine {
  readonly text: string;
  readonly color?: number;
  readonly bold?: boolean;
  readonly size?: number;
}

const MAX_WIDTH = 340;
const PAD = 12;

/**
 * One tooltip per scene, placed beside its target and kept on screen. Lines are separate
 * Text objects so each can carry its own colour (gains and losses are also signed, never
 * told by colour alone).
 */
export class Tooltip {
  private readonly container: Phaser.GameObjects.Container;
  private readonly bg: Phaser.GameObjects.Rectangle;

  constructor(private readonly scene: Phaser.Scene) {
    this.bg = scene.add
      .rectangle(0, 0, MAX_WIDTH, 10, PALETTE.paper)
      .setOrigin(0)
      .setStrokeStyle(1.5, PALETTE.ink);
    this.container = scene.add.container(0, 0, [this.bg]).setDepth(9_000).setVisible(false);
    // A tooltip shown by a tap stays up until the next touch, wherever it lands.
    const touched = (pointer: Phaser.Input.Pointer) => {
      if (pointer.wasTouch) this.hide();
    };
    scene.input.on(Phaser.Input.Events.POINTER_DOWN, touched);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
      scene.input.off(Phaser.Input.Events.POINTER_DOWN, touched),
    );
  }

  show(lines: readonly TooltipLine[], shownNear: Phaser.Geom.Rectangle): void {
    const near = toView(this.scene, shownNear);
    const { width: sw, height: sh } = viewSize(this.scene);
    const WIDTH = Math.min(MAX_WIDTH, sw - 8);
    // The background is kept: removeAll(true) would destroy it along with the old lines.
    this.container.remove(this.bg);
    this.container.removeAll(true);
    this.container.add(this.bg);
    let y = PAD;
    for (const line of lines) {
      const text = this.scene.add.text(PAD, y, line.text, {
        ...textStyle(line.size ?? 13, {
          weight: line.bold ? 700 : 400,
          color: line.color ?? PALETTE.ink,
        }),
        wordWrap: { width: WIDTH - 2 * PAD, useAdvancedWrap: true },
      });
      this.container.add(text);
      y += text.height + 3;
    }
    const height = y + PAD - 3;
    this.bg.setSize(WIDTH, height);
    let x = near.right + 10;
    if (x + WIDTH > sw - 4) x = near.left - WIDTH - 10;
    let ty = near.top;
    if (x < 4) {
      x = Math.min(sw - WIDTH - 4, Math.max(4, near.centerX - WIDTH / 2));
      // A narrow screen has no room beside the target: the tip goes below it, or above.
      if (WIDTH > sw / 2) {
        ty = near.bottom + 8 + height > sh - 4 ? near.top - height - 8 : near.bottom + 8;
      }
    }
    if (ty + height > sh - 4) ty = sh - height - 4;
    this.container.setPosition(x, Math.max(4, ty)).setVisible(true);
  }

  hide(): void {
    this.container.setVisible(false);
  }
}
