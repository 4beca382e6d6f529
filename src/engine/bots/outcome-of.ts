/** What a decision promises on paper: the outcome and cost written in the scenario, before any roll. */

import type { CompiledScenario } from '../compile';
import type { PowerId } from '../indicators';
import type { Outcome } from '../scenario';
import type { GameAction } from '../state';
import type { ActionTable, ChoiceTable } from '../tables';

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

/**
 * The table behind a decision: found by identity for the decision objects
 * the engine hands out (legal lists), by id for any other.
 */
export function tableOf(
  cs: CompiledScenario,
  decision: GameAction,
): ActionTable | ChoiceTable | undefined {
  const known = cs.tables.byDecision.get(decision);
  if (known) return known;
  switch (decision.type) {
    case 'play': {
      const i = cs.tables.layout.actionIndex.get(decision.action);
      return i === undefined ? undefined : cs.tables.actions[i];
    }
    case 'choose':
      return cs.tables.events
        .get(decision.event)
        ?.choices.find((c) => c.choice.id === decision.choice);
    case 'end-turn':
      return undefined;
    default: {
      const _exhaustive: never = decision;
      return _exhaustive;
    }
  }
}
