/** Sources as players and teachers read them. */
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/cli/scenarios';
import { sourcesMarkdown } from '../../src/cli/sources/markdown';
import { allSources } from '../../src/engine';
import {
  eventCard,
  fullCitation,
  longDate,
  scenarioSources,
  shortCitation,
  sourceDate,
  sourcesPage,
} from '../../src/view';
import { loadFixture } from '../helpers';

describe('dates of sources', () => {
  it.each([
    ['2023-12-12', undefined, '12 December 2023'],
    ['2023-12', undefined, 'December 2023'],
    ['2023', undefined, '2023'],
    ['2023-12', true, 'about December 2023'],
    ['2021-12-14', true, 'about 14 December 2021'],
  ] as const)('%s (approximate: %s) reads "%s"', (date, approximate, want) => {
    expect(sourceDate({ date, approximate })).toBe(want);
  });

  it('returns anything else as it came', () => {
    expect(longDate('2023-13')).toBe('2023-13');
    expect(longDate('late 2023')).toBe('late 2023');
  });
});

describe('citations', () => {
  const epoch = {
    publication: 'The Epoch Times',
    date: '2023-12',
    approximate: true,
    title: "Xi Jinping's Vietnam Visit",
    url: 'https://www.theepochtimes.com/china/x-5549369',
  };

  it('are short in the event dialog and full on the sources pages', () => {
    expect(shortCitation(epoch)).toBe('The Epoch Times, about December 2023');
    expect(fullCitation(epoch)).toBe(
      "The Epoch Times, about December 2023, “Xi Jinping's Vietnam Visit”. https://www.theepochtimes.com/china/x-5549369",
    );
    expect(fullCitation({ publication: 'Bloomberg', date: '2023-11-22' })).toBe(
      'Bloomberg, 22 November 2023',
    );
  });
});

describe('what-if events', () => {
  const cs = loadFixture('guide-example.json');

  it('are labelled in the event dialog and listed with the sources', () => {
    expect(eventCard(cs, 'fishing-boat-rammed')).toMatchObject({ whatIf: true, sources: [] });
    expect(eventCard(cs, 'blinken-visit')).toMatchObject({
      whatIf: false,
      sources: ['VOA, 15 April 2023'],
    });
    expect(scenarioSources(cs).find((e) => e.id === 'fishing-boat-rammed')).toMatchObject({
      whatIf: true,
      date: null,
    });
  });
});

describe("the teachers' sources page", () => {
  const loaded = loadScenarioFile(new URL('../../scenarios/2023.json', import.meta.url).pathname);
  if (!loaded.ok) throw new Error('2023 does not load');
  const page = sourcesPage(loaded.scenario);

  it('lists each source once, with every event it was used for', () => {
    const keys = page.sources.map((s) => `${s.citation} ${s.url}`);
    expect(new Set(keys).size).toBe(keys.length);
    const dw = page.sources.find((s) => s.publication === 'DW');
    expect(dw?.usedFor).toEqual(
      expect.arrayContaining([
        '10 September 2023 · Biden in Hà Nội',
        '29 December 2023 · The year in figures',
      ]),
    );
    expect(dw?.url).toBe(
      'https://www.dw.com/en/chinas-xi-heads-to-vietnam-after-hanoi-boosts-us-japan-ties/a-67689978',
    );
  });

  it('covers every source of every event, and lists the what-ifs and the disputes', () => {
    const cited = new Set(
      [...loaded.scenario.events, ...loaded.scenario.randomEvents.events].flatMap((e) =>
        allSources(e).map((s) => s.publication),
      ),
    );
    expect(new Set(page.sources.map((s) => s.publication))).toEqual(cited);
    expect(page.whatIfs.some((w) => w.startsWith('The Quad comes calling'))).toBe(true);
    expect(page.disputes.map((d) => d.question)).toContain('How much do China and Vietnam trade?');
    // A repeat's own source is listed under the repeat's words.
    expect(page.sources.find((s) => s.publication === 'Nikkei Asia')?.usedFor).toEqual([
      'random event, repeat · A chip plant opens in Bắc Ninh',
    ]);
  });

  it('is never citing the research note', () => {
    const text = sourcesMarkdown([{ page, file: 'scenarios/2023.json' }], 'npm run sources:doc');
    expect(text).not.toMatch(/fact sheet|seed S\d|§\d|shared\//i);
    expect(text).toContain('Vietnam Ramps Up Spratly Island Dredging');
    expect(text).toContain('<https://amti.csis.org/vietnam-ramps-up-spratly-island-dredging/>');
  });
});
