/**
 * How a game ends, and the bamboo score that judges it. The rules read the
 * packed indicators (`…At`); the record versions are for callers that hold
 * a GameState, and pack its indicators first.
 */

import { IND, INDICATOR_KEYS } from './indicators';
import type { ScoreRules, Thresholds } from './scenario';
import type { CollapseId, Ending, Indicators, OutcomeId, ScoreBreakdown } from './state';

const TENSION = IND['sea.tension'];
const DRIFT = IND['autonomy.drift'];
const MOOD = IND['home.mood'];
const GROWTH = IND['economy.growth'];
const RELATIONS_CN = IND['relations.cn'];
const RELATIONS_US = IND['relations.us'];
const RELATIONS_JP = IND['relations.jp'];
const STANDING = IND['sea.standing'];
const PRESENCE = IND['sea.presence'];
const LEGITIMACY = IND['home.legitimacy'];

function packedIndicators(ind: Indicators): number[] {
  return INDICATOR_KEYS.map((key) => ind[key]);
}

const at = (ind: readonly number[], slot: number) => ind[slot] as number;

/** The first collapse the indicators show, in the order a historian would name it. */
export function collapseAt(ind: readonly number[], th: Thresholds): CollapseId | null {
  if (at(ind, TENSION) >= th.clash) return 'armed-clash';
  if (at(ind, RELATIONS_CN) <= th.rupture) return 'rupture-cn';
  if (at(ind, RELATIONS_US) <= th.rupture) return 'rupture-us';
  if (at(ind, RELATIONS_JP) <= th.rupture) return 'rupture-jp';
  if (at(ind, DRIFT) <= -th.autonomyLost) return 'satellite';
  if (at(ind, DRIFT) >= th.autonomyLost) return 'frontline';
  if (at(ind, MOOD) <= th.unrest) return 'unrest';
  if (at(ind, GROWTH) <= th.crisis) return 'economic-crisis';
  return null;
}

export function collapseOf(ind: Indicators, th: Thresholds): CollapseId | null {
  return collapseAt(packedIndicators(ind), th);
}

const clamp100 = (x: number) => (x < 0 ? 0 : Math.min(x, 100));
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The weakest of the three relations weighs three times their average: a
 * year with one ruined partner is worse than a year of lukewarm ones.
 */
export function scoreAt(
  ind: readonly number[],
  collapse: boolean,
  rules: ScoreRules,
): ScoreBreakdown {
  const cn = at(ind, RELATIONS_CN);
  const us = at(ind, RELATIONS_US);
  const jp = at(ind, RELATIONS_JP);
  const weakestLink = Math.min(cn, us, jp);
  const relations = (cn + us + jp) / 3;
  // 0 % growth scores 0, fullGrowth or more scores 100.
  const growth = clamp100((at(ind, GROWTH) / rules.fullGrowth) * 100);
  const sovereignty = clamp100(
    (at(ind, STANDING) + at(ind, PRESENCE)) / 2 -
      Math.max(0, at(ind, TENSION) - rules.tensionFreeBelow) / 2,
  );
  const stability = (at(ind, MOOD) + at(ind, LEGITIMACY)) / 2;
  const autonomy = 100 - Math.abs(at(ind, DRIFT));
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

export function scoreOf(ind: Indicators, collapse: boolean, rules: ScoreRules): ScoreBreakdown {
  return scoreAt(packedIndicators(ind), collapse, rules);
}

/** Names a year that ran its course. */
function fullYearOutcome(
  ind: readonly number[],
  th: Thresholds,
  driftBand: number,
  score: ScoreBreakdown,
): OutcomeId {
  const drift = at(ind, DRIFT);
  if (drift <= -driftBand) return 'beijing-orbit';
  if (drift >= driftBand) return 'washington-camp';
  if (score.weakestLink < th.isolated) return 'isolated';
  if (score.total >= th.master) return 'master';
  return 'survivor';
}

export function endingAt(
  ind: readonly number[],
  th: Thresholds,
  driftBand: number,
  rules: ScoreRules,
  turn: number,
  lastTurn: boolean,
): Ending | null {
  const collapse = collapseAt(ind, th);
  if (collapse)
    return { outcome: collapse, collapse: true, turn, score: scoreAt(ind, true, rules) };
  if (!lastTurn) return null;
  const score = scoreAt(ind, false, rules);
  return { outcome: fullYearOutcome(ind, th, driftBand, score), collapse: false, turn, score };
}
