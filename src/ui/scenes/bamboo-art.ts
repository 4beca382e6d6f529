import type Phaser from 'phaser';
import { tracePolygon } from '../map/shapes';
import { PALETTE } from '../theme';

interface Stalk {
  readonly dx: number;
  readonly width: number;
  readonly top: number;
  readonly segment: number;
  readonly color: number;
}

const STALKS: readonly Stalk[] = [
  { dx: 22, width: 14, top: 30, segment: 96, color: PALETTE.bamboo },
  { dx: 48, width: 10, top: 140, segment: 80, color: PALETTE.bambooLight },
  { dx: 68, width: 7, top: 290, segment: 66, color: PALETTE.bamboo },
];

/** A slender leaf from (x, y) at `angle`, as a four-point lozenge. */
function leaf(x: number, y: number, angle: number, length: number, width: number): number[] {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const along = (t: number, side: number): [number, number] => [
    x + cos * length * t - sin * side,
    y + sin * length * t + cos * side,
  ];
  return [x, y, ...along(0.35, width / 2), ...along(1, 0), ...along(0.35, -width / 2)];
}

/** Stalks with nodes and drooping leaves along the left edge: drawn, so no image to load. */
export function drawBamboo(
  scene: Phaser.Scene,
  x: number,
  bottom: number,
): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  STALKS.forEach((s, index) => {
    const left = x + s.dx - s.width / 2;
    g.fillStyle(s.color, 0.85).fillRect(left, s.top, s.width, bottom - s.top);
    g.fillStyle(PALETTE.bambooDark, 0.5);
    for (let y = bottom - s.segment; y > s.top; y -= s.segment) {
      g.fillRect(left - 1, y - 1.5, s.width + 2, 3);
    }
    // Leaf sprays at every other node, alternating sides so the column reads as a grove.
    let n = 0;
    for (let y = bottom - s.segment * (1 + (index % 2)); y > s.top + 20; y -= s.segment * 2) {
      const rightSide = (n + index) % 2 === 0;
      const base = rightSide ? left + s.width : left;
      const dir = rightSide ? 0 : Math.PI;
      const tilt = rightSide ? 1 : -1;
      g.fillStyle(PALETTE.bambooDark, 0.55);
      tracePolygon(g, leaf(base, y, dir + tilt * 0.45, 36, 7));
      g.fillPath();
      g.fillStyle(PALETTE.bamboo, 0.7);
      tracePolygon(g, leaf(base, y + 2, dir + tilt * 0.85, 30, 6));
      g.fillPath();
      n++;
    }
  });
  return g;
}
