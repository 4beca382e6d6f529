/**
 * Playing ahead from a state on a private copy of the dice: the simulation
 * bots and the advisor see the future a game might have, never the one the
 * real game's random stream holds.
 */
import type { CompiledScenario } from '../compile';
import type { RngCursor, RngState } from '../rng';
import { simulate } from '../sim';
import type { GameAction, GameState } from '../state';
import type { Policy } from './policy';

/** A fresh Alea state drawn from another stream: three uniform fractions and the usual carry. */
export function rngFrom(rand: RngCursor): RngState {
  return { c: 1, s0: rand.next(), s1: rand.next(), s2: rand.next() };
}

/**
 * Plays `policy` from `state` until the game ends or `lastTurn` is done,
 * starting with `first` when given. Returns null if `first` is illegal.
 */
export function rollout(
  cs: CompiledScenario,
  state: GameState,
  policy: Policy,
  rand: RngCursor,
  first?: GameAction,
  lastTurn = Number.POSITIVE_INFINITY,
): GameState | null {
  return simulate(cs, state, policy, rand, first ? { first, lastTurn } : { lastTurn });
}
