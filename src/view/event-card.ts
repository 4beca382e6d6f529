/** What the event dialog shows: the event, where and when, its sources and its disputes. */
import { type CompiledScenario, eventWords, type GameState } from '../engine';
import { TEXT } from '../i18n';
import { longDate, shortCitation } from './citation';
import { redLinesCrossedLine } from './red-lines';

/** Dates in the player's language, through Intl: "12 December 2023", "12 tháng 12, 2023". */
export { longDate } from './citation';

export interface EventCardView {
  readonly id: string;
  readonly title: string;
  readonly date: string | null;
  readonly place: string | null;
  readonly text: string;
  /** "Reuters, 12 December 2023". */
  readonly sources: readonly string[];
  /** An invented event, not a claim about the record: the dialog labels it. */
  readonly whatIf: boolean;
  readonly disputes: readonly {
    readonly question: string;
    readonly views: readonly { readonly view: string; readonly heldBy: string }[];
  }[];
  readonly choices: readonly { readonly id: string; readonly label: string }[];
  /** For an event a crossed red line brings on: which lines stand crossed, named; else null. */
  readonly redLines: string | null;
}

/**
 * `state`, when given, tells a random event that has already happened this game: it is then
 * introduced as a recurrence, so the same words never read as if nothing had come before.
 */
export function eventCard(
  cs: CompiledScenario,
  eventId: string,
  state?: GameState,
): EventCardView | null {
  const ev = cs.events.get(eventId);
  if (!ev) return null;
  const date = 'date' in ev && typeof ev.date === 'string' ? longDate(ev.date) : null;
  // The engine counts every event it fires, scheduled or random, as `event:<id>`.
  const times = state?.counts[`event:${ev.id}`] ?? 0;
  // A repeat with words of its own reads as news; one without is introduced as a recurrence.
  const words = eventWords(ev, times);
  const again = times >= 2 && !words.variant;
  return {
    id: ev.id,
    title: again ? TEXT.view.again(words.title) : words.title,
    date,
    place: words.place?.name ?? null,
    text: again ? `${TEXT.view.againText(times)} ${words.text}` : words.text,
    sources: eventSources(words.sources, cardDay(cs, ev, state)),
    whatIf: 'whatIf' in ev && ev.whatIf === true,
    disputes: ev.disputes ?? [],
    choices: (ev.choices ?? []).map((c) => ({ id: c.id, label: c.label })),
    redLines: state && 'when' in ev ? redLinesCrossedLine(cs, ev.when, state) : null,
  };
}

/**
 * The day a card stands on, for its sources: the event's own date; for a random event (it has
 * none), the last day of the month it came in, so a report from months later says so too.
 */
function cardDay(
  cs: CompiledScenario,
  ev: NonNullable<ReturnType<CompiledScenario['events']['get']>>,
  state: GameState | undefined,
): string | null {
  if ('date' in ev && typeof ev.date === 'string') return ev.date;
  return state ? (cs.scenario.calendar[state.turn]?.end ?? null) : null;
}

/**
 * The event's sources, those written at the time first. A report dated after the event (a
 * later article that recounts it) says so: the card opens on the event's day, and a date
 * weeks ahead would otherwise read as news from the future.
 */
export function eventSources(
  sources: readonly Parameters<typeof shortCitation>[0][],
  eventDate: string | null,
): string[] {
  const later = (s: { date: string }) => eventDate !== null && s.date.slice(0, 10) > eventDate;
  return [...sources.filter((s) => !later(s)), ...sources.filter(later)].map((s) =>
    later(s) ? TEXT.view.laterReport(shortCitation(s)) : shortCitation(s),
  );
}
