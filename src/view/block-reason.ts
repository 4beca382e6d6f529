/**
 * Why a card or a choice cannot be taken, in the player's words. The engine's
 * own messages name things by id for developers; screens say it this way.
 */
import type { ApplyError } from '../engine';
import { TEXT } from '../i18n';
import type { TurnUnit } from './turn-unit';

const B = TEXT.view.block;

/** By the error's code and values, never by its developer message. */
export function blockReason(
  error: ApplyError | null,
  unmet: readonly string[] = [],
  unit: TurnUnit = 'month',
  /** At most this many conditions are listed, then how many more (a card's tooltip). */
  limit = Number.POSITIVE_INFINITY,
  /** For a card played before, the turn it was played in a word ("Jan"; played-when.ts). */
  played: string | null = null,
): string | null {
  if (!error) return null;
  const P = TEXT.view.playedWhen;
  switch (error.code) {
    case 'already-played':
      if (error.within === 'recently')
        return played ? P.resting(played, error.turnsLeft) : B.resting(error.turnsLeft);
      if (error.within === 'game') return played ? P.onceAGame(played) : B.onceAGame;
      return B.thisTurn(TEXT.units.word[unit]);
    case 'not-dealt':
      return B.notDealt(TEXT.units.word[unit]);
    case 'too-expensive':
      return B.tooExpensive(error.cost, error.capital);
    case 'not-allowed':
      if (unmet.length === 0) return B.notAllowed;
      return B.unmet(
        unmet.length > limit
          ? [...unmet.slice(0, limit), TEXT.view.conditions.more(unmet.length - limit)].join(
              TEXT.view.conditions.join,
            )
          : unmet.join(TEXT.view.conditions.join),
      );
    case 'wrong-phase':
    case 'not-pending':
      return B.answerFirst;
    case 'game-over':
      return B.over;
    case 'unknown-action':
    case 'unknown-event':
    case 'unknown-choice':
    case 'malformed':
      return B.notAllowed;
    default: {
      const unhandled: never = error;
      return unhandled;
    }
  }
}

/**
 * A short tag for a blocked card, beside its cost: "played", "not dealt", "locked"; null when
 * the only reason is the price (the card shows its cost struck out) or nothing blocks it. A
 * card's own play is told with its date by `playedTag` (played-when.ts), which needs the state.
 */
export function blockTag(error: ApplyError | null): string | null {
  if (!error) return null;
  const T = TEXT.view.blockTag;
  switch (error.code) {
    // The price, or the game being over: nothing about the card itself.
    case 'too-expensive':
    case 'not-pending':
      return null;
    case 'game-over':
      return T.over;
    // An event waits: the card is fine, the moment is not; a struck-out price would read as
    // "too dear".
    case 'wrong-phase':
      return T.eventFirst;
    case 'already-played':
      return T.played;
    case 'not-dealt':
      return T.notDealt;
    default:
      return T.locked;
  }
}

/**
 * The line a preview shows for a blocked decision: the screen's lead-in ("Not possible now: "),
 * then the reason, which carries none of its own.
 */
export function blockedLine(reason: string): string {
  return `${TEXT.game.preview.blocked}${reason}`;
}

/** A choice's label, with what closed it on a second line when it is closed (greyed, it says why). */
export function closedLabel(label: string, blocked: string | null): string {
  return blocked ? `${label}\n${blockedLine(blocked)}` : label;
}
