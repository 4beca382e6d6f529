import Phaser from 'phaser';

/** A press that moves less than this is a tap (a button, the More line), not a drag. */
export const DRAG_START = 8;

export interface DragScrollSpec {
  /** Whether a press at this pointer starts a drag of this scroller. */
  readonly takesDrag: (pointer: Phaser.Input.Pointer) => boolean;
  /** Whether the wheel turned at this pointer scrolls it (default: where a drag may start). */
  readonly takesWheel?: (pointer: Phaser.Input.Pointer) => boolean;
  /** Scrolls by this many pixels, positive to show what lies further down. */
  readonly scrollBy: (pixels: number) => void;
  /** The pointer's height in the scroller's own terms (default: the world's). */
  readonly yOf?: (pointer: Phaser.Input.Pointer) => number;
}

/**
 * The mouse wheel and a finger's (or the mouse's) drag scroll something: a long dialog, a phone
 * page, a pane of text. One gesture for all, so a drag that starts on a button still taps it
 * unless it moves, and every scroller answers the wheel the same way round. Returns the function
 * that stops listening; call it when the scroller goes.
 */
export function dragScroll(scene: Phaser.Scene, spec: DragScrollSpec): () => void {
  const yOf = spec.yOf ?? ((pointer: Phaser.Input.Pointer) => pointer.worldY);
  const takesWheel = spec.takesWheel ?? spec.takesDrag;
  let last: number | null = null;
  let dragging = false;
  const down = (pointer: Phaser.Input.Pointer) => {
    last = spec.takesDrag(pointer) ? yOf(pointer) : null;
    dragging = false;
  };
  const move = (pointer: Phaser.Input.Pointer) => {
    if (last === null || !pointer.isDown) return;
    const y = yOf(pointer);
    if (!dragging && Math.abs(y - last) < DRAG_START) return;
    dragging = true;
    spec.scrollBy(last - y);
    last = y;
  };
  const up = () => {
    last = null;
  };
  const wheel = (pointer: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => {
    if (takesWheel(pointer)) spec.scrollBy(dy);
  };
  const { input } = scene;
  input.on(Phaser.Input.Events.POINTER_DOWN, down);
  input.on(Phaser.Input.Events.POINTER_MOVE, move);
  input.on(Phaser.Input.Events.POINTER_UP, up);
  input.on(Phaser.Input.Events.POINTER_WHEEL, wheel);
  return () => {
    input.off(Phaser.Input.Events.POINTER_DOWN, down);
    input.off(Phaser.Input.Events.POINTER_MOVE, move);
    input.off(Phaser.Input.Events.POINTER_UP, up);
    input.off(Phaser.Input.Events.POINTER_WHEEL, wheel);
  };
}
