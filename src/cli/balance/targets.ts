/**
 * The design targets of issue 6, each judged from a scenario's balance
 * report. Thresholds for words like "most of the time" are stated here once.
 */
import type { OutcomeId } from '../../engine';
import type { PolicyReport } from './run';

export interface Target {
  readonly id: string;
  readonly text: string;
  readonly met: boolean;
  readonly detail: string;
}

/** "Most of the time". */
const MOST = 0.5;
/** "Sometimes": at least this share of games. */
const SOMETIMES = 0.02;
/** "More than a third of the time". */
const DOMINANT = 1 / 3;
/** A "good, not perfect" score for the historical path (its median). */
const GOOD = { from: 60, below: 90 } as const;

const NAMED_FAILURES: Readonly<Record<string, readonly OutcomeId[]>> = {
  'beijing-first': ['beijing-orbit', 'satellite'],
  'washington-first': ['washington-camp', 'frontline'],
};

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const shareOf = (r: PolicyReport, ids: readonly OutcomeId[]) =>
  ids.reduce((a, id) => a + (r.outcomes[id] ?? 0), 0);

/**
 * `yearEnd`: the scenario runs into December, so the historical path has
 * had time to bring every partnership to the top tier.
 */
export function judge(reports: readonly PolicyReport[], yearEnd: boolean): Target[] {
  const by = new Map(reports.map((r) => [r.policy, r]));
  const targets: Target[] = [];
  const bamboo = by.get('bamboo');

  for (const name of ['beijing-first', 'washington-first']) {
    const r = by.get(name);
    if (!r || !bamboo) continue;
    targets.push({
      id: `${name}-loses`,
      text: `${name} scores below bamboo on average`,
      met: r.score.mean < bamboo.score.mean,
      detail: `mean ${r.score.mean} vs bamboo ${bamboo.score.mean}`,
    });
    const named = NAMED_FAILURES[name] ?? [];
    const share = shareOf(r, named);
    targets.push({
      id: `${name}-named-failure`,
      text: `${name} ends in ${named.join(' or ')} most of the time`,
      met: share > MOST,
      detail: `${pct(share)} of games`,
    });
  }

  const passive = by.get('passive');
  if (passive) {
    const wins = passive.outcomes.master ?? 0;
    targets.push({
      id: 'passive-does-not-win',
      text: 'passive never ends as master of bamboo diplomacy',
      met: wins === 0,
      detail: `master in ${pct(wins)} of games`,
    });
  }

  const contenders = reports.filter((r) => r.policy !== 'historical' && r.games > 0);
  const best = [...contenders].sort((a, b) => b.score.mean - a.score.mean)[0];
  if (best) {
    targets.push({
      id: 'no-dominant-card',
      text: `the best policy (${best.policy}) plays no single card more than a third of the time`,
      met: best.topAction.share <= DOMINANT,
      detail: best.topAction.id
        ? `most played: ${best.topAction.id}, ${pct(best.topAction.share)} of its plays`
        : 'it played no cards',
    });
  }

  const random = by.get('random');
  if (random) {
    const wins = random.outcomes.master ?? 0;
    targets.push({
      id: 'random-sometimes-wins-and-collapses',
      text: `random sometimes wins and sometimes collapses (each in at least ${pct(SOMETIMES)} of games)`,
      met: wins >= SOMETIMES && random.collapse >= SOMETIMES,
      detail: `master ${pct(wins)}, collapse ${pct(random.collapse)}`,
    });
  }

  const historical = by.get('historical');
  if (historical && yearEnd) {
    targets.push({
      id: 'historical-top-tiers',
      text: 'the historical path ends with all three partnerships comprehensive strategic',
      met: historical.allTopTier > MOST,
      detail: `in ${pct(historical.allTopTier)} of games`,
    });
  }
  if (historical) {
    const m = historical.score.median;
    targets.push({
      id: 'historical-good-not-perfect',
      text: `the historical path scores good, not perfect (median in [${GOOD.from}, ${GOOD.below}), no collapse most of the time)`,
      met: m >= GOOD.from && m < GOOD.below && historical.collapse < MOST,
      detail: `median ${m}, collapse ${pct(historical.collapse)}`,
    });
  }
  return targets;
}
