/**
 * How a source reads on screen and on the teachers' sources page: publication,
 * date as precise as the evidence ("about" when it is inferred), title and URL,
 * so a student can find it again.
 */
import { longDate as dayDate, monthYear, TEXT } from '../i18n';
import type { Source } from '../scenario/schema';

/** "2023-12-12" → "12 December 2023", "2023-12" → "December 2023", "2023" stays, in the player's language; anything else is returned as it came. */
export function longDate(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return dayDate(iso);
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(iso)) return monthYear(`${iso}-01`);
  return iso;
}

type Citable = Pick<Source, 'publication' | 'date' | 'approximate' | 'title' | 'url'>;

/** "12 December 2023", or "about December 2023" when the date is inferred. */
export function sourceDate(s: Pick<Source, 'date' | 'approximate'>): string {
  return s.approximate ? TEXT.view.approxDate(longDate(s.date)) : longDate(s.date);
}

/** "Reuters, 12 December 2023" — short enough for the event dialog. */
export function shortCitation(s: Citable): string {
  return `${s.publication}, ${sourceDate(s)}`;
}

/** "Reuters, 12 December 2023, “Title”. https://…" — the full reference. */
export function fullCitation(s: Citable): string {
  const title = s.title ? `, “${s.title}”` : '';
  const url = s.url ? `. ${s.url}` : '';
  return `${shortCitation(s)}${title}${url}`;
}
