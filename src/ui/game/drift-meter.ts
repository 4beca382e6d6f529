import Phaser from 'phaser';
import { driftPoles, type GaugeView, gaugeValue, signed, trendText } from '../../view';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import type { Focusable } from '../widgets';
import { countTo, slideTo } from '../widgets/motion';
import { PANEL, powerColor } from './colors';
import type { GameContext } from './context';
import { FocusTooltip } from './focus-tooltip';
import { gaugeTooltip } from './gauge-tooltip';
import { panelFrame } from './panel-frame';

/**
 * The bamboo meter: a bar centred on the neutral line, the powers of negative drift weight to
 * the left, those of positive weight to the right (the scenario's ruleset places them), the safe band shaded and the ends at the point where autonomy is lost.
 * The marker carries the signed value, so its side never depends on colour.
 */
export class DriftMeter implements Focusable {
  private readonly marker: Phaser.GameObjects.Graphics;
  private readonly valueText: Phaser.GameObjects.Text;
  private readonly zone: Phaser.GameObjects.Zone;
  private readonly barX: number;
  private readonly barY: number;
  private readonly barWidth: number;
  private readonly tooltip: FocusTooltip;
  private view: GaugeView | null = null;

  constructor(
    ctx: GameContext,
    private readonly x: number,
    private readonly y: number,
    private readonly width: number,
    private readonly height: number,
    private readonly band: number,
    private readonly limit: number,
  ) {
    const { scene } = ctx;
    const s = STRINGS.game.drift;
    panelFrame(scene, x, y, width, height, STRINGS.game.groups.drift);
    this.barX = x + 14;
    this.barWidth = width - 28;
    this.barY = y + 50;
    const g = scene.add.graphics();
    g.fillStyle(PANEL.track).fillRect(this.barX, this.barY, this.barWidth, 10);
    const bandLeft = this.xOf(-band);
    g.fillStyle(PALETTE.bambooLight).fillRect(bandLeft, this.barY, this.xOf(band) - bandLeft, 10);
    // Hatched ends: past them autonomy is lost, whichever way you went.
    g.lineStyle(1, PALETTE.disputed, 0.9);
    for (let i = 0; i < 10; i += 3) {
      g.lineBetween(this.barX + i, this.barY + 10, this.barX + i + 6, this.barY);
      g.lineBetween(this.xOf(limit) - i - 6, this.barY + 10, this.xOf(limit) - i, this.barY);
    }
    g.lineStyle(2, PALETTE.ink).lineBetween(
      this.xOf(0),
      this.barY - 4,
      this.xOf(0),
      this.barY + 14,
    );
    g.lineStyle(1, PANEL.stroke).strokeRect(this.barX, this.barY, this.barWidth, 10);
    // Each end names the capitals on its side and takes the colour of the one furthest out.
    const poles = driftPoles(ctx.cs.scenario);
    const weights = ctx.cs.scenario.rules.drift.weights;
    const pole = (sign: number) =>
      ctx.cs.tables.vocab.powers
        .filter((p) => (weights[p] ?? 0) * sign > 0)
        .sort((a, b) => Math.abs(weights[b] ?? 0) - Math.abs(weights[a] ?? 0))[0];
    const inkOf = (p: string | undefined) => (p ? powerColor(ctx.cs, p) : PALETTE.inkSoft);
    scene.add.text(
      this.barX,
      this.barY + 15,
      s.toNegative(poles.negative),
      textStyle(11, { weight: 700, color: inkOf(pole(-1)) }),
    );
    scene.add
      .text(
        this.barX + this.barWidth,
        this.barY + 15,
        s.toPositive(poles.positive),
        textStyle(11, { weight: 700, color: inkOf(pole(1)) }),
      )
      .setOrigin(1, 0);
    // Drawn once around x = 0 and moved, so a change slides along the bar.
    this.marker = scene.add.graphics();
    this.marker.fillStyle(PALETTE.ink).lineStyle(1.5, PALETTE.paper);
    this.marker.fillTriangle(-7, this.barY - 12, 7, this.barY - 12, 0, this.barY + 1);
    this.marker.strokeTriangle(-7, this.barY - 12, 7, this.barY - 12, 0, this.barY + 1);
    this.marker.setVisible(false);
    this.valueText = scene.add.text(x + 10, y + 22, '', textStyle(12, { weight: 700 }));
    this.zone = scene.add.zone(x, y, width, height).setOrigin(0).setInteractive();
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
    const s = STRINGS.game.drift;
    const where =
      Math.abs(view.value) < 0.5
        ? s.centre
        : Math.abs(view.value) <= this.band
          ? s.inBand
          : s.outBand;
    const trend = trendText(view.trend, signed(view.trend));
    countTo(
      this.valueText.scene,
      this.valueText,
      before,
      view.value,
      (v) => `${s.value(gaugeValue(view.key, Math.round(v * 10) / 10), where)}   ${trend}`,
    );
    const mx = this.xOf(Math.max(-this.limit, Math.min(this.limit, view.value)));
    if (!this.marker.visible) this.marker.setVisible(true).setX(mx);
    else slideTo(this.marker.scene, this.marker, { x: mx });
    this.tooltip.refresh();
  }

  bounds(): Phaser.Geom.Rectangle {
    return new Phaser.Geom.Rectangle(this.x + 4, this.y + 4, this.width - 8, this.height - 8);
  }

  activate(): void {
    this.tooltip.show();
  }

  onFocus(): void {
    this.tooltip.focus();
  }

  onBlur(): void {
    this.tooltip.blur();
  }

  private xOf(value: number): number {
    return this.barX + ((value + this.limit) / (2 * this.limit)) * this.barWidth;
  }
}
