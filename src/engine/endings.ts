/**
 * How a game ends, and the bamboo score that judges it. The rules read the
 * packed indicators (`…At`); the record versions are for callers that hold
 * a GameState, and pack its indicators first. The scenario's powers come in
 * through its vocabulary: every relation counts, and each can rupture.
 */

import type { Rules, ScoreRules, Thresholds } from './scenario';
import type { CollapseId, Ending, Indicators, OutcomeId, ScoreBreakdown } from './state';
import { FIXED_COLLAPSES, FULL_YEAR_OUTCOMES } from './state';
import type { Vocabulary } from './vocabulary';

/** What judging a year needs of a compiled scenario (its rule tables satisfy it). */
export interface Judge {
  readonly vocab: Vocabulary;
  /** Per power slot: `rupture-<power>`. */
  readonly ruptures: readonly string[];
}

/** Every outcome a scenario's year can end in: its collapses first, in the order they are checked. */
export function outcomeIds(
  judge: Pick<Judge, 'ruptures'>,
  rules: Pick<Rules, 'drift'>,
): { readonly collapses: readonly CollapseId[]; readonly fullYear: readonly OutcomeId[] } {
  return {
    collapses: [...judge.ruptures, ...FIXED_COLLAPSES],
    fullYear: [...FULL_YEAR_OUTCOMES, rules.drift.orbits.negative, rules.drift.orbits.positive],
  };
}

function packedIndicators(v: Vocabulary, ind: Indicators): number[] {
  return v.keys.map((key) => ind[key] as number);
}

const at = (ind: readonly number[], slot: number) => ind[slot] as number;

/** The first collapse the indicators show, in the order a historian would name it. */
export function collapseAt(
  judge: Judge,
  ind: readonly number[],
  th: Thresholds,
): CollapseId | null {
  const v = judge.vocab;
  if (at(ind, v.tension) >= th.clash) return 'armed-clash';
  const relation = v.relation;
  for (let s = 0; s < relation.length; s++)
    if (at(ind, relation[s] as number) <= th.rupture) return judge.ruptures[s] as string;
  if (at(ind, v.drift) <= -th.autonomyLost) return 'satellite';
  if (at(ind, v.drift) >= th.autonomyLost) return 'frontline';
  if (at(ind, v.mood) <= th.unrest) return 'unrest';
  if (at(ind, v.growth) <= th.crisis) return 'economic-crisis';
  return null;
}

export function collapseOf(judge: Judge, ind: Indicators, th: Thresholds): CollapseId | null {
  return collapseAt(judge, packedIndicators(judge.vocab, ind), th);
}

const clamp100 = (x: number) => (x < 0 ? 0 : Math.min(x, 100));
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The weakest relation weighs three times their average: a year with one
 * ruined partner is worse than a year of lukewarm ones.
 */
export function scoreAt(
  judge: Judge,
  ind: readonly number[],
  collapse: boolean,
  rules: ScoreRules,
): ScoreBreakdown {
  const v = judge.vocab;
  const relation = v.relation;
  let weakestLink = Number.POSITIVE_INFINITY;
  let sum = 0;
  for (let s = 0; s < relation.length; s++) {
    const r = at(ind, relation[s] as number);
    if (r < weakestLink) weakestLink = r;
    sum += r;
  }
  const relations = sum / relation.length;
  // 0 % growth scores 0, fullGrowth or more scores 100.
  const growth = clamp100((at(ind, v.growth) / rules.fullGrowth) * 100);
  const sovereignty = clamp100(
    (at(ind, v.standing) + at(ind, v.presence)) / 2 -
      Math.max(0, at(ind, v.tension) - rules.tensionFreeBelow) / 2,
  );
  const stability = (at(ind, v.mood) + at(ind, v.legitimacy)) / 2;
  const autonomy = 100 - Math.abs(at(ind, v.drift));
  // Summed in this order, as the score has always been: floating-point sums depend on it.
  const w = rules.weights;
  let total = 0;
  total += w.weakestLink * weakestLink;
  total += w.relations * relations;
  total += w.growth * growth;
  total += w.sovereignty * sovereignty;
  total += w.stability * stability;
  total += w.autonomy * autonomy;
  const penalty = collapse ? rules.collapsePenalty : 0;
  return {
    total: round1(clamp100(total - penalty)),
    weakestLink: round1(weakestLink),
    relations: round1(relations),
    growth: round1(growth),
    sovereignty: round1(sovereignty),
    stability: round1(stability),
    autonomy: round1(autonomy),
    collapsePenalty: penalty,
  };
}

export function scoreOf(
  judge: Judge,
  ind: Indicators,
  collapse: boolean,
  rules: ScoreRules,
): ScoreBreakdown {
  return scoreAt(judge, packedIndicators(judge.vocab, ind), collapse, rules);
}

/** Names a year that ran its course. */
function fullYearOutcome(
  judge: Judge,
  ind: readonly number[],
  th: Thresholds,
  drift: Rules['drift'],
  score: ScoreBreakdown,
): OutcomeId {
  const d = at(ind, judge.vocab.drift);
  if (d <= -drift.band) return drift.orbits.negative;
  if (d >= drift.band) return drift.orbits.positive;
  if (score.weakestLink < th.isolated) return 'isolated';
  if (score.total >= th.master) return 'master';
  return 'survivor';
}

export function endingAt(
  judge: Judge,
  ind: readonly number[],
  th: Thresholds,
  rules: Pick<Rules, 'drift' | 'score'>,
  turn: number,
  lastTurn: boolean,
): Ending | null {
  const collapse = collapseAt(judge, ind, th);
  if (collapse)
    return {
      outcome: collapse,
      collapse: true,
      turn,
      score: scoreAt(judge, ind, true, rules.score),
    };
  if (!lastTurn) return null;
  const score = scoreAt(judge, ind, false, rules.score);
  return {
    outcome: fullYearOutcome(judge, ind, th, rules.drift, score),
    collapse: false,
    turn,
    score,
  };
}
