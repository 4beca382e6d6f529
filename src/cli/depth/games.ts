/**
 * Seeded games for the depth report: one seed list shared by every bot and
 * every plan (common random numbers: plans are compared on the same dice),
 * played on the engine's fast path.
 */
import { type CompiledScenario, type GameState, type Policy, playGame } from '../../engine';

export function depthSeed(index: number): string {
  return `depth-${index}`;
}

export function seedList(count: number, from = 0): string[] {
  return Array.from({ length: count }, (_, i) => depthSeed(from + i));
}

export interface GameResult {
  readonly score: number;
  readonly master: boolean;
}

/** Plays one game and returns its final state (the policy's stream follows from seed and name). */
export function finalState(cs: CompiledScenario, seed: string, policy: Policy): GameState {
  const end = playGame(cs, seed, policy, { record: false }).state;
  if (!end.ending) throw new Error(`${policy.name} did not finish game ${seed}`);
  return end;
}

export function resultOf(end: GameState): GameResult {
  return { score: end.ending?.score.total ?? 0, master: end.ending?.outcome === 'master' };
}

/** The ids of the events (scheduled and random) that fired at least once in a finished game. */
export function firedEvents(end: GameState): string[] {
  const out: string[] = [];
  for (const [key, n] of Object.entries(end.counts))
    if (n > 0 && key.startsWith('event:')) out.push(key.slice('event:'.length));
  return out;
}

/** The reactions (`power/id`) that happened at least once in a finished game. */
export function firedReactions(end: GameState): string[] {
  const out: string[] = [];
  for (const [key, n] of Object.entries(end.counts))
    if (n > 0 && key.startsWith('reaction:')) out.push(key.slice('reaction:'.length));
  return out;
}

export const mean = (xs: readonly number[]): number =>
  xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
