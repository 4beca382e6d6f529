import type Phaser from 'phaser';
import {
  blockedLine,
  type EffectLine,
  effectTone,
  type Preview,
  percent,
  priceWhy,
  signed,
  TIER_LABELS,
  trendText,
} from '../../view';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { PANEL, TONE_COLOR } from './colors';

export interface PreviewOptions {
  /** Show the decision's own description first (the confirm dialog does; the inline pane not). */
  readonly withText?: boolean;
  readonly capital?: number;
  /** Lines beyond this height are left out, with an ellipsis. */
  readonly maxHeight?: number;
}

/**
 * Writes what a decision will do into `into` (local coordinates): certain effects, how the
 * powers will read it, partnership changes and risks with their chances. Every effect carries
 * an arrow and a signed number; the tint only repeats it. Returns the height used.
 */
export function renderPreview(
  scene: Phaser.Scene,
  into: Phaser.GameObjects.Container,
  preview: Preview,
  width: number,
  options: PreviewOptions = {},
): number {
  const p = STRINGS.game.preview;
  const max = options.maxHeight ?? Number.POSITIVE_INFINITY;
  let y = 0;
  let full = false;
  const add = (
    text: string,
    size: number,
    style: { bold?: boolean; color?: number; indent?: number } = {},
  ) => {
    if (full) return;
    const t = scene.add.text(style.indent ?? 0, y, text, {
      ...textStyle(size, { weight: style.bold ? 700 : 400, color: style.color ?? PALETTE.ink }),
      wordWrap: { width: width - (style.indent ?? 0), useAdvancedWrap: true },
    });
    if (y + t.height > max) {
      t.setText('…');
      full = true;
    }
    into.add(t);
    y += t.height + 2;
  };
  const heading = (text: string) => {
    y += 6;
    add(text.toUpperCase(), 11, { bold: true, color: PANEL.heading });
  };
  const effect = (line: EffectLine, indent = 0) =>
    add(`${trendText(line.delta, signed(line.delta))}  ${line.label}`, 13, {
      color: TONE_COLOR[effectTone(line)],
      indent,
    });

  if (options.withText && preview.text) add(preview.text, 14);
  if (preview.blocked) add(blockedLine(preview.blocked), 13, { bold: true, color: TONE_COLOR.bad });
  if (preview.cost > 0 || options.capital !== undefined) {
    add(preview.cost > 0 ? p.cost(preview.cost, options.capital ?? 0) : p.free, 13, { bold: true });
  }
  const why = preview.price ? priceWhy(preview.price) : null;
  if (why) add(why, 12, { color: PALETTE.inkSoft });
  heading(p.certain);
  if (preview.certain.length === 0) add(p.nothing, 13, { color: PALETTE.inkSoft });
  for (const line of preview.certain) effect(line);
  if (preview.signals.length > 0) {
    heading(p.signals(STRINGS.units.word[preview.unit]));
    add(p.signalsWhy(STRINGS.units.word[preview.unit]), 12, { color: PALETTE.inkSoft });
    for (const line of preview.signals) effect(line);
  }
  if (preview.tiers.length > 0) {
    heading(p.tiers);
    for (const t of preview.tiers) {
      add(p.tierChange(t.name, TIER_LABELS[t.from], TIER_LABELS[t.to]), 13, { bold: true });
    }
  }
  if (preview.risks.length > 0) {
    heading(p.risks);
    for (const risk of preview.risks) {
      add(p.risk(percent(risk.chance), risk.text), 13, { bold: true });
      for (const line of risk.effects) effect(line, 16);
    }
  }
  return y;
}
