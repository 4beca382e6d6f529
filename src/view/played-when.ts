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
  // The engine keeps the turn of each card's last play for its rest (`action:<id>`).
  const turn = state.lastTurn[`action:${actionId}`];
  const parts = [
    turn !== undefined && turn >= 0 ? W.done(shortTurnName(cs, turn)) : null,
    why.within === 'recently' ? W.rests(why.turnsLeft) : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(W.join) : TEXT.view.blockTag.played;
}
