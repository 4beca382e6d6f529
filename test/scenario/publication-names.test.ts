import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenarioText } from '../../src/scenario/load';
import { localize, scenarioNames, scenarioTexts } from '../../src/scenario/texts';

const file = 'scenarios/2023.json';
const loaded = loadScenarioText(readFileSync(file, 'utf8'), file);
if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
const english = loaded.scenario;
const sourced = english.events.find((e) => (e.sources?.length ?? 0) > 0);
const key = `events.${sourced?.id}.sources.0.publication`;
const overlay = (texts: Record<string, string>) => ({
  format: 1,
  scenario: '2023',
  locale: 'vi',
  texts,
});

describe("sources' publications in a translation", () => {
  it('are names an overlay may translate, by the id of their event', () => {
    expect(scenarioNames(english).get(key)).toBe(sourced?.sources?.[0]?.publication);
    const r = localize(english, overlay({ [key]: 'Thông tấn xã Việt Nam' }));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const event = r.scenario.events.find((e) => e.id === sourced?.id);
    expect(event?.sources?.[0]?.publication).toBe('Thông tấn xã Việt Nam');
  });

  it('never count as missing: a name such as Reuters stays as it is', () => {
    expect(scenarioTexts(english).has(key)).toBe(false);
    const none = localize(english, overlay({}));
    if (!none.ok) throw new Error(JSON.stringify(none.problems));
    expect(none.missing).not.toContain(key);
    expect(none.missing.length).toBe(scenarioTexts(english).size);
  });

  it('are refused for a source that does not exist', () => {
    const r = localize(english, overlay({ [`events.${sourced?.id}.sources.99.publication`]: 'x' }));
    expect(r.ok).toBe(false);
  });

  it('are proper names in the shipped scenarios, not descriptions of how a page was reached', () => {
    const described = /\b(via|citing|translation|official site|press conference)/i;
    for (const id of ['2023', 'september-2023', 'xi-visit-2023']) {
      const path = `scenarios/${id}.json`;
      const r = loadScenarioText(readFileSync(path, 'utf8'), path);
      if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
      const publications = [...scenarioNames(r.scenario).values()];
      expect(
        publications.filter((p) => described.test(p)),
        id,
      ).toEqual([]);
    }
  });
});
