/**
 * Drawing shared by the line charts (the debrief's small multiples and the class's paths):
 * the plot area with its value grid and month ticks, dashed lines and square marks. The two
 * charts differ in sizes and in which months they label, so those come in as arguments.
 */
import type Phaser from 'phaser';
import { PALETTE, textStyle } from '../theme';

export interface PlotBox {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface AxesOptions {
  /** Values with a grid line and a label; 0 is drawn darker when the scale goes below it. */
  readonly yTicks: readonly number[];
  readonly yMin: number;
  /** One per turn: the label under its tick, or null for a tick without one. */
  readonly xLabels: readonly (string | null)[];
  readonly px: (turn: number) => number;
  readonly py: (value: number) => number;
  readonly fillAlpha: number;
  /** Gap between the value labels and the plot's left edge. */
  readonly yLabelGap: number;
  readonly tickLength: number;
  /** How far below the plot the month labels start. */
  readonly xLabelDrop: number;
}

/** Draws the plot area, grid and ticks into `g`; returns the axis labels for the caller to add. */
export function drawAxes(
  scene: Phaser.Scene,
  g: Phaser.GameObjects.Graphics,
  box: PlotBox,
  o: AxesOptions,
): Phaser.GameObjects.Text[] {
  const { left, right, top, bottom } = box;
  const labels: Phaser.GameObjects.Text[] = [];
  const small = textStyle(12, { color: PALETTE.inkSoft });
  g.fillStyle(0xffffff, o.fillAlpha).fillRect(left, top, right - left, bottom - top);
  for (const t of o.yTicks) {
    const ty = o.py(t);
    g.lineStyle(1, t === 0 && o.yMin < 0 ? PALETTE.inkSoft : PALETTE.paperDeep).lineBetween(
      left,
      ty,
      right,
      ty,
    );
    labels.push(scene.add.text(left - o.yLabelGap, ty, String(t), small).setOrigin(1, 0.5));
  }
  g.lineStyle(1.2, PALETTE.inkSoft).strokeRect(left, top, right - left, bottom - top);
  const last = o.xLabels.length - 1;
  o.xLabels.forEach((label, i) => {
    g.lineStyle(1, PALETTE.inkSoft).lineBetween(o.px(i), bottom, o.px(i), bottom + o.tickLength);
    if (label === null) return;
    labels.push(
      scene.add
        .text(o.px(i), bottom + o.xLabelDrop, label, small)
        .setOrigin(i === 0 ? 0 : i === last ? 1 : 0.5, 0),
    );
  });
  return labels;
}

/** A dashed segment: a line told apart from solid ones by shape, not colour alone. */
export function dashedLine(
  g: Phaser.GameObjects.Graphics,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  dash: number,
  gap: number,
): void {
  const length = Math.hypot(bx - ax, by - ay);
  if (length === 0) return;
  const ux = (bx - ax) / length;
  const uy = (by - ay) / length;
  for (let d = 0; d < length; d += dash + gap) {
    const e = Math.min(length, d + dash);
    g.lineBetween(ax + ux * d, ay + uy * d, ax + ux * e, ay + uy * e);
  }
}

/** A hollow square centred on (x, y), filled with paper so it stands out from lines under it. */
export function squareMark(
  g: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  size: number,
  color: number,
  lineWidth: number,
): void {
  g.fillStyle(PALETTE.paper).fillRect(x - size / 2, y - size / 2, size, size);
  g.lineStyle(lineWidth, color).strokeRect(x - size / 2, y - size / 2, size, size);
}
