/**
 * The teachers' sources page for one scenario: every source cited, once, with
 * what it was used for (the events that cite it and the notes attached), the
 * invented events, and where the sources disagree. Built from scenario data
 * alone, so docs/sources.md and the game never drift apart.
 */
import type { Scenario, Source } from '../scenario/schema';
import { fullCitation, longDate } from './citation';

export interface SourceEntry {
  /** Publication, date and title as one line. */
  readonly citation: string;
  readonly url: string | null;
  readonly publication: string;
  readonly date: string;
  /** Each event that cites it: "12 December 2023 · Xi Jinping in Hà Nội", or "random event · …". */
  readonly usedFor: readonly string[];
  /** What the authors noted about it, each note once. */
  readonly notes: readonly string[];
}

export interface DisputeEntry {
  readonly event: string;
  readonly question: string;
  readonly views: readonly { readonly view: string; readonly heldBy: string }[];
}

export interface SourcesPage {
  readonly scenarioId: string;
  readonly title: string;
  readonly sources: readonly SourceEntry[];
  /** Invented events, each "title: text". */
  readonly whatIfs: readonly string[];
  readonly disputes: readonly DisputeEntry[];
}

type AnyEvent = Scenario['events'][number] | Scenario['randomEvents']['events'][number];

function eventLabel(ev: AnyEvent): string {
  return 'date' in ev ? `${longDate(ev.date)} · ${ev.title}` : `random event · ${ev.title}`;
}

/** The same source cited by several events counts once: same outlet, date, title and address. */
function sourceKey(s: Source): string {
  return [s.publication, s.date, s.title ?? '', s.url ?? ''].join('\u0000');
}

export function sourcesPage(s: Scenario): SourcesPage {
  const events: AnyEvent[] = [
    ...[...s.events].sort((a, b) => a.date.localeCompare(b.date)),
    ...s.randomEvents.events,
  ];
  const byKey = new Map<string, { source: Source; usedFor: string[]; notes: string[] }>();
  const cite = (src: Source, label: string) => {
    const key = sourceKey(src);
    const entry = byKey.get(key) ?? { source: src, usedFor: [], notes: [] };
    if (!entry.usedFor.includes(label)) entry.usedFor.push(label);
    if (src.note && !entry.notes.includes(src.note)) entry.notes.push(src.note);
    byKey.set(key, entry);
  };
  for (const ev of events) {
    for (const src of ev.sources ?? []) cite(src, eventLabel(ev));
    // A repeat's own sources are listed under the words they back.
    for (const v of 'variants' in ev ? (ev.variants ?? []) : [])
      for (const src of v.sources ?? []) cite(src, `random event, repeat · ${v.title}`);
  }
  const sources = [...byKey.values()]
    .map(({ source, usedFor, notes }) => ({
      citation: fullCitation({ ...source, url: undefined }),
      url: source.url ?? null,
      publication: source.publication,
      date: source.date,
      usedFor,
      notes,
    }))
    .sort(
      (a, b) =>
        a.publication.localeCompare(b.publication, 'en') || a.date.localeCompare(b.date, 'en'),
    );
  return {
    scenarioId: s.id,
    title: s.title,
    sources,
    whatIfs: s.randomEvents.events.filter((e) => e.whatIf).map((e) => `${e.title}: ${e.text}`),
    disputes: events.flatMap((ev) =>
      (ev.disputes ?? []).map((d) => ({
        event: eventLabel(ev),
        question: d.question,
        views: d.views,
      })),
    ),
  };
}
