/**
 * The one-sided strategies of the balance report: they always take the
 * decision that leans furthest toward their chosen side, and play every card
 * that leans that way while capital lasts. They exist to show that being
 * seen to lean is costly.
 */
import type { CompiledScenario } from '../compile';
import type { PowerId } from '../indicators';
import type { RngCursor } from '../rng';
import { registerPacked } from '../sim';
import type { GameAction, Phase } from '../state';
import { leanOf } from './outcome-of';
import type { Policy } from './policy';

/** Which side of the drift axis a policy leans to. */
export type DriftSide = 'negative' | 'positive';
type Side = Readonly<Record<PowerId, number>>;

const sides = new WeakMap<CompiledScenario, Record<DriftSide, Side>>();

/**
 * The powers on each side of the scenario's drift axis, each weighted by how
 * far out it stands (the size of its drift weight): a one-sided player leans
 * hardest toward the side's pole.
 */
function sideOf(cs: CompiledScenario, which: DriftSide): Side {
  let known = sides.get(cs);
  if (!known) {
    const weights = cs.scenario.rules.drift.weights;
    const negative: Record<PowerId, number> = {};
    const positive: Record<PowerId, number> = {};
    for (const p of cs.tables.vocab.powers) {
      const w = weights[p] ?? 0;
      if (w < 0) negative[p] = -w;
      if (w > 0) positive[p] = w;
    }
    known = { negative, positive };
    sides.set(cs, known);
  }
  return known[which];
}

function sideLean(cs: CompiledScenario, decision: GameAction, side: Side): number {
  let total = 0;
  for (const p in side) total += (side[p] ?? 0) * leanOf(cs, decision, p);
  return total;
}

/** The best-leaning decision; ties are broken by the policy's own stream so seeds differ. */
function mostLeaning(
  cs: CompiledScenario,
  legal: readonly GameAction[],
  side: Side,
  rand: RngCursor,
): { decision: GameAction; lean: number } | null {
  let best: GameAction | null = null;
  let bestLean = Number.NEGATIVE_INFINITY;
  let ties = 0;
  for (const decision of legal) {
    if (decision.type === 'end-turn') continue;
    const lean = sideLean(cs, decision, side);
    if (lean > bestLean) {
      best = decision;
      bestLean = lean;
      ties = 1;
    } else if (lean === bestLean) {
      ties++;
      // Reservoir sampling keeps every tied decision equally likely.
      if (rand.next() * ties < 1) best = decision;
    }
  }
  return best ? { decision: best, lean: bestLean } : null;
}

export function oneSidedPolicy(name: string, description: string, which: DriftSide): Policy {
  const choose = (
    cs: CompiledScenario,
    phase: Phase,
    legal: readonly GameAction[],
    rand: RngCursor,
  ): GameAction => {
    const pick = mostLeaning(cs, legal, sideOf(cs, which), rand);
    if (phase === 'event') {
      if (!pick) throw new Error(`${name}: no legal answer to the waiting event`);
      return pick.decision;
    }
    return pick && pick.lean > 0 ? pick.decision : { type: 'end-turn' };
  };
  const policy: Policy = {
    name,
    description,
    choose: (cs, state, legal, rand) => choose(cs, state.phase, legal, rand),
  };
  registerPacked(policy, (cs, p, legal, rand) => choose(cs, p.phase, legal, rand));
  return policy;
}
