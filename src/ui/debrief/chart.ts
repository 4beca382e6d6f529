import type Phaser from 'phaser';
import type { IndicatorKey } from '../../engine';
import { axisRange } from '../../view';
import { dashedLine, drawAxes, squareMark } from '../charts/plot';
import { PALETTE, textStyle } from '../theme';

export interface Point {
  readonly turn: number;
  readonly value: number;
}

/** How the two lines are told apart without colour: solid with dots, dashed with squares. */
export const LINE_STYLE = {
  you: { color: PALETTE.bambooDark, width: 2.5 },
  history: { color: PALETTE.disputed, width: 2, dash: 5, gap: 4 },
} as const;

export function drawLegendMark(
  g: Phaser.GameObjects.Graphics,
  which: 'you' | 'history',
  x: number,
  y: number,
  width: number,
): void {
  if (which === 'you') {
    g.lineStyle(LINE_STYLE.you.width, LINE_STYLE.you.color).lineBetween(x, y, x + width, y);
    g.fillStyle(LINE_STYLE.you.color).fillCircle(x + width / 2, y, 3.5);
  } else {
    const s = LINE_STYLE.history;
    g.lineStyle(s.width, s.color);
    dashedLine(g, x, y, x + width, y, s.dash, s.gap);
    squareMark(g, x + width / 2, y, 7, s.color, 1.5);
  }
}

/**
 * One small multiple: an indicator over the game, the player's line against
 * the historical path's, with its scale and months written on the axes.
 */
export function drawChart(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  height: number,
  key: IndicatorKey,
  name: string,
  you: readonly Point[],
  history: readonly Point[] | null,
  xLabels: readonly string[],
): Phaser.GameObjects.Container {
  const parts: Phaser.GameObjects.GameObject[] = [];
  const g = scene.add.graphics();
  parts.push(g);
  const title = scene.add.text(0, 0, name, textStyle(14, { weight: 700 }));
  parts.push(title);
  const left = 38;
  const right = width - 8;
  // Clear of the title: the top value label is centred on the plot's top line.
  const top = 32;
  const bottom = height - 20;
  const range = axisRange(
    key,
    [...you, ...(history ?? [])].map((p) => p.value),
  );
  const turns = Math.max(1, xLabels.length - 1);
  const px = (turn: number) => left + (turn / turns) * (right - left);
  const py = (v: number) => bottom - ((v - range.lo) / (range.hi - range.lo)) * (bottom - top);

  const every = turns > 8 ? 3 : turns > 5 ? 2 : 1;
  // The last month keeps its label unless it would crowd the one labelled before it.
  const shown = (i: number) => i % every === 0 || (i === turns && turns % every >= 2);
  parts.push(
    ...drawAxes(
      scene,
      g,
      { left, right, top, bottom },
      {
        yTicks: range.ticks,
        yMin: range.lo,
        xLabels: xLabels.map((label, i) => (shown(i) ? label : null)),
        px,
        py,
        fillAlpha: 0.55,
        yLabelGap: 5,
        tickLength: 3,
        xLabelDrop: 3,
      },
    ),
  );

  if (history && history.length > 0) {
    const s = LINE_STYLE.history;
    g.lineStyle(s.width, s.color);
    for (let i = 1; i < history.length; i++) {
      const a = history[i - 1] as Point;
      const b = history[i] as Point;
      dashedLine(g, px(a.turn), py(a.value), px(b.turn), py(b.value), s.dash, s.gap);
    }
    for (const p of history) squareMark(g, px(p.turn), py(p.value), 6, s.color, 1.5);
  }
  g.lineStyle(LINE_STYLE.you.width, LINE_STYLE.you.color);
  for (let i = 1; i < you.length; i++) {
    const a = you[i - 1] as Point;
    const b = you[i] as Point;
    g.lineBetween(px(a.turn), py(a.value), px(b.turn), py(b.value));
  }
  g.fillStyle(LINE_STYLE.you.color);
  for (const p of you) g.fillCircle(px(p.turn), py(p.value), 2.8);
  return scene.add.container(x, y, parts);
}
