/**
 * When a card already played was played, and how long it still rests, for its face: "done in
 * Jan · rests 2" ("đã làm T1 · nghỉ 2"). A grey card that said only "played" left the player
 * to remember when, and so when it would come back.
 */
import type { ApplyError, CompiledScenario, GameState } from '../engine';
import { TEXT } from '../i18n';
import { wholeMonth } from '../i18n/turn-label';
import { turnUnitOf } from './turn-unit';

/**
 * A turn in a word or two: the month's short name when the turn is a whole month ("Jan",
 * "T1"), else the scenario's unit and number ("fortnight 3"), as the top bar counts them.
 */
export function shortTurnName(cs: CompiledScenario, turn: number): string {
  const t = cs.scenario.calendar[turn];
  const month = t ? wholeMonth(t) : null;
  if (month !== null) return TEXT.view.monthShort(month);
  return TEXT.view.playedWhen.turn(TEXT.units.word[turnUnitOf(cs)], turn + 1);
}

/** The turn a card was last played, in a word or two ("Jan"), or null when it never was. */
export function playedTurnName(
  cs: CompiledScenario,
  state: GameState,
  actionId: string,
): string | null {
  // The engine keeps the turn of each card's last play for its rest (`action:<id>`).
  const turn = state.lastTurn[`action:${actionId}`];
  return turn !== undefined && turn >= 0 ? shortTurnName(cs, turn) : null;
}

/**
 * The face's tag of a card its own play blocks (this turn, once a game, or resting): when it
 * was played and, while it rests, the turns left. Null when something else blocks it, or
 * nothing does.
 */
export function playedTag(
  cs: CompiledScenario,
  state: GameState,
  actionId: string,
  why: ApplyError | null,
): string | null {
  if (why?.code !== 'already-played') return null;
  const W = TEXT.view.playedWhen;
  const when = playedTurnName(cs, state, actionId);
  const parts = [
    when !== null ? W.done(when) : null,
    why.within === 'recently' ? W.rests(why.turnsLeft) : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(W.join) : TEXT.view.blockTag.played;
}

/**
 * The tag for a face too narrow for the whole of it (a phone's card, a fortnight's long name):
 * the turns it still rests, what the player plans by. Null when it does not rest.
 */
export function playedTagShort(why: ApplyError | null): string | null {
  return why?.code === 'already-played' && why.within === 'recently'
    ? TEXT.view.playedWhen.rests(why.turnsLeft)
    : null;
}
