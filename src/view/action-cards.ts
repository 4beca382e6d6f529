/**
 * The action cards as the game screen lists them: every action, in the scenario's own order
 * (grouped by its author). The order never depends on the state, so a card keeps its place
 * after every play and the player's eye and keyboard find it where it was.
 */
import { actionCost, type CompiledScenario, type GameState, whyNotPlay } from '../engine';
import { blockReason } from './block-reason';
import { unmetConditions } from './condition-text';
import { CATEGORY_LABELS } from './labels';
import { turnUnitOf } from './turn-unit';

export interface ActionCardView {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly category: string;
  readonly categoryLabel: string;
  readonly cost: number;
  /** Why it cannot be played now, or null when it can. */
  readonly blocked: string | null;
}

export function actionCards(cs: CompiledScenario, state: GameState): ActionCardView[] {
  return cs.scenario.actions.map((action) => {
    const cost = actionCost(cs, action, state);
    return {
      id: action.id,
      title: action.title,
      text: action.text,
      category: action.category,
      categoryLabel: CATEGORY_LABELS[action.category] ?? action.category,
      cost,
      blocked: blockReason(
        whyNotPlay(cs, state, action),
        unmetConditions(cs, state, action.requires),
        turnUnitOf(cs),
      ),
    };
  });
}
