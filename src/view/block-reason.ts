/**
 * Why a card or a choice cannot be taken, in the player's words. The engine's
 * own messages name things by id for developers; screens say it this way.
 */
import type { ApplyError } from '../engine';
import { TEXT } from '../i18n';

const B = TEXT.view.block;

export function blockReason(
  error: ApplyError | null,
  cost: number,
  capital: number,
  unmet: readonly string[] = [],
): string | null {
  if (!error) return null;
  switch (error.code) {
    case 'already-played':
      return /once a game/.test(error.message) ? B.onceAGame : B.thisMonth;
    case 'too-expensive':
      return B.tooExpensive(cost, capital);
    case 'not-allowed':
      return unmet.length > 0 ? B.unmet(unmet.join(TEXT.view.conditions.join)) : B.notAllowed;
    case 'wrong-phase':
    case 'not-pending':
      return B.answerFirst;
    case 'game-over':
      return B.over;
    default:
      return error.message;
  }
}
