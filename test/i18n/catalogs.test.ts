import { afterEach, describe, expect, it } from 'vitest';
import {
  CATALOGS,
  coverage,
  EN,
  LOCALES,
  localized,
  longDate,
  MARKERS,
  monthYear,
  plural,
  sample,
  setLocale,
  TEXT,
  templates,
} from '../../src/i18n';
import { calendarLabel, shortCalendarLabel } from '../../src/i18n/turn-label';
import { VI } from '../../src/i18n/vi';

afterEach(() => setLocale('en'));

const markersIn = (text: string) => MARKERS.filter((m) => text.includes(String(m)));
/** Templates that turn their argument into a word (a month number into "Sep"), so it never shows. */
const WORDED = new Set(['view.monthShort']);

describe('message catalogs', () => {
  it('Vietnamese translates every English key, with nothing left in English and no stray keys', () => {
    const c = coverage(EN, VI);
    expect(c.missing).toEqual([]);
    expect(c.untranslated).toEqual([]);
    expect(c.unknown).toEqual([]);
    expect(c.total).toBeGreaterThan(500);
  });

  it('every template uses the same placeholders in every language', () => {
    const english = new Map(templates(EN));
    for (const locale of LOCALES) {
      for (const [key, fn] of templates(CATALOGS[locale])) {
        if (WORDED.has(key)) continue;
        const en = english.get(key);
        expect(en, `${locale}: ${key} is not an English template`).toBeDefined();
        if (!en) continue;
        const want = sample(en);
        expect(want, `${key}: English cannot be called`).not.toBeNull();
        const got = sample(fn, want?.kind);
        expect(got, `${locale}: ${key} throws`).not.toBeNull();
        expect(markersIn(got?.text ?? ''), `${locale}: ${key}`).toEqual(
          markersIn(want?.text ?? ''),
        );
      }
    }
  });

  it('reports a key missing from a translation, and one left as the English', () => {
    const c = coverage(
      { a: 'Hello there', b: { c: 'Good morning', d: (n: number) => `${n} apples` }, e: 'Tokyo' },
      { b: { c: 'Good morning', d: (n: number) => `${n} quả táo` }, e: 'Tokyo', f: 'x' },
    );
    expect(c.missing).toEqual(['a']);
    expect(c.untranslated).toEqual(['b.c']);
    expect(c.unknown).toEqual(['f']);
    expect(c.total).toBe(4);
  });

  it('a missing key falls back to English, and views taken early follow a later switch', () => {
    let current: object = { greet: { hello: 'Xin chào' } };
    const text = localized({ greet: { hello: 'Hello', bye: 'Goodbye' } }, () => current);
    const greet = text.greet;
    expect(greet.hello).toBe('Xin chào');
    expect(greet.bye).toBe('Goodbye');
    current = {};
    expect(greet.hello).toBe('Hello');
  });

  it('a translation of the wrong kind (or a list of the wrong length) is ignored', () => {
    const text = localized({ tabs: ['One', 'Two'], n: (x: number) => `${x}` }, () => ({
      tabs: ['Một'],
      n: 'not a template',
    }));
    expect(text.tabs).toEqual(['One', 'Two']);
    expect(text.n(3)).toBe('3');
  });

  it('STRINGS-style reads follow the active language', () => {
    const title = TEXT.title;
    expect(title.newGame).toBe('New game');
    setLocale('vi');
    expect(title.newGame).toBe('Ván mới');
    expect(TEXT.labels.tiers['comprehensive-strategic']).toBe('Đối tác chiến lược toàn diện');
  });
});

describe('plurals, dates and numbers through Intl', () => {
  it('English has one and other forms; Vietnamese one form', () => {
    expect(TEXT.title.turns(1)).toBe('1 turn');
    expect(TEXT.title.turns(12)).toBe('12 turns');
    expect(TEXT.replays.viewer.moreChanges(1)).toBe('+ 1 smaller change');
    expect(TEXT.replays.viewer.moreChanges(3)).toBe('+ 3 smaller changes');
    expect(TEXT.classroom.results.chartStudents(1)).toBe('1 student');
    setLocale('vi');
    expect(TEXT.title.turns(1)).toBe('1 lượt');
    expect(TEXT.title.turns(12)).toBe('12 lượt');
    expect(plural(1, { one: 'a', other: 'b' })).toBe('b');
  });

  it('dates and month names come from Intl in each language', () => {
    expect(longDate('2023-12-12')).toBe('12 December 2023');
    expect(longDate('2023-02-30')).toBe('2023-02-30');
    expect(longDate('soon')).toBe('soon');
    expect(monthYear('2023-09-01')).toBe('September 2023');
    setLocale('vi');
    expect(longDate('2023-12-12')).toBe('12 tháng 12, 2023');
    expect(monthYear('2023-09-01')).toBe('tháng 9 năm 2023');
  });

  it('turn names: the scenario label in English, built from the dates in Vietnamese', () => {
    const sep = { label: 'September 2023', start: '2023-09-01', end: '2023-09-30' };
    const week = { label: 'Week 1', start: '2023-09-10', end: '2023-09-16' };
    expect(calendarLabel(sep)).toBe('September 2023');
    expect(calendarLabel(week)).toBe('Week 1');
    expect(shortCalendarLabel(sep, 8)).toBe('Sep');
    expect(shortCalendarLabel(week, 0)).toBe('1');
    setLocale('vi');
    expect(calendarLabel(sep)).toBe('Tháng 9 năm 2023');
    expect(calendarLabel(week)).toMatch(/^10\s*–\s*16 tháng 9, 2023$/);
    expect(shortCalendarLabel(sep, 8)).toBe('T9');
  });
});
