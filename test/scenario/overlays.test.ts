/**
 * The shipped text overlays (scenarios/texts/<scenario>.<locale>.json): each lays over its
 * scenario without a problem and without touching the rules, and the complete ones leave no
 * text in English except names, places and the titles of published articles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenarioText, withTexts } from '../../src/scenario/load';
import { scenarioNames, scenarioTexts } from '../../src/scenario/texts';

const DIR = 'scenarios/texts';
const overlays = readdirSync(DIR).filter((f) => /^[\w-]+\.[a-z]{2,3}\.json$/.test(f));

/** Overlays that must translate every text of their scenario. */
const COMPLETE = ['2023.vi.json', 'september-2023.vi.json', 'xi-visit-2023.vi.json'];

/** Texts that may stay as written: proper names, places, published titles, numbers. */
// Names, published titles and abbreviations (a power's short name, e.g. "TQ") may carry no accent.
const KEPT = /(\.sources\.\d+\.title|\.place\.name|\.capital|\.leader|\.heldBy|\.short)$/;

function load(file: string) {
  const [id] = file.split('.');
  const path = `scenarios/${id}.json`;
  const english = loadScenarioText(readFileSync(path, 'utf8'), path);
  if (!english.ok) throw new Error(english.problems.map(formatProblem).join('\n'));
  const overlay = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as {
    locale: string;
    texts: Record<string, string>;
  };
  return { english, overlay };
}

describe('shipped text overlays', () => {
  it('exist for every shipped scenario', () => {
    for (const file of COMPLETE) expect(overlays).toContain(file);
  });

  it.each(overlays)('%s loads over its scenario and keeps the rules hash', (file) => {
    const { english, overlay } = load(file);
    const translated = withTexts(english, overlay, join(DIR, file));
    if (!translated.ok) throw new Error(translated.problems.map(formatProblem).join('\n'));
    expect(translated.compiled.hash).toBe(english.compiled.hash);
    expect(translated.scenario.title).toBe(overlay.texts.title ?? english.scenario.title);
  });

  it.each(overlays)('%s names each text once (JSON would keep only the last of two)', (file) => {
    const raw = readFileSync(join(DIR, file), 'utf8');
    const { overlay } = load(file);
    // Every key of "texts" sits on a line of its own, as the files are written.
    const written = [...raw.matchAll(/^\s+"([^"]+)": "/gm)].map((m) => m[1]);
    const twice = written.filter((key, i) => written.indexOf(key) !== i);
    expect(twice).toEqual([]);
    expect(written.length).toBeGreaterThanOrEqual(Object.keys(overlay.texts).length);
  });

  it.each(COMPLETE)('%s translates every text of its scenario', (file) => {
    const { english, overlay } = load(file);
    const texts = scenarioTexts(english.scenario);
    // Publications are names: an overlay may write some as its readers know them.
    const names = scenarioNames(english.scenario);
    const written = Object.keys(overlay.texts);
    expect(written.filter((k) => !names.has(k)).sort()).toEqual([...texts.keys()].sort());
    const leftInEnglish = [...texts]
      .filter(([key, text]) => overlay.texts[key] === text && !KEPT.test(key))
      .filter(([, text]) => /[A-Za-z]{2}/.test(text))
      .map(([key]) => key);
    expect(leftInEnglish).toEqual([]);
    if (overlay.locale === 'vi') {
      // A Vietnamese sentence without one accented letter is English or lost its diacritics.
      const bare = Object.entries(overlay.texts)
        .filter(([key, text]) => !KEPT.test(key) && /[A-Za-z]{2}/.test(text))
        .filter(([, text]) => !/[\u00C0-\u1EF9]/.test(text))
        .map(([key]) => key);
      expect(bare).toEqual([]);
    }
  });
});
