/** What the event dialog shows: the event, where and when, its sources and its disputes. */
import type { CompiledScenario } from '../engine';
import { longDate, shortCitation } from './citation';

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
}

export function eventCard(cs: CompiledScenario, eventId: string): EventCardView | null {
  const ev = cs.events.get(eventId);
  if (!ev) return null;
  const date = 'date' in ev && typeof ev.date === 'string' ? longDate(ev.date) : null;
  return {
    id: ev.id,
    title: ev.title,
    date,
    place: ev.place?.name ?? null,
    text: ev.text,
    sources: (ev.sources ?? []).map(shortCitation),
    whatIf: 'whatIf' in ev && ev.whatIf === true,
    disputes: ev.disputes ?? [],
    choices: (ev.choices ?? []).map((c) => ({ id: c.id, label: c.label })),
  };
}
