/**
 * The hedging strategy: values every legal decision by what it promises on
 * paper (its effects, the expected value of its risks, its lean and its
 * cost) against the marginal value of each indicator in the current state,
 * and takes the best. Because the values come from the state, it reassures
 * whichever power is most suspicious or weakest, pulls drift back toward the
 * neutral line and keeps capital when nothing is worth it. Cheap enough to
 * run thousands of rollouts for the advisor: it reads the packed state and
 * the scenario's flat tables (a GameState is packed first).
 */
import type { CompiledScenario } from '../compile';
import { costAt, END_TURN } from '../game';
import { type Packed, pack } from '../packed';
import type { RngCursor } from '../rng';
import { registerPacked } from '../sim';
import type { GameAction } from '../state';
import { type Amounts, chanceAt, type DecisionTable, type OutcomeTable } from '../tables';
import { type MarginalValue, marginalValue } from './marginal-value';
import { tableOf } from './outcome-of';
import type { Policy } from './policy';

/** A card must be worth at least this much more than the capital it costs. */
export const PLAY_THRESHOLD = 0.15;
/** Noise added to each value so equal options are picked by the policy's own stream. */
export const JITTER = 0.02;

/** Sums in the order the scenario wrote the amounts, then scales (as the bot always has). */
function amountsValue(weights: Float64Array, amounts: Amounts, scale: number): number {
  const { at, by } = amounts;
  if (at.length === 0) return 0;
  let v = 0;
  for (let i = 0; i < at.length; i++) v += (weights[at[i] as number] as number) * (by[i] as number);
  return v * scale;
}

export function outcomeValue(mv: MarginalValue, outcome: OutcomeTable, p: Packed): number {
  let v = amountsValue(mv.ind, outcome.delta, 1) + amountsValue(mv.lean, outcome.lean, 1);
  const risks = outcome.risks;
  for (let i = 0; i < risks.length; i++) {
    const risk = risks[i] as OutcomeTable['risks'][number];
    const chance = chanceAt(risk, p);
    v += amountsValue(mv.ind, risk.delta, chance) + amountsValue(mv.lean, risk.lean, chance);
  }
  return v;
}

/** What a decision is worth on paper, by its table (null, a decision without one: 0). */
export function decisionValue(p: Packed, mv: MarginalValue, t: DecisionTable): number {
  if (!t) return 0;
  return outcomeValue(mv, t.effects, p) - costAt(t, p) * (mv.ind[p.layout.vocab.capital] as number);
}

function chooseAt(
  cs: CompiledScenario,
  p: Packed,
  legal: readonly GameAction[],
  rand: RngCursor,
  tables: readonly DecisionTable[],
): GameAction {
  // Only ending the turn is left (no capital, say): nothing to weigh.
  if (legal.length === 1 && legal[0]?.type === 'end-turn') return END_TURN;
  const mv = marginalValue(cs, p);
  const ind = mv.ind;
  const lean = mv.lean;
  const capital = ind[p.layout.vocab.capital] as number;
  let best = END_TURN;
  let bestValue = p.phase === 'event' ? Number.NEGATIVE_INFINITY : PLAY_THRESHOLD;
  for (let i = 0; i < legal.length; i++) {
    const decision = legal[i] as GameAction;
    if (decision.type === 'end-turn') continue;
    const t = tables[i] ?? null;
    // decisionValue written out, the same sums in the same order: a call that
    // returns a fraction boxes it on the heap, and this runs for every option
    // of every decision of every rollout.
    let worth = 0;
    if (t) {
      const effects = t.effects;
      worth = amountsValue(ind, effects.delta, 1) + amountsValue(lean, effects.lean, 1);
      const risks = effects.risks;
      for (let k = 0; k < risks.length; k++) {
        const risk = risks[k] as OutcomeTable['risks'][number];
        const chance = chanceAt(risk, p);
        worth += amountsValue(ind, risk.delta, chance) + amountsValue(lean, risk.lean, chance);
      }
      worth -= costAt(t, p) * capital;
    }
    const value = worth + rand.next() * JITTER;
    if (value > bestValue) {
      best = decision;
      bestValue = value;
    }
  }
  if (p.phase === 'event' && best.type === 'end-turn')
    throw new Error('bamboo: no legal answer to the waiting event');
  return best;
}

export const bambooPolicy: Policy = {
  name: 'bamboo',
  description:
    'hedges: reassures the most suspicious or weakest partner, keeps drift near 0, spends capital only when it pays',
  choose: (cs, state, legal, rand) =>
    chooseAt(
      cs,
      pack(cs, state),
      legal,
      rand,
      legal.map((d) => tableOf(cs, d) ?? null),
    ),
};
registerPacked(bambooPolicy, chooseAt);
