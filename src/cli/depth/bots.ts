/**
 * The bots' side of the depth report: every bot on the shared seeds, with
 * its score spread and share of "master" endings, and which events and
 * reactions each game reached (for the events table and the never-fired lists).
 */
import { type CompiledScenario, POLICIES, type Policy } from '../../engine';
import { type Spread, spreadOf } from '../balance/run';
import { finalState, firedEvents, firedReactions, resultOf, round, seedList } from './games';

export interface BotSummary {
  readonly policy: string;
  readonly games: number;
  readonly score: Spread;
  readonly masterShare: number;
}

export interface BotRuns {
  readonly summaries: readonly BotSummary[];
  /** Per bot: per event id, the number of games in which it fired. */
  readonly fired: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Per bot: per reaction (`power/id`), the number of games in which it happened. */
  readonly reacted: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** The bots the report names first; every other registered bot still counts for reach. */
export const HEADLINE_BOTS = ['lookahead', 'bamboo', 'historical', 'random'] as const;

export function runBots(
  cs: CompiledScenario,
  games: number,
  lookaheadGames: number,
  onGame?: (policy: string) => void,
): BotRuns {
  const names = [...HEADLINE_BOTS, ...Object.keys(POLICIES).filter((n) => !isHeadline(n))];
  const summaries: BotSummary[] = [];
  const fired = new Map<string, Map<string, number>>();
  const reacted = new Map<string, Map<string, number>>();
  for (const name of names) {
    const policy = POLICIES[name] as Policy;
    const seeds = seedList(name === 'lookahead' ? Math.min(games, lookaheadGames) : games);
    const scores: number[] = [];
    let masters = 0;
    const tally = new Map<string, number>();
    const reactions = new Map<string, number>();
    for (const seed of seeds) {
      const end = finalState(cs, seed, policy);
      const r = resultOf(end);
      scores.push(r.score);
      if (r.master) masters++;
      for (const id of firedEvents(end)) tally.set(id, (tally.get(id) ?? 0) + 1);
      for (const id of firedReactions(end)) reactions.set(id, (reactions.get(id) ?? 0) + 1);
      onGame?.(name);
    }
    fired.set(name, tally);
    reacted.set(name, reactions);
    summaries.push({
      policy: name,
      games: seeds.length,
      score: spreadOf(scores),
      masterShare: round(masters / seeds.length, 3),
    });
  }
  return { summaries, fired, reacted };
}

function isHeadline(name: string): boolean {
  return (HEADLINE_BOTS as readonly string[]).includes(name);
}

/** How many games `runBots` plays (for progress). */
export function botGames(games: number, lookaheadGames: number): number {
  const others = Object.keys(POLICIES).filter((n) => n !== 'lookahead').length;
  return others * games + Math.min(games, lookaheadGames);
}
