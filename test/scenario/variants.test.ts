/** Words for an event's repeats: checked at the gate, translated by key, never part of the rules. */
import { describe, expect, it } from 'vitest';
import { allSources, eventWords, scenarioHash } from '../../src/engine';
import type { RandomEvent } from '../../src/engine/scenario';
import { formatProblem, loadScenarioData } from '../../src/scenario/load';
import { provenanceCheck } from '../../src/scenario/provenance';
import { localize, scenarioTexts } from '../../src/scenario/texts';
import { loadShipped, readFixtureJson } from '../helpers';

const SUNK = {
  title: 'A boat sunk near the Paracels',
  text: 'This time the boat goes down; the crew is picked up by neighbours.',
  place: { name: 'Quảng Ngãi', lon: 108.8, lat: 15.12 },
  sources: [{ publication: 'Reuters', date: '2020-04-03', title: 'A boat sunk' }],
};

/** The guide's example, its random event allowed `maxTimes` firings with these variants. */
function withVariants(variants: unknown[] | undefined, maxTimes = 2) {
  const data = readFixtureJson('guide-example.json') as {
    randomEvents: { events: Record<string, unknown>[] };
  };
  const ev = data.randomEvents.events[0] as Record<string, unknown>;
  ev.maxTimes = maxTimes;
  if (variants) ev.variants = variants;
  return loadScenarioData(data, 'guide-example.json');
}

describe('event variants', () => {
  it('give the second firing its own words, and the event its own again when they run out', () => {
    const loaded = withVariants([SUNK], 3);
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    const ev = loaded.scenario.randomEvents.events[0] as RandomEvent;
    expect(eventWords(ev, 1)).toMatchObject({ title: ev.title, variant: false });
    expect(eventWords(ev, 2)).toEqual({ ...SUNK, variant: true });
    expect(eventWords(ev, 3)).toMatchObject({ title: ev.title, text: ev.text, variant: false });
    // A variant without a place or sources keeps the event's.
    const bare = { ...ev, variants: [{ title: 'Again', text: 'Once more.' }] };
    expect(eventWords(bare, 2)).toMatchObject({ place: ev.place, sources: ev.sources ?? [] });
    expect(allSources(ev)).toEqual([...(ev.sources ?? []), ...SUNK.sources]);
  });

  it('are refused when there are more of them than repeats', () => {
    const loaded = withVariants([SUNK, { ...SUNK, title: 'Third' }], 2);
    expect(loaded.ok).toBe(false);
    expect(loaded.ok ? [] : loaded.problems.map(formatProblem)).toContainEqual(
      expect.stringContaining(
        'randomEvents.events[0] "fishing-boat-rammed".variants: expected at most 1 variants',
      ),
    );
  });

  it('are refused without a title or a text, naming the field', () => {
    const loaded = withVariants([{ text: 'No headline.' }]);
    expect(loaded.ok ? [] : loaded.problems.map(formatProblem)).toContainEqual(
      expect.stringContaining('variants[0].title'),
    );
  });

  it('leave the rules hash alone: the same game, in other words', () => {
    const plain = withVariants(undefined, 2);
    const told = withVariants([SUNK], 2);
    if (!plain.ok || !told.ok) throw new Error('the example should load');
    expect(scenarioHash(told.scenario)).toBe(scenarioHash(plain.scenario));
    const shipped = loadShipped('2023');
    const stripped = {
      ...shipped.scenario,
      randomEvents: {
        ...shipped.scenario.randomEvents,
        events: shipped.scenario.randomEvents.events.map(({ variants: _v, ...e }) => e),
      },
    };
    expect(shipped.scenario.randomEvents.events.some((e) => e.variants)).toBe(true);
    expect(scenarioHash(stripped)).toBe(shipped.hash);
  });

  it('are translated by key, sources included', () => {
    const loaded = withVariants([SUNK], 2);
    if (!loaded.ok) throw new Error('the example should load');
    const key = 'events.fishing-boat-rammed.variants.0';
    expect([...scenarioTexts(loaded.scenario).keys()]).toEqual(
      expect.arrayContaining([
        `${key}.title`,
        `${key}.text`,
        `${key}.place.name`,
        `${key}.sources.0.title`,
      ]),
    );
    const vi = localize(loaded.scenario, {
      format: 1,
      scenario: 'guide-example',
      locale: 'vi',
      texts: { [`${key}.title`]: 'Tàu cá bị đâm chìm gần Hoàng Sa' },
    });
    if (!vi.ok) throw new Error('the overlay should apply');
    const ev = vi.scenario.randomEvents.events[0] as RandomEvent;
    expect(ev.variants?.[0]?.title).toBe('Tàu cá bị đâm chìm gần Hoàng Sa');
    expect(vi.missing).toContain(`${key}.text`);
  });

  it('are held to the history check like the event itself', () => {
    const loaded = withVariants([
      { ...SUNK, sources: [{ publication: 'Fact sheet', date: '2023' }] },
    ]);
    if (!loaded.ok) throw new Error('the example should load');
    expect(provenanceCheck(loaded.scenario).map((p) => p.path)).toEqual([
      'randomEvents.events[0] "fishing-boat-rammed".variants[0].sources[0]',
    ]);
  });
});
