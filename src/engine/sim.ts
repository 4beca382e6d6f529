/**
 * Fast simulation for bots, the balance report and the advisor: a game
 * played on a private, mutable copy of the state with `applyOwned`, which runs
 * exactly the rules `apply` runs but writes in place and records no
 * explanation. The copy is made once per simulated game, so the caller's
 * state is never touched; tests check that both paths reach the same hashes.
 */
export { ownedCopy } from './owned';

import type { Policy } from './bots/policy';
import type { CompiledScenario } from './compile';
import { applyOwned, legalActions } from './game';
import { ownedCopy } from './owned';
import type { RngCursor } from './rng';
import type { GameAction, GameState } from './state';

/** A guard against a policy that never ends a turn (mirrors play.ts). */
const MAX_SIM_STEPS = 10_000;

export interface SimOptions {
  /** Apply this decision first (null is returned if it is illegal). */
  readonly first?: GameAction;
  /** Stop once this turn has ended (default: play to the end). */
  readonly lastTurn?: number;
  /** Called with each decision before it is applied (for tallies). */
  readonly onDecision?: (decision: GameAction, state: GameState) => void;
}

/**
 * Plays `policy` from a copy of `state`; returns the final copy. The policy
 * sees the owned copy: plain data to read, but not to keep.
 */
export function simulate(
  cs: CompiledScenario,
  state: GameState,
  policy: Policy,
  rand: RngCursor,
  opts: SimOptions = {},
): GameState | null {
  const s = ownedCopy(state);
  if (opts.first && applyOwned(cs, s, opts.first)) return null;
  const lastTurn = opts.lastTurn ?? Number.POSITIVE_INFINITY;
  for (let i = 0; s.phase !== 'over' && s.turn <= lastTurn; i++) {
    if (i >= MAX_SIM_STEPS) throw new Error(`simulation did not end within ${i} decisions`);
    const decision = policy.choose(cs, s, legalActions(cs, s), rand);
    opts.onDecision?.(decision, s);
    const error = applyOwned(cs, s, decision);
    if (error) throw new Error(`policy ${policy.name} chose an illegal decision: ${error.message}`);
  }
  return s;
}
