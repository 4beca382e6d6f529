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

/**
 * The valuations below leave their results here rather than return them: a
 * helper V8 does not inline returns a fraction in a fresh heap number, and
 * these run for every option of every decision of every rollout (they were
 * a fifth of what the advisor allocated). Slots 0 and 1 hold the two sums of
 * a step, slot 2 an outcome's value. A valuation never nests in another.
 */
const scratch = new Float64Array(3);

/** Sums in the order the scenario wrote the amounts, then scales (as the bot always has), into `scratch[slot]`. */
function amountsInto(slot: number, weights: Float64Array, amounts: Amounts, scale: number): void {
  const { at, by } = amounts;
  if (at.length === 0) {
    scratch[slot] = 0;
    return;
  }
  let v = 0;
  for (let i = 0; i < at.length; i++) v += (weights[at[i] as number] as number) * (by[i] as number);
  scratch[slot] = v * scale;
}

/** `outcomeValue`, left in `scratch[2]`. */
function outcomeValueInto(mv: MarginalValue, outcome: OutcomeTable, p: Packed): void {
  amountsInto(0, mv.ind, outcome.delta, 1);
  amountsInto(1, mv.lean, outcome.lean, 1);
  let v = (scratch[0] as number) + (scratch[1] as number);
  const risks = outcome.risks;
  for (let i = 0; i < risks.length; i++) {
    const risk = risks[i] as OutcomeTable['risks'][number];
    // A fixed chance is read here, not through chanceAt: a call would box it.
    const chance = risk.chance ?? chanceAt(risk, p);
    amountsInto(0, mv.ind, risk.delta, chance);
    amountsInto(1, mv.lean, risk.lean, chance);
    v += (scratch[0] as number) + (scratch[1] as number);
  }
  scratch[2] = v;
}

export function outcomeValue(mv: MarginalValue, outcome: OutcomeTable, p: Packed): number {
  outcomeValueInto(mv, outcome, p);
  return scratch[2] as number;
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
  const capital = mv.ind[p.layout.vocab.capital] as number;
  let best = END_TURN;
  let bestValue = p.phase === 'event' ? Number.NEGATIVE_INFINITY : PLAY_THRESHOLD;
  for (let i = 0; i < legal.length; i++) {
    const decision = legal[i] as GameAction;
    if (decision.type === 'end-turn') continue;
    const t = tables[i] ?? null;
    // decisionValue's sums in its order, without the fraction it would return boxed.
    let worth = 0;
    if (t) {
      outcomeValueInto(mv, t.effects, p);
      worth = (scratch[2] as number) - costAt(t, p) * capital;
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
