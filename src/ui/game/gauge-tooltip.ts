/** The story behind a gauge, as tooltip lines: value, trend, meaning, latest changes with causes. */
import { changeTone, type GaugeView, gaugeValue, signed, trendText } from '../../view';
import { STRINGS } from '../strings';
import { PALETTE } from '../theme';
import type { TooltipLine } from '../widgets';
import { TONE_COLOR } from './colors';

const CHANGES_SHOWN = 3;
const CAUSES_SHOWN = 4;

export function gaugeTooltip(view: GaugeView): TooltipLine[] {
  const t = STRINGS.game.tooltip;
  const lines: TooltipLine[] = [
    { text: view.name, bold: true, size: 15 },
    {
      text: `${gaugeValue(view.key, view.value)}   ${t.trend(trendText(view.trend, signed(view.trend)), view.since)}`,
      bold: true,
      color: TONE_COLOR[changeTone(view.key, view.trend, view.value - view.trend)],
    },
    { text: view.help, color: PALETTE.inkSoft, size: 12 },
    ...leanLines(view),
    { text: t.recent, bold: true, size: 12 },
  ];
  if (view.recent.length === 0) lines.push({ text: t.none, size: 12, color: PALETTE.inkSoft });
  for (const change of view.recent.slice(0, CHANGES_SHOWN)) {
    lines.push({
      text: t.change(
        change.turnLabel,
        gaugeValue(view.key, change.from),
        gaugeValue(view.key, change.to),
        signed(change.delta),
      ),
      size: 12,
      bold: true,
    });
    for (const cause of change.causes.slice(0, CAUSES_SHOWN)) {
      lines.push({
        text: `   ${trendText(cause.delta, signed(cause.delta))}  ${cause.label}`,
        size: 12,
        color: TONE_COLOR[changeTone(view.key, cause.delta, change.from)],
      });
    }
  }
  return lines;
}

/**
 * The meter's: what this turn's lean will move it by when the turn ends, the player's decisions
 * apart from what the events signalled, the two adding up to the whole.
 */
function leanLines(view: GaugeView): TooltipLine[] {
  const lean = view.lean;
  if (!lean) return [];
  const L = STRINGS.explain.lean;
  const unit = STRINGS.units.word[view.unit];
  const tone = (d: number) => TONE_COLOR[changeTone(view.key, d, view.value)];
  const events =
    lean.eventTitles.length > 0 ? L.eventsNamed(unit, lean.eventTitles.join(', ')) : L.events(unit);
  return [
    { text: L.heading(unit), bold: true, size: 12 },
    {
      text: `   ${L.part(L.decisions(unit), signed(lean.decisions))}`,
      size: 12,
      color: tone(lean.decisions),
    },
    { text: `   ${L.part(events, signed(lean.events))}`, size: 12, color: tone(lean.events) },
    { text: `   ${L.total(signed(lean.total), unit)}`, size: 12, color: tone(lean.total) },
  ];
}
