import type Phaser from 'phaser';
import { STRINGS } from '../strings';
import { GROUP_FILL, PALETTE, textStyle } from '../theme';
import type { CountryGroup } from './region-types';
import { diamondPoints, tracePolygon } from './shapes';

const ENTRIES: readonly CountryGroup[] = ['vietnam', 'china', 'japan', 'usAlly', 'asean'];
/** Between the first column's widest label and the second column's swatches. */
const COLUMN_GAP = 28;

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
  const labels = items.map((item) => scene.add.text(0, 0, item.label, textStyle(14)));
  // The second column starts after the first column's widest label: a fixed width let a
  // long label in the second column (Vietnamese "Quần đảo tranh chấp") run past the menu.
  const firstColumn = Math.max(...labels.filter((_, i) => i % 2 === 0).map((t) => t.width));
  const columnWidth = 16 + firstColumn + COLUMN_GAP;
  items.forEach((item, i) => {
    const cx = 8 + (i % 2) * columnWidth;
    const cy = 8 + Math.floor(i / 2) * rowHeight;
    item.draw(cx, cy);
    root.add((labels[i] as Phaser.GameObjects.Text).setPosition(cx + 16, cy).setOrigin(0, 0.5));
  });
  return root;
}
