/**
 * Fast simulation for bots, the balance report and the advisor: a game
 * played on a packed state (packed.ts) with `applyPacked`, which runs exactly
 * the rules `apply` runs but in place and without an explanation. The state
 * is packed once per simulated game, so the caller's state is never touched;
 * tests check that both paths reach the same states.
 */
import type { Policy } from './bots/policy';
import type { CompiledScenario } from './compile';
import { applyListed, applyPacked, legalAt } from './game';
import { type Packed, pack, unpack, unpackFinal } from './packed';
import type { RngCursor } from './rng';
import type { GameAction, GameState } from './state';
import type { DecisionTable } from './tables';

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
 * A policy's choice on a packed state, for the built-in policies; `tables`
 * holds each legal decision's table, aligned with `legal`.
 */
export type PackedChoose = (
  cs: CompiledScenario,
  p: Packed,
  legal: readonly GameAction[],
  rand: RngCursor,
  tables: readonly DecisionTable[],
) => GameAction;

const packedChoosers = new WeakMap<Policy, PackedChoose>();

/** Lets simulations ask `policy` on the packed state instead of unpacking it every decision. */
export function registerPacked(policy: Policy, choose: PackedChoose): void {
  packedChoosers.set(policy, choose);
}

/**
 * Plays `policy` from a copy of `state`; returns the final state. A policy
 * without a packed form sees each position unpacked: plain data to read.
 */
export function simulate(
  cs: CompiledScenario,
  state: GameState,
  policy: Policy,
  rand: RngCursor,
  opts: SimOptions = {},
): GameState | null {
  const p = pack(cs, state);
  return simulatePacked(cs, p, policy, rand, opts) ? unpackFinal(p) : null;
}

/** `simulate` in place on a packed state the caller owns; false if `first` was illegal. */
export function simulatePacked(
  cs: CompiledScenario,
  p: Packed,
  policy: Policy,
  rand: RngCursor,
  opts: SimOptions = {},
): boolean {
  if (opts.first && applyPacked(cs, p, opts.first)) return false;
  const lastTurn = opts.lastTurn ?? Number.POSITIVE_INFINITY;
  const choose = packedChoosers.get(policy);
  const onDecision = opts.onDecision;
  // One list for every decision: the built-in policies read it and never keep it.
  const legal: GameAction[] = [];
  const tables: DecisionTable[] = [];
  for (let i = 0; p.phase !== 'over' && p.turn <= lastTurn; i++) {
    if (i >= MAX_SIM_STEPS) throw new Error(`simulation did not end within ${i} decisions`);
    legalAt(cs, p, legal, tables);
    const decision = choose
      ? choose(cs, p, legal, rand, tables)
      : policy.choose(cs, unpack(p), legal.slice(), rand);
    if (onDecision) onDecision(decision, unpack(p));
    const error = applyListed(cs, p, decision, legal, tables);
    if (error) throw new Error(`policy ${policy.name} chose an illegal decision: ${error.message}`);
  }
  return true;
}
