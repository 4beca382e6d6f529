/**
 * A fixed plan as a bot: play its cards, in the order given, every month
 * they are legal, and answer every event by one fixed rule. Plans run on
 * the engine's fast simulation path (the packed state, no explanations).
 */
import type { CompiledScenario, GameAction, Policy } from '../../engine';
import { registerPacked } from '../../engine/sim';
import { ANSWERS, type AnswerRule } from './answers';

export interface Plan {
  readonly cards: readonly string[];
  readonly answers: AnswerRule;
}

/** Every plan shares one name, so every plan draws the same private stream for a seed. */
export const PLAN_POLICY_NAME = 'fixed-plan';

const END_TURN: GameAction = Object.freeze({ type: 'end-turn' });

export function planLabel(plan: Plan): string {
  return `${plan.cards.length > 0 ? plan.cards.join(' + ') : 'no cards'} / ${plan.answers} answers`;
}

export function planPolicy(plan: Plan): Policy {
  const answer = ANSWERS[plan.answers];
  const cards = plan.cards;
  const choose = (
    cs: CompiledScenario,
    p: Parameters<typeof answer>[1],
    legal: readonly GameAction[],
    rand: Parameters<typeof answer>[3],
  ): GameAction => {
    if (p.phase === 'event') return answer(cs, p, legal, rand);
    for (let c = 0; c < cards.length; c++) {
      const id = cards[c];
      for (let i = 0; i < legal.length; i++) {
        const d = legal[i] as GameAction;
        if (d.type === 'play' && d.action === id) return d;
      }
    }
    return END_TURN;
  };
  const policy: Policy = {
    name: PLAN_POLICY_NAME,
    description: planLabel(plan),
    choose: () => {
      throw new Error('a fixed plan plays on the packed state only');
    },
  };
  registerPacked(policy, choose);
  return policy;
}
