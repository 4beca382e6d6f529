import Phaser from 'phaser';
import type { TooltipLine } from '../widgets';
import type { GameContext } from './context';

/**
 * The tooltip of a card or gauge: shown while the pointer is over it or it has keyboard focus.
 * Focus keeps it up when the pointer leaves, and new data refreshes it only while focused.
 */
/** How far a finger may move between down and up and still count as a tap (layout px). */
const DRAG_DISTANCE = 12;

export class FocusTooltip {
  private focused = false;

  constructor(
    private readonly ctx: GameContext,
    /** The lines, or null when there is nothing to say yet. */
    private readonly content: () => readonly TooltipLine[] | null,
    private readonly near: () => Phaser.Geom.Rectangle,
  ) {
    watchPointer(ctx);
  }

  /**
   * Shows on pointer over `target`, hides on pointer out unless the item has focus. A finger
   * cannot hover: a tap (or a long press) shows the tooltip and it stays until the next touch.
   * A finger that dragged (scrolling a tab) was not asking about what it let go over.
   */
  hoverOn(target: Phaser.GameObjects.GameObject): void {
    target.on(Phaser.Input.Events.POINTER_OVER, (pointer: Phaser.Input.Pointer) => {
      if (!pointer.wasTouch) this.show();
    });
    target.on(Phaser.Input.Events.POINTER_UP, (pointer: Phaser.Input.Pointer) => {
      if (pointer.wasTouch && pointer.getDistance() < DRAG_DISTANCE) this.show();
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
    KEYBOARD_OWNER.set(this.ctx.scene, this);
    this.show();
  }

  blur(): void {
    this.focused = false;
    if (KEYBOARD_OWNER.get(this.ctx.scene) === this) KEYBOARD_OWNER.delete(this.ctx.scene);
    this.ctx.tooltip.hide();
  }

  /**
   * The player took the mouse: a tooltip kept up by keyboard focus goes (unless the pointer is
   * over its item), and stays down until the keyboard moves focus again.
   */
  pointerMoved(x: number, y: number): void {
    if (!this.focused || this.near().contains(x, y)) return;
    this.focused = false;
    KEYBOARD_OWNER.delete(this.ctx.scene);
    this.ctx.tooltip.hide();
  }

  /** After the item's data changed: a focused item's tooltip follows it. */
  refresh(): void {
    if (this.focused) this.show();
  }
}

/** Per scene, the item whose tooltip keyboard focus keeps up. */
const KEYBOARD_OWNER = new WeakMap<Phaser.Scene, FocusTooltip>();
const WATCHED = new WeakSet<Phaser.Scene>();

/** One pointer watch per scene: a mouse that moves takes over from the keyboard. */
function watchPointer(ctx: GameContext): void {
  const { scene } = ctx;
  if (WATCHED.has(scene)) return;
  WATCHED.add(scene);
  const moved = (pointer: Phaser.Input.Pointer) => {
    if (pointer.wasTouch) return;
    KEYBOARD_OWNER.get(scene)?.pointerMoved(pointer.worldX, pointer.worldY);
  };
  scene.input.on(Phaser.Input.Events.POINTER_MOVE, moved);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    scene.input.off(Phaser.Input.Events.POINTER_MOVE, moved);
    WATCHED.delete(scene);
  });
}
