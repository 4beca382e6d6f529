import { formatNumber } from '../../i18n';
import {
  blockedLine,
  chanceGroups,
  changeTone,
  type EffectLine,
  effectTone,
  gaugeValue,
  type Preview,
  percent,
  priceWhy,
  signed,
  TIER_LABELS,
  trendText,
} from '../../view';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import type { ScrollPane } from '../widgets';
import { PANEL, TONE_COLOR } from './colors';

export interface PreviewOptions {
  /** Show the decision's own description first (the confirm dialog does; the inline pane not). */
  readonly withText?: boolean;
  readonly capital?: number;
}

/** A line of the preview as drawn: its words and how they are set. */
export interface PreviewLine {
  readonly text: string;
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: number;
  readonly indent?: number;
  /** Space above the line (a heading's). */
  readonly gap?: number;
  /** A section's heading: kept with the lines under it when the preview scrolls. */
  readonly heading?: boolean;
}

/**
 * Writes what a decision will do into `pane`, under what it holds already: certain effects, how
 * the powers will read it, partnership changes and what may happen by chance. Every effect
 * carries an arrow and a signed number; the tint only repeats it. Nothing is left out or cut
 * short: a preview taller than its pane scrolls.
 */
export function renderPreview(
  pane: ScrollPane,
  preview: Preview,
  options: PreviewOptions = {},
): void {
  for (const line of previewLines(preview, options)) {
    pane.addText(
      line.text,
      textStyle(line.size, {
        weight: line.bold ? 700 : 400,
        color: line.color ?? PALETTE.ink,
      }),
      { indent: line.indent ?? 0, gap: line.gap ?? 2, keepWithNext: line.heading === true },
    );
  }
}

/** The preview's lines in reading order. */
export function previewLines(preview: Preview, options: PreviewOptions = {}): PreviewLine[] {
  const p = STRINGS.game.preview;
  const out: PreviewLine[] = [];
  const heading = (text: string) =>
    out.push({
      text: text.toUpperCase(),
      size: 11,
      bold: true,
      color: PANEL.heading,
      gap: 8,
      heading: true,
    });
  const effect = (line: EffectLine, indent = 0) =>
    out.push({
      text: `${trendText(line.delta, signed(line.delta))}  ${line.label}`,
      size: 13,
      color: TONE_COLOR[effectTone(line)],
      indent,
    });

  // Why it cannot be taken comes first, above a description that may run long.
  if (preview.blocked)
    out.push({
      text: blockedLine(preview.blocked),
      size: 13,
      bold: true,
      color: TONE_COLOR.bad,
    });
  if (options.withText && preview.text) out.push({ text: preview.text, size: 14 });
  // A red line's price lasts all year: it is said before the month's gains can hide it.
  for (const line of preview.redLines)
    out.push({ text: `⚠ ${line.text}`, size: 13, bold: true, color: TONE_COLOR.bad, gap: 6 });
  if (preview.cost > 0 || options.capital !== undefined) {
    out.push({
      text: preview.cost > 0 ? p.cost(preview.cost, options.capital ?? 0) : p.free,
      size: 13,
      bold: true,
    });
  }
  const why = preview.price ? priceWhy(preview.price) : null;
  if (why) out.push({ text: why, size: 12, color: PALETTE.inkSoft });
  heading(p.certain);
  if (preview.fade)
    out.push({
      text: p.repeatFade(
        preview.fade.play - 1,
        percent(preview.fade.share),
        percent(preview.fade.each),
      ),
      size: 12,
      color: PALETTE.inkSoft,
    });
  if (preview.certain.length === 0) out.push({ text: p.nothing, size: 13, color: PALETTE.inkSoft });
  for (const line of preview.certain) effect(line);
  const unitWord = STRINGS.units.word[preview.unit];
  if (preview.signals.length > 0 || preview.driftEnd) {
    heading(p.signals(unitWord));
    out.push({ text: p.signalsWhy(unitWord), size: 12, color: PALETTE.inkSoft });
    for (const line of preview.signals) effect(line);
  }
  if (preview.driftEnd) {
    const d = preview.driftEnd;
    out.push({
      text: p.driftEnd(
        unitWord,
        gaugeValue('autonomy.drift', d.from),
        gaugeValue('autonomy.drift', d.to),
        signed(d.own),
        d.earlier === 0 ? null : signed(d.earlier),
        d.fade === 0 ? null : formatNumber(d.fade),
      ),
      size: 12,
      bold: true,
      color: TONE_COLOR[changeTone('autonomy.drift', d.to - d.from, d.from)],
    });
  }
  if (preview.tiers.length > 0) {
    heading(p.tiers);
    for (const t of preview.tiers) {
      out.push({
        text: p.tierChange(t.name, TIER_LABELS[t.from], TIER_LABELS[t.to]),
        size: 13,
        bold: true,
      });
    }
  }
  if (preview.closes.length > 0) {
    heading(p.closes);
    for (const c of preview.closes)
      out.push({ text: `✕ ${c}`, size: 13, bold: true, color: TONE_COLOR.bad });
  }
  // Risks, then what could go either way, then gains: a chance of good news never sits under
  // a heading of bad.
  for (const group of chanceGroups(preview.chances)) {
    heading(p.chances[group.kind]);
    for (const chance of group.chances) {
      out.push({
        text: p.chances.line(percent(chance.chance), chance.text),
        size: 13,
        bold: true,
        gap: 4,
      });
      for (const line of chance.effects) effect(line, 16);
    }
  }
  return out;
}
