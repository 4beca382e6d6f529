/** What a decision promises on paper: the outcome and cost written in the scenario, before any roll. */
import type { Outcome } from '../../scenario/schema';
import type { CompiledScenario } from '../compile';
import type { PowerId } from '../indicators';
import type { GameAction } from '../state';

export function outcomeOf(cs: CompiledScenario, decision: GameAction): Outcome | undefined {
  switch (decision.type) {
    case 'play':
      return cs.actions.get(decision.action)?.effects;
    case 'choose':
      return cs.events.get(decision.event)?.choices?.find((c) => c.id === decision.choice)?.effects;
    case 'end-turn':
      return undefined;
    default: {
      const _exhaustive: never = decision;
      return _exhaustive;
    }
  }
}

/** The lean a decision signals toward one power (0 when it says nothing). */
export function leanOf(cs: CompiledScenario, decision: GameAction, power: PowerId): number {
  return outcomeOf(cs, decision)?.lean?.[power] ?? 0;
}
