/**
 * The hedging strategy: values every legal decision by what it promises on
 * paper (its effects, the expected value of its risks, its lean and its
 * cost) against the marginal value of each indicator in the current state,
 * and takes the best. Because the values come from the state, it reassures
 * whichever power is most suspicious or weakest, pulls drift back toward the
 * neutral line and keeps capital when nothing is worth it. Cheap enough to
 * run thousands of rollouts for the advisor.
 */
import type { Outcome } from '../../scenario/schema';
import type { CompiledScenario } from '../compile';
import type { IndicatorKey, PowerId } from '../indicators';
import type { GameAction, GameState } from '../state';
import { type MarginalValue, marginalValue } from './marginal-value';
import { outcomeOf } from './outcome-of';
import type { Policy } from './policy';

/** A card must be worth at least this much more than the capital it costs. */
const PLAY_THRESHOLD = 0.15;
/** Noise added to each value so equal options are picked by the policy's own stream. */
const JITTER = 0.02;

function chanceOf(chance: number | { base: number; per?: object }, state: GameState): number {
  if (typeof chance === 'number') return chance;
  let p = chance.base;
  const per = chance.per as Partial<Record<IndicatorKey, number>> | undefined;
  if (per) for (const k in per) p += (per[k as IndicatorKey] ?? 0) * state.ind[k as IndicatorKey];
  return p < 0 ? 0 : Math.min(p, 1);
}

function deltaValue(mv: MarginalValue, delta: Outcome['delta'], scale: number): number {
  if (!delta) return 0;
  let v = 0;
  for (const k in delta) v += mv.ind[k as IndicatorKey] * (delta[k] ?? 0);
  return v * scale;
}

function leanValue(mv: MarginalValue, lean: Outcome['lean'], scale: number): number {
  if (!lean) return 0;
  let v = 0;
  for (const p in lean) v += mv.lean[p as PowerId] * (lean[p as PowerId] ?? 0);
  return v * scale;
}

export function outcomeValue(mv: MarginalValue, outcome: Outcome, state: GameState): number {
  let v = deltaValue(mv, outcome.delta, 1) + leanValue(mv, outcome.lean, 1);
  if (outcome.risks) {
    for (const risk of outcome.risks) {
      const p = chanceOf(risk.chance, state);
      v += deltaValue(mv, risk.delta, p) + leanValue(mv, risk.lean, p);
    }
  }
  return v;
}

function costOf(cs: CompiledScenario, state: GameState, decision: GameAction): number {
  if (decision.type === 'choose') {
    const choice = cs.events.get(decision.event)?.choices?.find((c) => c.id === decision.choice);
    return choice?.cost ?? 0;
  }
  if (decision.type !== 'play') return 0;
  const action = cs.actions.get(decision.action);
  if (!action) return 0;
  if (!action.costPer) return action.cost;
  let cost = action.cost;
  for (const k in action.costPer) cost += (action.costPer[k] ?? 0) * state.ind[k as IndicatorKey];
  return Math.max(0, Math.round(cost));
}

export function decisionValue(
  cs: CompiledScenario,
  state: GameState,
  mv: MarginalValue,
  decision: GameAction,
): number {
  const outcome = outcomeOf(cs, decision);
  const gain = outcome ? outcomeValue(mv, outcome, state) : 0;
  return gain - costOf(cs, state, decision) * mv.ind['home.capital'];
}

export const bambooPolicy: Policy = {
  name: 'bamboo',
  description:
    'hedges: reassures the most suspicious or weakest partner, keeps drift near 0, spends capital only when it pays',
  choose: (cs, state, legal, rand) => {
    const mv = marginalValue(cs, state);
    let best: GameAction = { type: 'end-turn' };
    let bestValue = state.phase === 'event' ? Number.NEGATIVE_INFINITY : PLAY_THRESHOLD;
    for (const decision of legal) {
      if (decision.type === 'end-turn') continue;
      const value = decisionValue(cs, state, mv, decision) + rand.next() * JITTER;
      if (value > bestValue) {
        best = decision;
        bestValue = value;
      }
    }
    if (state.phase === 'event' && best.type === 'end-turn')
      throw new Error('bamboo: no legal answer to the waiting event');
    return best;
  },
};
