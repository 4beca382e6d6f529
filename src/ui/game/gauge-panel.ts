import type Phaser from 'phaser';
import { type IndicatorGroup, type IndicatorKey, indicatorRange } from '../../engine';
import type { GaugeView } from '../../view';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { PANEL } from './colors';
import type { GameContext } from './context';
import { CELL_HEIGHT, GaugeCell } from './gauge-cell';

const COLUMNS = 5;
const GROUPS = ['economy', 'sea', 'home'] as const satisfies readonly IndicatorGroup[];

/**
 * "Hover or focus (G) a gauge: what moved it" (on a touch screen, "Tap …"), on the first heading's line at the right: the
 * gauges' causes are otherwise found only by accident. Left out where the line has no room.
 */
function causesHint(scene: Phaser.Scene, heading: Phaser.GameObjects.Text, right: number): void {
  const touch = window.matchMedia?.('(pointer: coarse)').matches ?? false;
  const hint = scene.add
    .text(
      right,
      heading.y,
      STRINGS.game.gaugeHint(touch),
      textStyle(11, { color: PALETTE.inkSoft }),
    )
    .setOrigin(1, 0);
  if (hint.x - hint.width < heading.x + heading.width + 12) hint.destroy();
}

/** Economy, sea and home: every remaining indicator as a cell, five to a row. */
export class GaugePanel {
  private readonly cells: GaugeCell[] = [];

  /** How tall the gauges stand, headings included: more than the panel's height on a phone. */
  readonly contentHeight: number;

  constructor(
    ctx: GameContext,
    x: number,
    y: number,
    width: number,
    height: number,
    columns = COLUMNS,
  ) {
    const { scene } = ctx;
    const vocab = ctx.cs.tables.vocab;
    const groups = GROUPS.map((group) => ({
      group,
      keys: vocab.keys.filter((k) => indicatorRange(vocab, k)?.group === group),
    }));
    const rowsHeight = (count: number) => Math.ceil(count / columns) * (CELL_HEIGHT + 6);
    this.contentHeight = groups.reduce((h, g) => h + 18 + rowsHeight(g.keys.length) + 4, 6);
    // The frame holds every gauge: where the panel is shorter, its tab scrolls (a phone).
    scene.add
      .rectangle(x, y, width, Math.max(height, this.contentHeight), PANEL.fill)
      .setOrigin(0)
      .setStrokeStyle(1, PANEL.stroke);
    const gap = 10;
    const cellWidth = (width - 20 - (columns - 1) * gap) / columns;
    let top = y + 6;
    for (const { group, keys } of groups) {
      const heading = scene.add.text(
        x + 10,
        top,
        STRINGS.game.groups[group].toUpperCase(),
        textStyle(11, { weight: 700, color: PANEL.heading }),
      );
      if (group === GROUPS[0]) causesHint(scene, heading, x + width - 10);
      top += 18;
      keys.forEach((key: IndicatorKey, i) => {
        const col = i % columns;
        const row = Math.floor(i / columns);
        this.cells.push(
          new GaugeCell(
            ctx,
            x + 10 + col * (cellWidth + gap),
            top + row * (CELL_HEIGHT + 6),
            cellWidth,
            key,
          ),
        );
      });
      top += rowsHeight(keys.length) + 4;
    }
  }

  update(views: ReadonlyMap<IndicatorKey, GaugeView>): void {
    for (const cell of this.cells) {
      const view = views.get(cell.key);
      if (view) cell.update(view);
    }
  }
}
