/** The advisor's forecast in words, for the preview of a decision. */

import { type CompiledScenario, type GameState, type PlayerWays, score } from '../engine';
import type { Forecast, Spread } from '../engine/advisor';
import { formatNumber, TEXT } from '../i18n';
import { percent, signed } from './format';
import { outcomeLabel, type PowerTable, powerCapital, powerName, powerShort } from './labels';

const F = TEXT.view.forecast;

/** Whole numbers (growth keeps one decimal), with a true minus sign. */
const n = (x: number, decimals = 0) => {
  const f = 10 ** decimals;
  // "+ 0" turns a rounded −0 into 0: a spread never reads "-0".
  const r = Math.round(x * f) / f + 0;
  return r < 0 ? `\u2212${formatNumber(Math.abs(r))}` : formatNumber(r);
};
/** The median, then the range holding the middle 80% of the simulated futures. */
const spread = (s: Spread, decimals = 0) =>
  F.spread(n(s.median, decimals), n(s.p10, decimals), n(s.p90, decimals));

export interface ForecastLine {
  readonly text: string;
  /** A danger worth a warning sign (a likely collapse, a tie near rupture). */
  readonly warn?: boolean;
  /** Whether the line is good or bad news for the player, for its colour; absent: neither. */
  readonly tone?: 'good' | 'bad';
}

/** A difference in the final score smaller than this is no difference either way. */
const SCORE_NOISE = 0.5;
/** Below this chance, a collapse is good news rather than a risk. */
const SAFE_FAILURE = 0.02;

/**
 * `baseline` is the forecast of doing nothing more this month (for a card) or of the
 * cautious answer (for an event), so the player sees the difference the decision makes.
 */
export function forecastLines(
  powers: PowerTable,
  f: Forecast,
  baseline?: Forecast,
  baselineLabel: string = F.baseline,
): ForecastLine[] {
  const lines: ForecastLine[] = [];
  const delta = baseline ? f.score.median - baseline.score.median : 0;
  // Closer than the noise, neither is better: a "+0.3" would claim one is.
  const diff = !baseline
    ? ''
    : Math.abs(delta) < SCORE_NOISE
      ? F.aboutEqual(baselineLabel)
      : F.against(signed(delta), baselineLabel);
  lines.push({
    text: F.score(spread(f.score, 1), diff),
    ...(delta >= SCORE_NOISE ? { tone: 'good' as const } : {}),
    ...(delta <= -SCORE_NOISE ? { tone: 'bad' as const } : {}),
  });
  if (baseline) lines.push(pairedLine(f, baseline, baselineLabel));
  const label = (id: string) => outcomeLabel(powers, id).name;
  const failures = Object.entries(f.failures)
    .filter(([, p]) => p > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([id, p]) => `${label(id)} ${percent(p)}`);
  const risk = baseline ? Math.round((f.failure - baseline.failure) * 100) : 0;
  lines.push({
    text: F.collapse(
      percent(f.failure),
      failures.slice(0, 3).join(', '),
      // An unchanged risk goes unsaid: "0 in 100" reads like a figure to worry about.
      risk !== 0 ? F.riskAgainst(risk > 0 ? `+${risk}` : `\u2212${-risk}`, baselineLabel) : '',
    ),
    warn: f.failure >= 0.1,
    ...(f.failure >= 0.1 ? { tone: 'bad' as const } : {}),
    ...(f.failure < SAFE_FAILURE && risk <= 0 ? { tone: 'good' as const } : {}),
  });
  const outcomes = Object.entries(f.outcomes)
    .filter((e): e is [string, number] => e[1] !== undefined)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([id, p]) => `${label(id)} ${percent(p)}`);
  if (outcomes.length > 0) lines.push({ text: F.endings(outcomes.join(', ')) });
  const ind = (key: string): Spread => f.indicators[key] ?? { p10: 0, median: 0, p90: 0 };
  const relations = Object.keys(powers).map(
    (p) => `${powerShort(powers, p)} ${spread(ind(`relations.${p}`))}`,
  );
  lines.push({ text: F.relations(relations.join(', ')) });
  lines.push({
    text: F.rest(
      spread(ind('autonomy.drift')),
      spread(ind('economy.growth'), 1),
      spread(ind('sea.tension')),
      spread(ind('home.mood')),
    ),
  });
  return lines;
}

/** A share of futures this much larger than the other reads as a lean either way. */
const PAIRED_MARGIN = 0.15;

/**
 * Future by future against the yardstick: in how many of the same futures (the same dice)
 * this decision ends with a better score, in how many with a worse one. Small differences
 * that the medians hide show here, and so does a choice that helps in some years and ruins
 * others.
 */
function pairedLine(f: Forecast, baseline: Forecast, baselineLabel: string): ForecastLine {
  const n = Math.min(f.scores.length, baseline.scores.length);
  let better = 0;
  let worse = 0;
  for (let i = 0; i < n; i++) {
    const d = (f.scores[i] ?? 0) - (baseline.scores[i] ?? 0);
    if (d >= SCORE_NOISE) better++;
    else if (d <= -SCORE_NOISE) worse++;
  }
  const share = (k: number) => (n > 0 ? k / n : 0);
  const lead = share(better) - share(worse);
  return {
    text: F.paired(baselineLabel, percent(share(better)), percent(share(worse))),
    ...(lead >= PAIRED_MARGIN ? { tone: 'good' as const } : {}),
    ...(lead <= -PAIRED_MARGIN ? { tone: 'bad' as const } : {}),
  };
}

/** How the player stands now, before any simulated future: the score so far and the weakest tie. */
export function standingLine(cs: CompiledScenario, state: GameState): ForecastLine {
  const ties = cs.tables.vocab.powers.map((p) => ({ p, v: state.ind[`relations.${p}`] ?? 0 }));
  const weakest = ties.reduce((a, b) => (b.v < a.v ? b : a));
  return {
    text: F.standing(
      n(score(cs, state).total, 1),
      powerName(cs.scenario.powers, weakest.p),
      n(weakest.v),
    ),
    ...(weakest.v <= cs.scenario.thresholds.rupture + 10
      ? { warn: true, tone: 'bad' as const }
      : {}),
  };
}

/** The capital standing furthest out on one side of the drift axis, for a lean's name. */
function poleCapital(cs: CompiledScenario, sign: -1 | 1): string {
  const weights = cs.scenario.rules.drift.weights;
  const [pole] = cs.tables.vocab.powers
    .filter((p) => Math.sign(weights[p] ?? 0) === sign)
    .sort((a, b) => Math.abs(weights[b] ?? 0) - Math.abs(weights[a] ?? 0));
  return pole ? powerCapital(cs.scenario.powers, pole) : '';
}

/** A power left alone in this share of months or more is named (the futures keep it so). */
const ALONE_SAID = 0.3;

/** A lean per decision below this reads as even-handed. */
const EVEN_LEAN = 0.5;

/**
 * How the player the futures were played by plays: their lean, their share of impulses, their
 * months without a card, so the player sees that the forecast follows their own record.
 */
export function playerWaysLine(cs: CompiledScenario, ways: PlayerWays): ForecastLine {
  const lean =
    Math.abs(ways.lean) < EVEN_LEAN
      ? F.ways.even
      : F.ways.toward(poleCapital(cs, ways.lean > 0 ? 1 : -1));
  const pace = F.ways.pace(n(ways.pace, 1));
  const cards = ways.idle > 0 ? `${pace}, ${F.ways.idle(percent(ways.idle))}` : pace;
  // The powers left alone most months: the futures leave them as often (advisor-player.ts).
  // The one left alone most, where it is left alone often: the line stays short.
  const alone = cs.tables.vocab.powers
    .map((p, i) => ({ p, share: ways.neglect[i] ?? 0 }))
    .filter((a) => a.share >= ALONE_SAID)
    .sort((a, b) => b.share - a.share)
    .slice(0, 1)
    .map((a) => F.ways.alone(powerCapital(cs.scenario.powers, a.p), percent(a.share)));
  return {
    text: F.ways.line(lean, F.ways.slip(percent(ways.slip)), [cards, ...alone].join(', ')),
    ...(alone.length > 0 ? { tone: 'bad' as const } : {}),
  };
}
