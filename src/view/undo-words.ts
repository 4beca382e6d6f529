/** What the Undo button says about itself: the decision it would take back, or why it cannot. */
import type { CompiledScenario, GameAction } from '../engine';
import { TEXT } from '../i18n';

/**
 * Why the last decision cannot be taken back: none made yet, the turn it was made in has
 * ended, or it drew on chance (undo must never let the dice roll again).
 */
export type UndoBlock = 'nothing' | 'turn-ended' | 'chance';

/** The hint for the last decision `last` (null before any), given why it is blocked, if it is. */
export function undoHint(
  cs: CompiledScenario,
  last: GameAction | null,
  block: UndoBlock | null,
  unit: string,
): string {
  const u = TEXT.view.undo;
  if (block === 'nothing' || !last) return u.nothing;
  if (block === 'turn-ended' || last.type === 'end-turn') return u.turnEnded(unit);
  if (last.type === 'play') {
    const title = cs.actions.get(last.action)?.title ?? last.action;
    return block === 'chance' ? u.chance(title) : u.card(title);
  }
  const event = cs.events.get(last.event);
  const choice = event?.choices?.find((c) => c.id === last.choice)?.label ?? last.choice;
  return block === 'chance' ? u.chance(choice) : u.answer(event?.title ?? last.event, choice);
}
