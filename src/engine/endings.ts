/** How a game ends, and the bamboo score that judges it. */
import type { Thresholds } from '../scenario/schema';
import { POWERS, relationKey } from './indicators';

const RUPTURE = { cn: 'rupture-cn', us: 'rupture-us', jp: 'rupture-jp' } as const;

import type { CollapseId, Ending, Indicators, OutcomeId, ScoreBreakdown } from './state';

/** The first collapse the indicators show, in the order a historian would name it. */
export function collapseOf(ind: Indicators, th: Thresholds): CollapseId | null {
  if (ind['sea.tension'] >= th.clash) return 'armed-clash';
  for (const p of POWERS) if (ind[relationKey(p)] <= th.rupture) return RUPTURE[p];
  if (ind['autonomy.drift'] <= -th.autonomyLost) return 'satellite';
  if (ind['autonomy.drift'] >= th.autonomyLost) return 'frontline';
  if (ind['home.mood'] <= th.unrest) return 'unrest';
  if (ind['economy.growth'] <= th.crisis) return 'economic-crisis';
  return null;
}

const WEIGHTS = {
  weakestLink: 0.3,
  relations: 0.1,
  growth: 0.15,
  sovereignty: 0.15,
  stability: 0.15,
  autonomy: 0.15,
} as const;

const COLLAPSE_PENALTY = 30;

const clamp100 = (x: number) => (x < 0 ? 0 : Math.min(x, 100));
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The weakest of the three relations weighs three times their average: a
 * year with one ruined partner is worse than a year of lukewarm ones.
 */
export function scoreOf(ind: Indicators, collapse: boolean): ScoreBreakdown {
  const rel = [ind['relations.cn'], ind['relations.us'], ind['relations.jp']] as const;
  const parts = {
    weakestLink: Math.min(...rel),
    relations: (rel[0] + rel[1] + rel[2]) / 3,
    // 0 % growth scores 0, 8 % or more scores 100.
    growth: clamp100((ind['economy.growth'] / 8) * 100),
    sovereignty: clamp100(
      (ind['sea.standing'] + ind['sea.presence']) / 2 - Math.max(0, ind['sea.tension'] - 50) / 2,
    ),
    stability: (ind['home.mood'] + ind['home.legitimacy']) / 2,
    autonomy: 100 - Math.abs(ind['autonomy.drift']),
  };
  let total = 0;
  for (const key of Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[])
    total += WEIGHTS[key] * parts[key];
  const penalty = collapse ? COLLAPSE_PENALTY : 0;
  return {
    total: round1(clamp100(total - penalty)),
    weakestLink: round1(parts.weakestLink),
    relations: round1(parts.relations),
    growth: round1(parts.growth),
    sovereignty: round1(parts.sovereignty),
    stability: round1(parts.stability),
    autonomy: round1(parts.autonomy),
    collapsePenalty: penalty,
  };
}

/** Names a year that ran its course. */
export function fullYearOutcome(
  ind: Indicators,
  th: Thresholds,
  driftBand: number,
  score: ScoreBreakdown,
): OutcomeId {
  const drift = ind['autonomy.drift'];
  if (drift <= -driftBand) return 'beijing-orbit';
  if (drift >= driftBand) return 'washington-camp';
  if (score.weakestLink < th.isolated) return 'isolated';
  if (score.total >= th.master) return 'master';
  return 'survivor';
}

export function endingOf(
  ind: Indicators,
  th: Thresholds,
  driftBand: number,
  turn: number,
  lastTurn: boolean,
): Ending | null {
  const collapse = collapseOf(ind, th);
  if (collapse) return { outcome: collapse, collapse: true, turn, score: scoreOf(ind, true) };
  if (!lastTurn) return null;
  const score = scoreOf(ind, false);
  return { outcome: fullYearOutcome(ind, th, driftBand, score), collapse: false, turn, score };
}
