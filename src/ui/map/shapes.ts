import type Phaser from 'phaser';

/** Adds a closed path through a flat [x0, y0, x1, y1, ...] list; the caller fills or strokes. */
export function tracePolygon(g: Phaser.GameObjects.Graphics, flat: readonly number[]): void {
  g.beginPath();
  g.moveTo(flat[0] as number, flat[1] as number);
  for (let i = 2; i < flat.length; i += 2) g.lineTo(flat[i] as number, flat[i + 1] as number);
  g.closePath();
}

export function starPoints(cx: number, cy: number, outer: number, inner: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    out.push(cx + Math.cos(a) * r, cy + Math.sin(a) * r);
  }
  return out;
}

export function diamondPoints(cx: number, cy: number, r: number): number[] {
  return [cx, cy - r, cx + r, cy, cx, cy + r, cx - r, cy];
}
