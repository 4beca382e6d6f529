import type Phaser from 'phaser';
import { STRINGS } from '../strings';
import { GROUP_FILL, PALETTE, textStyle } from '../theme';
import type { CountryGroup } from './region-types';
import { diamondPoints, tracePolygon } from './shapes';

const ENTRIES: readonly CountryGroup[] = ['vietnam', 'china', 'japan', 'usAlly', 'asean'];

/** The map key: each tint with its name, and the disputed-island diamond. */
export function drawLegend(
  scene: Phaser.Scene,
  x: number,
  y: number,
): Phaser.GameObjects.Container {
  const root = scene.add.container(x, y);
  const g = scene.add.graphics();
  root.add(g);
  const rowHeight = 24;
  const columnWidth = 200;
  const items: { draw: (cx: number, cy: number) => void; label: string }[] = ENTRIES.map(
    (group) => ({
      label: STRINGS.legend[group],
      draw: (cx, cy) => {
        g.fillStyle(GROUP_FILL[group]).fillRect(cx - 8, cy - 7, 16, 14);
        g.lineStyle(
          group === 'vietnam' ? 2 : 1,
          group === 'vietnam' ? PALETTE.bambooDark : PALETTE.border,
        );
        g.strokeRect(cx - 8, cy - 7, 16, 14);
      },
    }),
  );
  items.push({
    label: STRINGS.legend.disputed,
    draw: (cx, cy) => {
      g.fillStyle(PALETTE.disputed);
      tracePolygon(g, diamondPoints(cx, cy, 6));
      g.fillPath();
    },
  });
  items.forEach((item, i) => {
    const cx = 8 + (i % 2) * columnWidth;
    const cy = 8 + Math.floor(i / 2) * rowHeight;
    item.draw(cx, cy);
    root.add(scene.add.text(cx + 16, cy, item.label, textStyle(14)).setOrigin(0, 0.5));
  });
  return root;
}
