import type Phaser from 'phaser';
import {
  type IndicatorKey,
  POWERS,
  type PowerId,
  TIERS,
  type TierId,
  tierRank,
} from '../../engine';
import { type GaugeView, TIER_LABELS } from '../../view';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { ACTOR_COLOR, PANEL } from './colors';
import type { GameContext } from './context';
import { GaugeCell } from './gauge-cell';
import { panelFrame } from './panel-frame';

/** The tallest a power's block gets; with more powers each gets a share of the panel. */
const BLOCK = 70;
const PIP = 8;
/** The gauges each power shows, side by side. */
const GAUGES = ['relations', 'suspicion', 'patience'] as const;

/**
 * The partnership panel: each power with its tier (written out, and as filled pips so the rank
 * reads at a glance) and its relations, suspicion and patience gauges.
 */
export class PowersPanel {
  private readonly cells: GaugeCell[] = [];
  private readonly tierText = new Map<PowerId, Phaser.GameObjects.Text>();
  private readonly pips = new Map<PowerId, Phaser.GameObjects.Graphics>();

  constructor(ctx: GameContext, x: number, y: number, width: number, height: number) {
    const { scene } = ctx;
    panelFrame(scene, x, y, width, height, STRINGS.game.groups.powers);
    const cellWidth = (width - 20 - (GAUGES.length - 1) * 12) / GAUGES.length;
    const block = Math.min(BLOCK, (height - 24) / POWERS.length);
    POWERS.forEach((power, i) => {
      const top = y + 26 + i * block;
      const name = scene.add.text(
        x + 10,
        top,
        STRINGS.game.powerNames[power],
        textStyle(14, { weight: 700, color: ACTOR_COLOR[power] }),
      );
      this.pips.set(power, scene.add.graphics().setPosition(name.x + name.width + 8, top + 5));
      this.tierText.set(
        power,
        scene.add
          .text(x + width - 10, top + 3, '', textStyle(10, { color: PALETTE.inkSoft }))
          .setOrigin(1, 0),
      );
      GAUGES.forEach((gauge, k) => {
        const key = `${gauge}.${power}` as IndicatorKey;
        this.cells.push(
          new GaugeCell(ctx, x + 10 + k * (cellWidth + 12), top + 22, cellWidth, key),
        );
      });
    });
  }

  update(
    views: ReadonlyMap<IndicatorKey, GaugeView>,
    tiers: Readonly<Record<PowerId, TierId>>,
  ): void {
    for (const cell of this.cells) {
      const view = views.get(cell.key);
      if (view) cell.update(view);
    }
    for (const power of POWERS) {
      const text = this.tierText.get(power);
      const pips = this.pips.get(power);
      if (!text || !pips) continue;
      const tier = tiers[power];
      text.setText(
        TIER_LABELS[tier].replace(/ partnership$/i, '').replace(/^Partnership$/, 'Partner'),
      );
      // Filled squares up to the tier's rank: the ladder reads without colour or words.
      const rank = tierRank(tier);
      pips.clear();
      for (let i = 0; i < TIERS.length; i++) {
        const px = i * (PIP + 3);
        if (i <= rank) pips.fillStyle(ACTOR_COLOR[power]).fillRect(px, 0, PIP, PIP);
        pips.lineStyle(1, PANEL.stroke).strokeRect(px, 0, PIP, PIP);
      }
    }
  }
}
