/**
 * A turn's name in the player's language. In English the scenario's own label is used
 * ("January 2023"); in another language it is built from the turn's dates through Intl,
 * so every calendar reads naturally without each scenario carrying a translation of it.
 */
import type { CompiledScenario } from '../engine';
import { dateRange, INTL_TAGS, locale, longDate, monthYear, TEXT } from './index';

export interface CalendarTurn {
  readonly label: string;
  readonly start: string;
  readonly end: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The month (1–12) when the turn is one whole calendar month, else null. */
export function wholeMonth(t: CalendarTurn): number | null {
  const a = DAY.exec(t.start);
  const b = DAY.exec(t.end);
  if (!a || !b || a[1] !== b[1] || a[2] !== b[2] || a[3] !== '01') return null;
  const last = new Date(Date.UTC(Number(b[1]), Number(b[2]), 0)).getUTCDate();
  return Number(b[3]) === last ? Number(a[2]) : null;
}

/** A label stands alone (a heading, a button): "Tháng 1 năm 2023", not "tháng 1 năm 2023". */
export function calendarLabel(t: CalendarTurn): string {
  if (locale() === 'en') return t.label;
  const text =
    wholeMonth(t) !== null
      ? monthYear(t.start)
      : t.start === t.end
        ? longDate(t.start)
        : dateRange(t.start, t.end);
  return text.charAt(0).toLocaleUpperCase(INTL_TAGS[locale()]) + text.slice(1);
}

/** "Jan" / "T1" under a chart; the turn's number when it is not a whole month. */
export function shortCalendarLabel(t: CalendarTurn | undefined, index: number): string {
  const month = t ? wholeMonth(t) : null;
  return month === null ? String(index + 1) : TEXT.view.monthShort(month);
}

/** The label of turn `turn` (0-based), or "Turn 3" past the calendar's end. */
export function turnLabel(cs: CompiledScenario, turn: number): string {
  const t = cs.scenario.calendar[turn];
  return t ? calendarLabel(t) : TEXT.view.turnFallback(turn + 1);
}
