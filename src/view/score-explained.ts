/**
 * The final score term by term, so a player sees why the year scored what it did. The engine
 * scores a year (engine/endings.ts) as a weighted sum of six parts, each out of 100, less the
 * collapse penalty, kept between 0 and 100; its breakdown gives each part, and the scenario's
 * rules give the weights and the penalty. Each term here is a part times its weight, and the
 * terms, rounded together (largest remainder), add up to the score shown exactly.
 */
import {
  type CompiledScenario,
  type GameState,
  type IndicatorKey,
  type ScoreBreakdown,
  score,
} from '../engine';
import { formatDecimal, TEXT } from '../i18n';
import { apportion } from './apportion';
import { gaugeValue } from './gauge-display';
import { powerName } from './labels';

export type ScorePart = Exclude<keyof ScoreBreakdown, 'total' | 'collapsePenalty'>;
export type ScoreTermId = ScorePart | 'penalty' | 'floor' | 'ceiling';

/** In the order the engine sums them. */
const PARTS: readonly ScorePart[] = [
  'weakestLink',
  'relations',
  'growth',
  'sovereignty',
  'stability',
  'autonomy',
];

export interface ScoreTerm {
  readonly id: ScoreTermId;
  /** What the term is, with the gauges behind it: "Your weakest relation (United States)". */
  readonly label: string;
  /** The part's own figure out of 100 and its weight; absent for the penalty and the bounds. */
  readonly value?: number;
  readonly weight?: number;
  /** Points before rounding, and to the tenth as shown: the shown ones add up to the score. */
  readonly exact: number;
  readonly points: number;
  /** "41.0 × 30% = 12.3", or the points alone for the penalty and the bounds. */
  readonly sum: string;
}

export interface ScoreExplained {
  readonly total: number;
  readonly terms: readonly ScoreTerm[];
}

const points = (x: number) =>
  x < 0 ? `\u2212${formatDecimal(Math.abs(x))}` : formatDecimal(x + 0);
const percentOf = (w: number) => `${formatDecimal(w * 100, Number.isInteger(w * 100) ? 0 : 1)}%`;

function weakestPower(cs: CompiledScenario, state: GameState): string {
  const powers = cs.tables.vocab.powers;
  const rel = (p: string) => state.ind[`relations.${p}` as IndicatorKey] ?? 0;
  const weakest = powers.reduce((w, p) => (rel(p) < rel(w) ? p : w), powers[0] as string);
  return powerName(cs.scenario.powers, weakest);
}

function labelOf(cs: CompiledScenario, state: GameState, part: ScorePart): string {
  const S = TEXT.explain.score;
  const rules = cs.scenario.rules.score;
  switch (part) {
    case 'weakestLink':
      return S.weakestLink(weakestPower(cs, state));
    case 'relations':
      return S.relations;
    case 'growth':
      return S.growth(
        gaugeValue('economy.growth', state.ind['economy.growth'] ?? 0),
        gaugeValue('economy.growth', rules.fullGrowth),
      );
    case 'sovereignty':
      return S.sovereignty(formatDecimal(rules.tensionFreeBelow, 0));
    case 'stability':
      return S.stability;
    case 'autonomy':
      return S.autonomy(gaugeValue('autonomy.drift', Math.abs(state.ind['autonomy.drift'] ?? 0)));
  }
}

/** The score of `state` (its ending's, once the game is over) explained term by term. */
export function scoreExplained(cs: CompiledScenario, state: GameState): ScoreExplained {
  const S = TEXT.explain.score;
  const breakdown = score(cs, state);
  const weights = cs.scenario.rules.score.weights;
  const terms: Omit<ScoreTerm, 'points' | 'sum'>[] = PARTS.map((part) => {
    const weight = weights[part] ?? 0;
    const value = breakdown[part];
    return { id: part, label: labelOf(cs, state, part), value, weight, exact: weight * value };
  });
  if (breakdown.collapsePenalty > 0)
    terms.push({ id: 'penalty', label: S.penalty, exact: -breakdown.collapsePenalty });
  // The engine keeps the score between 0 and 100: what the bound took is a term of its own.
  const raw = terms.reduce((a, t) => a + t.exact, 0);
  if (breakdown.total <= 0 && raw < 0)
    terms.push({ id: 'floor', label: S.floor, exact: breakdown.total - raw });
  if (breakdown.total >= 100 && raw > 100)
    terms.push({ id: 'ceiling', label: S.ceiling, exact: breakdown.total - raw });
  const shown = apportion(
    terms.map((t) => t.exact),
    breakdown.total,
  );
  return {
    total: breakdown.total,
    terms: terms.map((t, i) => {
      const p = shown[i] as number;
      return {
        ...t,
        points: p,
        sum:
          t.value !== undefined && t.weight !== undefined
            ? S.term(formatDecimal(t.value), percentOf(t.weight), points(p))
            : points(p),
      };
    }),
  };
}
