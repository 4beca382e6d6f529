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
      text: 'the historical path ends with every partnership comprehensive strategic',
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

/**
 * The depth targets of issue 12 (strategy that is real: no fixed routine
 * wins, dilemmas are not flat, nothing is dead), judged from a scenario's
 * depth report (`bamboo depth`). The full year has the issue's numbers;
 * the short scenarios have fewer months for choices to pull apart, so they
 * are held to smaller gaps and fewer events, stated here.
 */
export interface DepthTargetSet {
  readonly name: string;
  /** lookahead median − best fixed plan's median, at least. */
  readonly rotationGap: number;
  /** The best fixed plan ends as master in at most this share of games. */
  readonly rotationMasterShare: number;
  /** At least `count` events whose answer moves the median score by `gap` or more. */
  readonly gapEvents: { readonly count: number; readonly gap: number };
  /** At least `count` events where history's answer is best on at most `share` of seeds. */
  readonly contestedEvents: { readonly count: number; readonly share: number };
  /** The historical path's median lies at least this far below lookahead's (and above random's). */
  readonly historicalBelowLookahead: number;
  /** Random's median lies at least this many of its standard deviations below lookahead's. */
  readonly randomSds: number;
}

export const FULL_YEAR_DEPTH: DepthTargetSet = {
  name: 'full year',
  rotationGap: 6,
  rotationMasterShare: 0.5,
  gapEvents: { count: 5, gap: 5 },
  contestedEvents: { count: 3, share: 0.7 },
  historicalBelowLookahead: 3,
  randomSds: 3,
};

/** Five or six months: half the year's gaps, and events in proportion to the fewer months. */
export const SHORT_DEPTH: DepthTargetSet = {
  name: 'short scenario',
  rotationGap: 3,
  rotationMasterShare: 0.5,
  gapEvents: { count: 3, gap: 3 },
  contestedEvents: { count: 2, share: 0.7 },
  historicalBelowLookahead: 2,
  randomSds: 2,
};

const DEPTH_TARGETS: Readonly<Record<string, DepthTargetSet>> = {
  '2023': FULL_YEAR_DEPTH,
  'september-2023': SHORT_DEPTH,
  'xi-visit-2023': SHORT_DEPTH,
};

/** A scenario's depth targets: its own if stated, else by length (a year or more is a full year). */
export function depthTargetsFor(scenarioId: string, turns: number): DepthTargetSet {
  return DEPTH_TARGETS[scenarioId] ?? (turns >= 12 ? FULL_YEAR_DEPTH : SHORT_DEPTH);
}

/** What the depth targets read of a depth report. */
export interface DepthFigures {
  readonly bots: Readonly<
    Record<string, { readonly median: number; readonly sd: number } | undefined>
  >;
  readonly bestRotation: {
    readonly cards: readonly string[];
    readonly answers: string;
    readonly median: number;
    readonly masterShare: number;
  };
  readonly events: readonly {
    readonly id: string;
    readonly gapMedian: number | null;
    readonly historicalBestShare: number | null;
  }[];
  readonly neverFired: readonly string[];
  /** Reactions (`power/id`) no bot and not the historical path ever trigger. */
  readonly neverFiredReactions: readonly string[];
  readonly unreadIndicators: readonly string[];
}

const list = (xs: readonly string[]) => (xs.length > 0 ? xs.join(', ') : 'none');

export function judgeDepth(d: DepthFigures, t: DepthTargetSet): Target[] {
  const look = d.bots.lookahead;
  const hist = d.bots.historical;
  const rand = d.bots.random;
  const best = d.bestRotation;
  const targets: Target[] = [];
  if (look) {
    const gap = Math.round((look.median - best.median) * 10) / 10;
    targets.push({
      id: 'no-winning-rotation',
      text: `lookahead's median beats the best fixed plan's by at least ${t.rotationGap}`,
      met: gap >= t.rotationGap,
      detail: `lookahead ${look.median}, best fixed plan ${best.median} (${best.cards.join(' + ') || 'no cards'}, ${best.answers} answers): gap ${gap}`,
    });
  }
  targets.push({
    id: 'rotation-rarely-master',
    text: `the best fixed plan ends as master in at most ${pct(t.rotationMasterShare)} of games`,
    met: best.masterShare <= t.rotationMasterShare,
    detail: `master in ${pct(best.masterShare)}`,
  });
  const wide = d.events.filter((e) => (e.gapMedian ?? 0) >= t.gapEvents.gap);
  targets.push({
    id: 'dilemmas-matter',
    text: `at least ${t.gapEvents.count} events whose best and worst answers differ by ${t.gapEvents.gap} or more (median)`,
    met: wide.length >= t.gapEvents.count,
    detail: `${wide.length}: ${list(wide.map((e) => `${e.id} ${e.gapMedian}`))}`,
  });
  const contested = d.events.filter(
    (e) => e.historicalBestShare !== null && e.historicalBestShare <= t.contestedEvents.share,
  );
  targets.push({
    id: 'history-not-always-best',
    text: `at least ${t.contestedEvents.count} events where history's answer is best on at most ${pct(t.contestedEvents.share)} of seeds`,
    met: contested.length >= t.contestedEvents.count,
    // The gaps are shown because a near-tie is "contested" by the dice alone.
    detail: `${contested.length}: ${list(contested.map((e) => `${e.id} ${pct(e.historicalBestShare ?? 0)} (gap ${e.gapMedian})`))}`,
  });
  targets.push({
    id: 'nothing-never-fires',
    text: 'every event is reached by some bot or by the historical path',
    met: d.neverFired.length === 0,
    detail: `never fired: ${list(d.neverFired)}`,
  });
  targets.push({
    id: 'every-reaction-reached',
    text: "every power's every reaction is reached by some bot or by the historical path",
    met: d.neverFiredReactions.length === 0,
    detail: `never reached: ${list(d.neverFiredReactions)}`,
  });
  targets.push({
    id: 'every-indicator-read',
    text: 'every indicator is read by a rule, a condition, a reaction, an ending or the score',
    met: d.unreadIndicators.length === 0,
    detail: `unread: ${list(d.unreadIndicators)}`,
  });
  if (look && hist && rand) {
    targets.push({
      id: 'history-between',
      text: `the historical path's median lies strictly between random's and lookahead's, at least ${t.historicalBelowLookahead} below lookahead`,
      met:
        rand.median < hist.median &&
        hist.median < look.median &&
        look.median - hist.median >= t.historicalBelowLookahead,
      detail: `random ${rand.median} < historical ${hist.median} < lookahead ${look.median}`,
    });
    const sds = rand.sd > 0 ? (look.median - rand.median) / rand.sd : Number.POSITIVE_INFINITY;
    targets.push({
      id: 'random-far-below',
      text: `random's median lies at least ${t.randomSds} of its standard deviations below lookahead's`,
      met: sds >= t.randomSds,
      detail: `random ${rand.median} ± ${rand.sd}, lookahead ${look.median}: ${Math.round(sds * 100) / 100} sd`,
    });
  }
  return targets;
}
