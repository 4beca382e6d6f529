import Phaser from 'phaser';
import type { TooltipLine } from '../widgets';
import type { GameContext } from './context';

/**
 * The tooltip of a card or gauge: shown while the pointer is over it or it has keyboard focus.
 * Focus keeps it up when the pointer leaves, and new data refreshes it only while focused.
 */
export class FocusTooltip {
  private focused = false;

  constructor(
    private readonly ctx: GameContext,
    /** The lines, or null when there is nothing to say yet. */
    private readonly content: () => readonly TooltipLine[] | null,
    private readonly near: () => Phaser.Geom.Rectangle,
  ) {}

  /**
   * Shows on pointer over `target`, hides on pointer out unless the item has focus. A finger
   * cannot hover: a tap (or a long press) shows the tooltip and it stays until the next touch.
   */
  hoverOn(target: Phaser.GameObjects.GameObject): void {
    target.on(Phaser.Input.Events.POINTER_OVER, () => this.show());
    target.on(Phaser.Input.Events.POINTER_UP, (pointer: Phaser.Input.Pointer) => {
      if (pointer.wasTouch) this.show();
    });
    target.on(Phaser.Input.Events.POINTER_OUT, (pointer: Phaser.Input.Pointer) => {
      if (!this.focused && !pointer.wasTouch) this.ctx.tooltip.hide();
    });
  }

  show(): void {
    const lines = this.content();
    if (lines) this.ctx.tooltip.show(lines, this.near());
  }

  focus(): void {
    this.focused = true;
    this.show();
  }

  blur(): void {
    this.focused = false;
    this.ctx.tooltip.hide();
  }

  /** After the item's data changed: a focused item's tooltip follows it. */
  refresh(): void {
    if (this.focused) this.show();
  }
}
