/** Numbers, dates and plurals in the active language, through Intl (no month names kept by hand). */
import { locale } from './active';
import { INTL_TAGS, type Locale } from './locales';

const tag = (l: Locale = locale()) => INTL_TAGS[l];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcDate(iso: string): Date | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(match[3]) ? null : date;
}

/** "2023-12-12" → "12 December 2023" / "12 tháng 12, 2023"; anything else is returned as it came. */
export function longDate(iso: string, l: Locale = locale()): string {
  const date = utcDate(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(tag(l), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** "2023-09-01" → "September 2023" / "tháng 9 năm 2023". */
export function monthYear(iso: string, l: Locale = locale()): string {
  const date = utcDate(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(tag(l), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** "10–16 September 2023": a span of days in one phrase. */
export function dateRange(startIso: string, endIso: string, l: Locale = locale()): string {
  const start = utcDate(startIso);
  const end = utcDate(endIso);
  if (!start || !end) return `${startIso} – ${endIso}`;
  return new Intl.DateTimeFormat(tag(l), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatRange(start, end);
}

// Gauges re-render their number on every tween frame; a formatter costs far more to build than to use.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** "1,000" / "1.000"; "5.2" / "5,2". */
export function formatNumber(
  value: number,
  options?: Intl.NumberFormatOptions,
  l: Locale = locale(),
): string {
  const key = `${tag(l)} ${options ? JSON.stringify(options) : ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag(l), options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A number with exactly `fractionDigits` decimals, as the language writes it: "63.6" / "63,6". */
export function formatDecimal(value: number, fractionDigits = 1, l: Locale = locale()): string {
  return formatNumber(
    value,
    { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits },
    l,
  );
}

/**
 * The form of a word that goes with `count` in the active language. English needs `one` and
 * `other`; Vietnamese has only `other` (nouns do not change with number).
 */
export function plural(
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
  l: Locale = locale(),
): string {
  const rule = new Intl.PluralRules(tag(l)).select(count);
  return forms[rule] ?? forms.other;
}
