/** The game screen's status line: where in the year the player is and how it is going. */
import { type CompiledScenario, type GameState, score } from '../engine';
import { calendarLabel } from '../i18n/turn-label';
import { type TurnUnit, turnUnitOf } from './turn-unit';

export interface StatusView {
  readonly month: string;
  /** 1-based, for people. */
  readonly turn: number;
  readonly turns: number;
  readonly capital: number;
  readonly score: number;
  readonly phase: GameState['phase'];
  /** What a turn is called: month, fortnight or week. */
  readonly unit: TurnUnit;
}

export function status(cs: CompiledScenario, state: GameState): StatusView {
  const { calendar } = cs.scenario;
  const turn = Math.min(state.turn, calendar.length - 1);
  return {
    month: calendar[turn] ? calendarLabel(calendar[turn]) : '',
    turn: turn + 1,
    turns: calendar.length,
    unit: turnUnitOf(cs),
    capital: state.ind['home.capital'],
    score: state.ending?.score.total ?? score(cs, state).total,
    phase: state.phase,
  };
}
