import type Phaser from 'phaser';
import type { IndicatorKey } from '../../engine';
import { axisRange, INDICATOR_LABELS } from '../../view';
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

function dashed(
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
    dashed(g, x, y, x + width, y, s.dash, s.gap);
    g.fillStyle(PALETTE.paper).fillRect(x + width / 2 - 3.5, y - 3.5, 7, 7);
    g.lineStyle(1.5, s.color).strokeRect(x + width / 2 - 3.5, y - 3.5, 7, 7);
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
  you: readonly Point[],
  history: readonly Point[] | null,
  xLabels: readonly string[],
): Phaser.GameObjects.Container {
  const parts: Phaser.GameObjects.GameObject[] = [];
  const g = scene.add.graphics();
  parts.push(g);
  const title = scene.add.text(0, 0, INDICATOR_LABELS[key].name, textStyle(14, { weight: 700 }));
  parts.push(title);
  const left = 38;
  const right = width - 8;
  const top = 26;
  const bottom = height - 20;
  const range = axisRange(
    key,
    [...you, ...(history ?? [])].map((p) => p.value),
  );
  const turns = Math.max(1, xLabels.length - 1);
  const px = (turn: number) => left + (turn / turns) * (right - left);
  const py = (v: number) => bottom - ((v - range.lo) / (range.hi - range.lo)) * (bottom - top);

  g.fillStyle(0xffffff, 0.55).fillRect(left, top, right - left, bottom - top);
  for (const t of range.ticks) {
    const ty = py(t);
    g.lineStyle(1, t === 0 && range.lo < 0 ? PALETTE.inkSoft : PALETTE.paperDeep).lineBetween(
      left,
      ty,
      right,
      ty,
    );
    parts.push(
      scene.add
        .text(left - 5, ty, String(t), textStyle(12, { color: PALETTE.inkSoft }))
        .setOrigin(1, 0.5),
    );
  }
  g.lineStyle(1.2, PALETTE.inkSoft).strokeRect(left, top, right - left, bottom - top);
  const every = turns > 8 ? 3 : turns > 5 ? 2 : 1;
  xLabels.forEach((label, i) => {
    g.lineStyle(1, PALETTE.inkSoft).lineBetween(px(i), bottom, px(i), bottom + 3);
    if (i % every !== 0 && !(i === turns && turns % every >= 2)) return;
    parts.push(
      scene.add
        .text(px(i), bottom + 3, label, textStyle(12, { color: PALETTE.inkSoft }))
        .setOrigin(i === 0 ? 0 : i === turns ? 1 : 0.5, 0),
    );
  });

  if (history && history.length > 0) {
    const s = LINE_STYLE.history;
    g.lineStyle(s.width, s.color);
    for (let i = 1; i < history.length; i++) {
      const a = history[i - 1] as Point;
      const b = history[i] as Point;
      dashed(g, px(a.turn), py(a.value), px(b.turn), py(b.value), s.dash, s.gap);
    }
    for (const p of history) {
      g.fillStyle(PALETTE.paper).fillRect(px(p.turn) - 3, py(p.value) - 3, 6, 6);
      g.lineStyle(1.5, s.color).strokeRect(px(p.turn) - 3, py(p.value) - 3, 6, 6);
    }
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
