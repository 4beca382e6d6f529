/**
 * Why a card or a choice cannot be taken, in the player's words. The engine's
 * own messages name things by id for developers; screens say it this way.
 */
import type { ApplyError } from '../engine';

export function blockReason(
  error: ApplyError | null,
  cost: number,
  capital: number,
  unmet: readonly string[] = [],
): string | null {
  if (!error) return null;
  switch (error.code) {
    case 'already-played':
      return /once a game/.test(error.message)
        ? 'Already used: only once a game.'
        : 'Already played this month.';
    case 'too-expensive':
      return `Costs ${cost} political capital; you have ${capital}.`;
    case 'not-allowed':
      return unmet.length > 0
        ? `Not available now: ${unmet.join('; ')}.`
        : 'Not available now: its conditions (date, tier or situation) do not hold.';
    case 'wrong-phase':
    case 'not-pending':
      return 'Answer the waiting event first.';
    case 'game-over':
      return 'The game is over.';
    default:
      return error.message;
  }
}
