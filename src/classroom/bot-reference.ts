/**
 * What the game's own bots do on a class's seed: the game each of the seven
 * bots plays (a file identical to one was not played by a student), and how
 * high the best of them scores (a score far above every bot on the same dice
 * is worth a question: the class code is the seed, so the future can be
 * searched offline).
 *
 * Pure and deterministic: the same scenario and seed always give the same
 * reference, in the browser and on the command line.
 */
import {
  type CompiledScenario,
  hashString,
  POLICIES,
  type Policy,
  playGame,
  score,
} from '../engine';

/** Games per bot for the ceiling: the first is the bot's own game for the seed. */
export const CEILING_SAMPLES = 12;
/** The percentile of a bot's scores that counts as its best ordinary result. */
export const CEILING_PERCENTILE = 0.9;

export interface BotReference {
  /** Decisions hash → the bot that plays exactly those decisions on this seed. */
  readonly games: ReadonlyMap<string, string>;
  /** The best bot's 90th-percentile score on this seed. */
  readonly ceiling: number;
  /** Which bot that ceiling belongs to. */
  readonly ceilingBot: string;
}

/** A decision list's identity: two files with the same key made the same decisions. */
export function decisionsKey(actions: readonly unknown[]): string {
  return hashString(JSON.stringify(actions));
}

/** Nearest-rank percentile of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1] as number;
}

/** The same bot on its k-th random stream (k = 0 is its own game for the seed). */
function sampled(policy: Policy, k: number): Policy {
  return k === 0 ? policy : { ...policy, name: `${policy.name}#${k}` };
}

export function botReference(cs: CompiledScenario, seed: string): BotReference {
  const games = new Map<string, string>();
  let ceiling = Number.NEGATIVE_INFINITY;
  let ceilingBot = '';
  for (const name of Object.keys(POLICIES)) {
    const policy = POLICIES[name] as Policy;
    const scores: number[] = [];
    for (let k = 0; k < CEILING_SAMPLES; k++) {
      const game = playGame(cs, seed, sampled(policy, k), { record: k === 0 });
      if (k === 0) games.set(decisionsKey(game.actions), name);
      scores.push(score(cs, game.state).total);
    }
    const p90 = percentile(scores, CEILING_PERCENTILE);
    if (p90 > ceiling) {
      ceiling = p90;
      ceilingBot = name;
    }
  }
  return { games, ceiling, ceilingBot };
}

const CACHE_SEEDS = 64;
const cache = new WeakMap<CompiledScenario, Map<string, BotReference>>();

/** The reference, computed once per scenario and seed (a class has one seed). */
export function cachedBotReference(cs: CompiledScenario, seed: string): BotReference {
  let bySeed = cache.get(cs);
  if (!bySeed) {
    bySeed = new Map();
    cache.set(cs, bySeed);
  }
  const hit = bySeed.get(seed);
  if (hit) return hit;
  const ref = botReference(cs, seed);
  if (bySeed.size >= CACHE_SEEDS) bySeed.delete(bySeed.keys().next().value as string);
  bySeed.set(seed, ref);
  return ref;
}
