/**
 * The depth report of one scenario: how far strategy is rewarded over
 * routine. Bots, the best fixed plan a search finds, how much each event's
 * answer matters, what never happens and what nothing reads, and the
 * depth targets judged. Everything is seeded: the same scenario and options
 * always give the same report.
 */
import type { CompiledScenario } from '../../engine';
import { type DepthTargetSet, depthTargetsFor, judgeDepth, type Target } from '../balance/targets';
import type { AnswerRule } from './answers';
import { type BotSummary, botGames, HEADLINE_BOTS, runBots } from './bots';
import { type EventDepth, eventDepth, eventGames } from './events';
import { seedList } from './games';
import { unreadIndicators } from './indicators';
import { MONTH_SEED_FACTOR, type MonthDepth, monthDepth } from './months';
import { type ReactionReach, reactionReach } from './reactions';
import { DEFAULT_SEARCH, type RoundReport, type SearchOptions, searchRotations } from './search';

/** Seeds per bot and for the search's last round: the issue measured on 100. */
export const DEFAULT_DEPTH_GAMES = 100;

export interface BotFigure {
  readonly games: number;
  readonly median: number;
  readonly mean: number;
  readonly sd: number;
  readonly p10: number;
  readonly p90: number;
  readonly masterShare: number;
}

export interface RotationFigure {
  readonly cards: readonly string[];
  readonly answers: AnswerRule;
  readonly median: number;
  readonly masterShare: number;
  readonly mean: number;
  readonly sd: number;
  readonly games: number;
}

export interface DepthReport {
  readonly scenario: string;
  readonly title: string;
  readonly hash: string;
  readonly turns: number;
  readonly games: number;
  readonly seeds: string;
  /** The four named bots first, then the others (which count for `neverFired` too). */
  readonly bots: Readonly<Record<string, BotFigure>>;
  readonly bestRotation: RotationFigure;
  readonly rotationSearch: {
    readonly plans: number;
    readonly cards: number;
    readonly maxCards: number;
    readonly answerRules: readonly AnswerRule[];
    readonly rounds: readonly RoundReport[];
    readonly gamesPlayed: number;
    /** The plans that reached the last round, best first. */
    readonly finalists: readonly RotationFigure[];
  };
  readonly events: readonly EventDepth[];
  /** Per month: each decision the lookahead bot met, and whether one of them is a real decision. */
  readonly months: readonly MonthDepth[];
  /** The lookahead games the months are measured on (more than `games`: a month's verdict sits near its thresholds). */
  readonly monthGames: number;
  readonly neverFired: readonly string[];
  /** Every power's reactions, with how often each bot's games saw them. */
  readonly reactions: readonly ReactionReach[];
  /** Reactions (`power/id`) that no bot and not the historical path ever trigger: a dead rung of a ladder. */
  readonly neverFiredReactions: readonly string[];
  /** Events the historical path never reaches, though some bot may (dead content for a teacher). */
  readonly neverOnHistoricalPath: readonly string[];
  readonly unreadIndicators: readonly string[];
  readonly targetSet: DepthTargetSet;
  readonly targets: readonly Target[];
}

export interface DepthOptions {
  readonly games: number;
  readonly search?: Partial<Omit<SearchOptions, 'games' | 'onGames'>>;
  /** Called as work is done: a phase, its units done and in all. */
  readonly progress?: (phase: string, done: number, total: number) => void;
}

function botFigure(s: BotSummary): BotFigure {
  return {
    games: s.games,
    median: s.score.median,
    mean: s.score.mean,
    sd: s.score.sd,
    p10: s.score.p10,
    p90: s.score.p90,
    masterShare: s.masterShare,
  };
}

function rotationFigure(r: ReturnType<typeof searchRotations>['best']): RotationFigure {
  return {
    cards: r.cards,
    answers: r.answers,
    median: r.median,
    masterShare: r.masterShare,
    mean: r.score.mean,
    sd: r.score.sd,
    games: r.games,
  };
}

export function depthReport(cs: CompiledScenario, opts: DepthOptions): DepthReport {
  const { games } = opts;
  const tick = opts.progress ?? (() => {});
  const seeds = seedList(games);

  const botTotal = botGames(games, games);
  let botDone = 0;
  const bots = runBots(cs, games, games, () => tick('bots', ++botDone, botTotal));

  // Reach across every bot but history (history's own reach is reported apart).
  const others = bots.summaries.filter((b) => b.policy !== 'historical');
  const pooled = new Map<string, number>();
  for (const b of others)
    for (const [id, n] of bots.fired.get(b.policy) ?? []) pooled.set(id, (pooled.get(id) ?? 0) + n);
  const otherGames = others.reduce((a, b) => a + b.games, 0);

  const eventTotal = eventGames(cs, games);
  let eventDone = 0;
  const events = eventDepth(cs, seeds, { games: otherGames, fired: pooled }, () =>
    tick('events', ++eventDone, eventTotal),
  );

  let monthDone = 0;
  const monthSeeds = seedList(games * MONTH_SEED_FACTOR);
  const months = monthDepth(cs, monthSeeds, {
    onGame: () => tick('months', ++monthDone, monthSeeds.length),
  });

  const search: SearchOptions = { ...DEFAULT_SEARCH, ...opts.search, games };
  const found = searchRotations(cs, {
    ...search,
    onGames: (done, total, round) => tick(`fixed plans, round ${round + 1}`, done, total),
  });

  tick('indicators', 0, 1);
  const unread = unreadIndicators(cs);
  tick('indicators', 1, 1);

  const reached = new Set<string>();
  for (const tally of bots.fired.values()) for (const id of tally.keys()) reached.add(id);
  const allEvents = [...cs.scenario.events, ...cs.scenario.randomEvents.events].map((e) => e.id);
  const neverFired = allEvents.filter((id) => !reached.has(id));
  const onHistory = bots.fired.get('historical');
  const neverOnHistoricalPath = allEvents.filter((id) => !onHistory?.has(id));

  const reactions = reactionReach(cs, bots.summaries, bots.reacted);
  const neverFiredReactions = reactions.filter((r) => r.games === 0).map((r) => r.id);

  const byName = new Map(bots.summaries.map((s) => [s.policy, s] as const));
  const order = [
    ...HEADLINE_BOTS,
    ...bots.summaries.map((s) => s.policy).filter((n) => !HEADLINE_BOTS.includes(n as never)),
  ];
  const botFigures: Record<string, BotFigure> = {};
  for (const name of order) {
    const s = byName.get(name);
    if (s) botFigures[name] = botFigure(s);
  }
  const bestRotation = rotationFigure(found.best);
  const targetSet = depthTargetsFor(cs.scenario.id, cs.scenario.calendar.length);
  const figures = {
    bots: botFigures,
    bestRotation,
    events,
    neverFired,
    neverFiredReactions,
    unreadIndicators: unread,
  };
  return {
    scenario: cs.scenario.id,
    title: cs.scenario.title,
    hash: cs.hash,
    turns: cs.scenario.calendar.length,
    games,
    seeds: games > 1 ? `${seeds[0]} … ${seeds.at(-1)}` : (seeds[0] ?? ''),
    bots: botFigures,
    bestRotation,
    rotationSearch: {
      plans: found.plans,
      cards: found.cards,
      maxCards: found.maxCards,
      answerRules: found.answerRules,
      rounds: found.rounds,
      gamesPlayed: found.gamesPlayed,
      finalists: found.finalists.map(rotationFigure),
    },
    events,
    months,
    monthGames: monthSeeds.length,
    neverFired,
    reactions,
    neverFiredReactions,
    neverOnHistoricalPath,
    unreadIndicators: unread,
    targetSet,
    targets: judgeDepth(figures, targetSet),
  };
}
