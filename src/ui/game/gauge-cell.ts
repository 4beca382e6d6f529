import Phaser from 'phaser';
import type { IndicatorKey } from '../../engine';
import {
  changeTone,
  type GaugeView,
  gaugeShortName,
  gaugeValue,
  signed,
  trendText,
} from '../../view';
import { css, PALETTE, textStyle } from '../theme';
import type { Focusable } from '../widgets';
import { countTo } from '../widgets/motion';
import { PANEL, TONE_COLOR } from './colors';
import type { GameContext } from './context';
import { FocusTooltip } from './focus-tooltip';
import { gaugeTooltip } from './gauge-tooltip';

export const CELL_HEIGHT = 40;
/** A cell without its name (a column heading names it): value, trend below it, bar. */
export const COMPACT_HEIGHT = 32;

export interface CellOptions {
  /** Whether a per-power gauge's label names its power (not where a heading already does). */
  readonly withPower?: boolean;
  /** No name line; the trend sits under the value. For tables with column headings. */
  readonly compact?: boolean;
}

/**
 * One indicator: short name, value, trend (arrow and signed number, tinted as a second cue)
 * and a thin bar. Hover or keyboard focus shows its latest changes with their causes.
 */
export class GaugeCell implements Focusable {
  private readonly value: Phaser.GameObjects.Text;
  private readonly trend: Phaser.GameObjects.Text;
  private readonly bar: Phaser.GameObjects.Rectangle;
  private readonly zone: Phaser.GameObjects.Zone;
  private readonly tooltip: FocusTooltip;
  private view: GaugeView | null = null;
  private readonly height: number;

  constructor(
    ctx: GameContext,
    private readonly x: number,
    private readonly y: number,
    private readonly width: number,
    readonly key: IndicatorKey,
    options: CellOptions = {},
  ) {
    const { scene } = ctx;
    this.height = options.compact ? COMPACT_HEIGHT : CELL_HEIGHT;
    if (options.compact) {
      this.value = scene.add.text(x, y, '', textStyle(14, { weight: 700 }));
      this.trend = scene.add
        .text(x + width, y + 15, '', textStyle(10, { weight: 700 }))
        .setOrigin(1, 0);
    } else {
      scene.add.text(
        x,
        y,
        gaugeShortName(ctx.cs.scenario.powers, key, options.withPower ?? true),
        textStyle(11, { color: PALETTE.inkSoft }),
      );
      this.value = scene.add.text(x, y + 14, '', textStyle(15, { weight: 700 }));
      this.trend = scene.add
        .text(x + width, y + 18, '', textStyle(11, { weight: 700 }))
        .setOrigin(1, 0);
    }
    const barY = y + this.height - 4;
    scene.add.rectangle(x, barY, width, 3, PANEL.track).setOrigin(0);
    this.bar = scene.add.rectangle(x, barY, 0, 3, PANEL.bar).setOrigin(0);
    // The hand says there is more to see: the gauge's latest changes and their causes.
    this.zone = scene.add
      .zone(x, y, width, this.height)
      .setOrigin(0)
      .setInteractive({ useHandCursor: true });
    this.tooltip = new FocusTooltip(
      ctx,
      () => (this.view ? gaugeTooltip(this.view) : null),
      () => this.bounds(),
    );
    this.tooltip.hoverOn(this.zone);
    ctx.focus.add(this);
  }

  update(view: GaugeView): void {
    const before = this.view?.value ?? view.value;
    this.view = view;
    const share = (view.value - view.min) / (view.max - view.min || 1);
    countTo(
      this.value.scene,
      this.value,
      before,
      view.value,
      (v) => gaugeValue(view.key, Math.round(v * 10) / 10),
      { rect: this.bar, width: Math.max(0, Math.min(1, share)) * this.width },
    );
    this.trend
      .setText(trendText(view.trend, signed(view.trend)))
      .setColor(css(TONE_COLOR[changeTone(view.key, view.trend, view.value - view.trend)]));
    this.fitTrend(gaugeValue(view.key, Math.round(view.value * 10) / 10));
    this.tooltip.refresh();
  }

  /**
   * A wide value ("6.2%", "65.3") and a wide trend ("▲ +12.7") would run into each other in a
   * narrow cell: the trend then drops the space after its arrow and, if it still touches the
   * value, the sign the arrow already shows, so the two always read as two figures.
   */
  private fitTrend(finalValue: string): void {
    const gap = 6;
    const valueWidth = measureWidth(this.value, finalValue);
    const fits = () => this.x + valueWidth + gap <= this.x + this.width - this.trend.width;
    if (fits()) return;
    this.trend.setText(this.trend.text.replace(/^([▲▼=]) /, '$1'));
    if (fits()) return;
    // Text never shrinks below the legible minimum: the arrow alone then tells the direction.
    this.trend.setText(this.trend.text.replace(/^([▲▼])[+\u2212-]/, '$1'));
  }

  bounds(): Phaser.Geom.Rectangle {
    return new Phaser.Geom.Rectangle(this.x - 4, this.y - 2, this.width + 8, this.height + 2);
  }

  /** Enter shows the story again (it may have been hidden by a hover elsewhere). */
  activate(): void {
    this.tooltip.show();
  }

  onFocus(): void {
    this.tooltip.focus();
  }

  onBlur(): void {
    this.tooltip.blur();
  }
}

/** The width `text` would take in `label`'s style, without disturbing what it shows now. */
function measureWidth(label: Phaser.GameObjects.Text, text: string): number {
  const shown = label.text;
  const width = label.setText(text).width;
  label.setText(shown);
  return width;
}
