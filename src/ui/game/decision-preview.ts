import type Phaser from 'phaser';
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
import { PANEL, TONE_COLOR } from './colors';
import { type FitLine, fitLines, fittedHeight } from './preview-fit';

export interface PreviewOptions {
  /** Show the decision's own description first (the confirm dialog does; the inline pane not). */
  readonly withText?: boolean;
  readonly capital?: number;
  /** Lines beyond this height are left out, with an ellipsis. */
  readonly maxHeight?: number;
}

type Line = FitLine;

/**
 * Writes what a decision will do into `into` (local coordinates): certain effects, how the
 * powers will read it, partnership changes and what may happen by chance. Every effect carries
 * an arrow and a signed number; the tint only repeats it. Returns the height used.
 *
 * When the room is short, the explanations and the month's-end reactions give way (folded into
 * one line) before anything else: the chances and what closes are never cut off.
 */
export function renderPreview(
  scene: Phaser.Scene,
  into: Phaser.GameObjects.Container,
  preview: Preview,
  width: number,
  options: PreviewOptions = {},
): number {
  const max = options.maxHeight ?? Number.POSITIVE_INFINITY;
  const make = (line: Line) =>
    scene.add.text(line.indent ?? 0, 0, line.text, {
      ...textStyle(line.size, {
        weight: line.bold ? 700 : 400,
        color: line.color ?? (line.folded ? PALETTE.inkSoft : PALETTE.ink),
      }),
      wordWrap: { width: width - (line.indent ?? 0), useAdvancedWrap: true },
    });
  const measure = (line: Line) => {
    const t = make(line);
    const h = t.height;
    t.destroy();
    return h;
  };
  const placed = fitLines(previewLines(preview, options), max, measure);
  for (const { line, y, cut } of placed) {
    const t = make(cut ? { ...line, text: '…' } : line);
    t.setY(y);
    into.add(t);
  }
  return fittedHeight(placed, measure);
}

/** The preview's lines in reading order, each with how readily it gives way. */
export function previewLines(preview: Preview, options: PreviewOptions = {}): Line[] {
  const p = STRINGS.game.preview;
  const out: Line[] = [];
  const heading = (text: string, group?: string) =>
    out.push({
      text: text.toUpperCase(),
      size: 11,
      bold: true,
      color: PANEL.heading,
      gap: 6,
      rank: 0,
      ...(group ? { group, heads: true } : {}),
    });
  const effect = (line: EffectLine, rank: number, group?: string, indent = 0) =>
    out.push({
      text: `${trendText(line.delta, signed(line.delta))}  ${line.label}`,
      size: 13,
      color: TONE_COLOR[effectTone(line)],
      indent,
      rank,
      ...(group ? { group } : {}),
    });

  if (options.withText && preview.text) out.push({ text: preview.text, size: 14, rank: 3 });
  if (preview.blocked)
    out.push({
      text: blockedLine(preview.blocked),
      size: 13,
      bold: true,
      color: TONE_COLOR.bad,
      rank: 0,
    });
  if (preview.cost > 0 || options.capital !== undefined) {
    out.push({
      text: preview.cost > 0 ? p.cost(preview.cost, options.capital ?? 0) : p.free,
      size: 13,
      bold: true,
      rank: 0,
    });
  }
  const why = preview.price ? priceWhy(preview.price) : null;
  if (why) out.push({ text: why, size: 12, color: PALETTE.inkSoft, rank: 4 });
  heading(p.certain, 'certain');
  if (preview.fade)
    out.push({
      text: p.repeatFade(
        preview.fade.play - 1,
        percent(preview.fade.share),
        percent(preview.fade.each),
      ),
      size: 12,
      color: PALETTE.inkSoft,
      rank: 0,
    });
  if (preview.certain.length === 0)
    out.push({ text: p.nothing, size: 13, color: PALETTE.inkSoft, rank: 0 });
  for (const line of preview.certain) effect(line, 1, 'certain');
  const unitWord = STRINGS.units.word[preview.unit];
  if (preview.signals.length > 0 || preview.driftEnd) {
    heading(p.signals(unitWord), 'signals');
    out.push({ text: p.signalsWhy(unitWord), size: 12, color: PALETTE.inkSoft, rank: 4 });
    for (const line of preview.signals) effect(line, 2, 'signals');
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
      rank: 1,
      group: 'signals',
    });
  }
  if (preview.tiers.length > 0) {
    heading(p.tiers);
    for (const t of preview.tiers) {
      out.push({
        text: p.tierChange(t.name, TIER_LABELS[t.from], TIER_LABELS[t.to]),
        size: 13,
        bold: true,
        rank: 0,
      });
    }
  }
  if (preview.closes.length > 0) {
    heading(p.closes);
    for (const c of preview.closes)
      out.push({ text: `✕ ${c}`, size: 13, bold: true, color: TONE_COLOR.bad, rank: 0 });
  }
  // Risks, then what could go either way, then gains: a chance of good news never sits under
  // a heading of bad.
  for (const group of chanceGroups(preview.chances)) {
    heading(p.chances[group.kind], `chances-${group.kind}`);
    for (const chance of group.chances) {
      out.push({
        text: p.chances.line(percent(chance.chance), chance.text),
        size: 13,
        bold: true,
        rank: 0,
      });
      for (const line of chance.effects) effect(line, 0, undefined, 16);
    }
  }
  return out;
}
