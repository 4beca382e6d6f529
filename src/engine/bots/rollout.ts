/**
 * Playing ahead from a state on a private copy of the dice: the simulation
 * bots and the advisor see the future a game might have, never the one the
 * real game's random stream holds.
 */
import type { CompiledScenario } from '../compile';
import { apply, legalActions } from '../game';
import type { RngCursor, RngState } from '../rng';
import type { GameAction, GameState } from '../state';
import type { Policy } from './policy';

/** A guard against a policy that never ends a turn (mirrors play.ts). */
const MAX_ROLLOUT_STEPS = 10_000;

/** A fresh Alea state drawn from another stream: three uniform fractions and the usual carry. */
export function rngFrom(rand: RngCursor): RngState {
  return { c: 1, s0: rand.next(), s1: rand.next(), s2: rand.next() };
}

/** The same state with its dice replaced: what happens next no longer follows the real game. */
export function reseeded(state: GameState, rng: RngState): GameState {
  return { ...state, rng };
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
  let s = state;
  if (first) {
    const r = apply(cs, s, first);
    if (!r.ok) return null;
    s = r.state;
  }
  for (let i = 0; s.phase !== 'over' && s.turn <= lastTurn; i++) {
    if (i >= MAX_ROLLOUT_STEPS) throw new Error(`rollout did not end within ${i} decisions`);
    const decision = policy.choose(cs, s, legalActions(cs, s), rand);
    const r = apply(cs, s, decision);
    if (!r.ok)
      throw new Error(`policy ${policy.name} chose an illegal decision: ${r.error.message}`);
    s = r.state;
  }
  return s;
}
