/** The advisor's forecast in words, for the preview of a decision. */

import type { CollapseId, OutcomeId } from '../engine';
import type { Forecast, Spread } from '../engine/advisor';
import { percent, signed } from './format';
import { OUTCOME_LABELS } from './labels';

/** Whole numbers (growth keeps one decimal), with a true minus sign. */
const n = (x: number, decimals = 0) => {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return r < 0 ? `\u2212${Math.abs(r)}` : String(r);
};
/** The median, then the range holding the middle 80% of the simulated futures. */
const spread = (s: Spread, decimals = 0) =>
  `${n(s.median, decimals)} (${n(s.p10, decimals)} to ${n(s.p90, decimals)})`;

export interface ForecastLine {
  readonly text: string;
  readonly warn?: boolean;
}

/**
 * `baseline` is the forecast of doing nothing more this month (for a card) or of the
 * cautious answer (for an event), so the player sees the difference the decision makes.
 */
export function forecastLines(
  f: Forecast,
  baseline?: Forecast,
  baselineLabel = 'doing nothing more',
): ForecastLine[] {
  const lines: ForecastLine[] = [];
  const diff = baseline
    ? `; ${signed(f.score.median - baseline.score.median)} against ${baselineLabel}`
    : '';
  lines.push({ text: `Bamboo score at the end: ${spread(f.score, 1)}${diff}` });
  const failures = (Object.entries(f.failures) as [CollapseId, number][])
    .filter(([, p]) => p > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([id, p]) => `${OUTCOME_LABELS[id].name.toLowerCase()} ${percent(p)}`);
  lines.push({
    text: `Chance of a collapse: ${percent(f.failure)}${failures.length > 0 ? ` (${failures.slice(0, 3).join(', ')})` : ''}`,
    warn: f.failure >= 0.1,
  });
  const outcomes = (Object.entries(f.outcomes) as [OutcomeId, number][])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([id, p]) => `${OUTCOME_LABELS[id].name} ${percent(p)}`);
  if (outcomes.length > 0) lines.push({ text: `Most likely endings: ${outcomes.join(', ')}` });
  const ind = f.indicators;
  lines.push({
    text: `Relations at the end: China ${spread(ind['relations.cn'])}, US ${spread(ind['relations.us'])}, Japan ${spread(ind['relations.jp'])}`,
  });
  lines.push({
    text: `Drift ${spread(ind['autonomy.drift'])}, growth ${spread(ind['economy.growth'], 1)} %, tension at sea ${spread(ind['sea.tension'])}, public mood ${spread(ind['home.mood'])}`,
  });
  return lines;
}
