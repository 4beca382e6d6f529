import type Phaser from 'phaser';
import { type IndicatorKey, type PowerId, TIERS, type TierId, tierRank } from '../../engine';
import { type GaugeView, gaugeShortName, powerName, TIER_LABELS } from '../../view';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { PANEL, powerColor } from './colors';
import type { GameContext } from './context';
import { COMPACT_HEIGHT, GaugeCell } from './gauge-cell';
import { panelFrame } from './panel-frame';

/** The tallest a power's block gets. */
const BLOCK = 70;
const PIP = 8;
/** The gauges each power shows, side by side. */
const GAUGES = ['relations', 'suspicion', 'patience'] as const;
/** Up to this many powers, each gets a block (name line, then its gauges); more share a table. */
const BLOCKS_UP_TO = 3;
/**
 * The table's name column. A tier's words ("Comprehensive strategic") do not fit beside three
 * gauges: in the table the pips alone tell the rank.
 */
const NAME_COLUMN = 100;

/**
 * A tier without the word every tier shares ("partnership", "Đối tác"), so it fits beside the
 * pips: "Comprehensive strategic", "Chiến lược toàn diện".
 */
function tierShort(label: string): string {
  const short = label
    .replace(/ partnership$/i, '')
    .replace(/^Partnership$/, 'Partner')
    .replace(/^Đối tác (.)/u, (_, first: string) => first.toUpperCase());
  return short;
}

/**
 * The partnership panel: each of the scenario's powers with its tier (written out, and as filled
 * pips so the rank reads at a glance) and its relations, suspicion and patience gauges. Up to
 * three powers each get a block; more are laid out as a table, one row a power under column
 * headings, so four to six powers fit the same panel.
 */
export class PowersPanel {
  private readonly cells: GaugeCell[] = [];
  private readonly tierText = new Map<PowerId, Phaser.GameObjects.Text>();
  private readonly pips = new Map<PowerId, Phaser.GameObjects.Graphics>();
  private readonly pip: number;

  constructor(
    private readonly ctx: GameContext,
    x: number,
    y: number,
    width: number,
    height: number,
  ) {
    const { scene } = ctx;
    panelFrame(scene, x, y, width, height, STRINGS.game.groups.powers);
    const powers = ctx.cs.tables.vocab.powers;
    this.pip = powers.length > BLOCKS_UP_TO ? 7 : PIP;
    if (powers.length <= BLOCKS_UP_TO) this.blocks(x, y, width, height);
    else this.table(x, y, width, height);
  }

  private blocks(x: number, y: number, width: number, height: number): void {
    const { ctx } = this;
    const { scene } = ctx;
    const powers = ctx.cs.tables.vocab.powers;
    const cellWidth = (width - 20 - (GAUGES.length - 1) * 12) / GAUGES.length;
    const block = Math.min(BLOCK, (height - 24) / powers.length);
    powers.forEach((power, i) => {
      const top = y + 26 + i * block;
      const name = scene.add.text(
        x + 10,
        top,
        powerName(ctx.cs.scenario.powers, power),
        textStyle(14, { weight: 700, color: powerColor(ctx.cs, power) }),
      );
      this.pips.set(power, scene.add.graphics().setPosition(name.x + name.width + 8, top + 5));
      this.tierText.set(
        power,
        scene.add
          .text(x + width - 10, top + 3, '', textStyle(10, { color: PALETTE.inkSoft }))
          .setOrigin(1, 0),
      );
      GAUGES.forEach((gauge, k) => {
        const key: IndicatorKey = `${gauge}.${power}`;
        this.cells.push(
          new GaugeCell(ctx, x + 10 + k * (cellWidth + 12), top + 22, cellWidth, key, {
            withPower: false,
          }),
        );
      });
    });
  }

  private table(x: number, y: number, width: number, height: number): void {
    const { ctx } = this;
    const { scene } = ctx;
    const powers = ctx.cs.tables.vocab.powers;
    const gap = 8;
    const left = x + 10 + NAME_COLUMN;
    const cellWidth = (x + width - 10 - left - (GAUGES.length - 1) * gap) / GAUGES.length;
    const headY = y + 24;
    const first = powers[0] ?? '';
    GAUGES.forEach((gauge, k) => {
      scene.add.text(
        left + k * (cellWidth + gap),
        headY,
        gaugeShortName(ctx.cs.scenario.powers, `${gauge}.${first}`, false),
        textStyle(11, { color: PALETTE.inkSoft }),
      );
    });
    const top0 = headY + 18;
    const row = (y + height - 6 - top0) / powers.length;
    powers.forEach((power, i) => {
      const top = top0 + i * row;
      scene.add.text(
        x + 10,
        top,
        powerName(ctx.cs.scenario.powers, power),
        textStyle(13, { weight: 700, color: powerColor(ctx.cs, power) }),
      );
      this.pips.set(power, scene.add.graphics().setPosition(x + 10, top + 19));
      const cellTop = top + Math.max(0, (Math.min(row, 46) - COMPACT_HEIGHT) / 2);
      GAUGES.forEach((gauge, k) => {
        const key: IndicatorKey = `${gauge}.${power}`;
        this.cells.push(
          new GaugeCell(ctx, left + k * (cellWidth + gap), cellTop, cellWidth, key, {
            compact: true,
          }),
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
    for (const power of this.ctx.cs.tables.vocab.powers) {
      const text = this.tierText.get(power);
      const pips = this.pips.get(power);
      const tier = tiers[power];
      if (!pips || !tier) continue;
      text?.setText(tierShort(TIER_LABELS[tier]));
      // Filled squares up to the tier's rank: the ladder reads without colour or words.
      const rank = tierRank(tier);
      // A long name and a long tier ("United States", "Comprehensive strategic") share the
      // line: the squares shrink to keep clear of the tier's words.
      const room = text
        ? text.x - text.width * text.originX - 8 - pips.x
        : Number.POSITIVE_INFINITY;
      const pip = Math.max(5, Math.min(this.pip, Math.floor(room / TIERS.length) - 3));
      pips.clear();
      for (let i = 0; i < TIERS.length; i++) {
        const px = i * (pip + 3);
        if (i <= rank) pips.fillStyle(powerColor(this.ctx.cs, power)).fillRect(px, 0, pip, pip);
        pips.lineStyle(1, PANEL.stroke).strokeRect(px, 0, pip, pip);
      }
    }
  }
}
