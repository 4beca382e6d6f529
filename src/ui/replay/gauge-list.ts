import type Phaser from 'phaser';
import { formatNumber } from '../../i18n';
import { trendText } from '../../view';
import type { ViewerGauge } from '../../view/replay-viewer';
import { PANEL, TONE_COLOR } from '../game/colors';
import { PALETTE, textStyle } from '../theme';

const ROW = 27;

/**
 * The gauges at one step, as bars with their value; a gauge the step moved
 * says by how much, with an arrow and a sign (colour is only a second cue).
 */
export function drawGaugeList(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  gauges: readonly ViewerGauge[],
): Phaser.GameObjects.Container {
  const root = scene.add.container(x, y);
  const g = scene.add.graphics();
  root.add(g);
  const nameW = 196;
  const barX = nameW + 4;
  const barW = width - barX - 104;
  gauges.forEach((gauge, i) => {
    const top = i * ROW;
    if (i % 2 === 0) g.fillStyle(PANEL.fill, 1).fillRect(-6, top - 2, width + 12, ROW);
    root.add(scene.add.text(0, top + ROW / 2 - 1, gauge.name, textStyle(13)).setOrigin(0, 0.5));
    const span = gauge.max - gauge.min;
    const share = span > 0 ? (gauge.value - gauge.min) / span : 0;
    g.fillStyle(PANEL.track, 1).fillRect(barX, top + 8, barW, 9);
    if (gauge.min < 0) {
      // A two-sided gauge (drift) fills from its centre.
      const mid = barX + barW / 2;
      const end = barX + share * barW;
      g.fillStyle(PANEL.bar, 1).fillRect(Math.min(mid, end), top + 8, Math.abs(end - mid), 9);
      g.fillStyle(PALETTE.ink, 1).fillRect(mid - 0.5, top + 5, 1, 15);
    } else {
      g.fillStyle(PANEL.bar, 1).fillRect(barX, top + 8, Math.max(0, share) * barW, 9);
    }
    root.add(
      scene.add
        .text(barX + barW + 8, top + ROW / 2 - 1, gauge.text, textStyle(13, { weight: 700 }))
        .setOrigin(0, 0.5),
    );
    if (gauge.delta !== 0) {
      const signed = `${gauge.delta > 0 ? '+' : '\u2212'}${formatNumber(Math.abs(Math.round(gauge.delta * 10) / 10))}`;
      root.add(
        scene.add
          .text(width, top + ROW / 2 - 1, trendText(gauge.delta, signed), {
            ...textStyle(12, { weight: 700, color: TONE_COLOR[gauge.tone] }),
          })
          .setOrigin(1, 0.5),
      );
    }
  });
  return root;
}

export const GAUGE_ROW_HEIGHT = ROW;
