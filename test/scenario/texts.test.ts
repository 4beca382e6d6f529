import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apply, legalActions, newGame, stateHash } from '../../src/engine';
import { formatProblem, loadScenarioText, withTexts } from '../../src/scenario/load';
import { scenarioTexts } from '../../src/scenario/texts';

const file = 'scenarios/2023.json';
const loaded = loadScenarioText(readFileSync(file, 'utf8'), file);
if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
const english = loaded;

/** Every text of the scenario replaced by a marked copy, as a translation would. */
function overlayOfAll(prefix: string) {
  const texts: Record<string, string> = {};
  for (const [key, text] of scenarioTexts(english.scenario)) texts[key] = `${prefix}${text}`;
  return { format: 1, scenario: '2023', locale: 'vi', texts };
}

describe('scenario texts', () => {
  it('lists every text by a key made of ids', () => {
    const texts = scenarioTexts(english.scenario);
    expect(texts.get('title')).toBe(english.scenario.title);
    const action = english.scenario.actions[0];
    expect(texts.get(`actions.${action?.id}.title`)).toBe(action?.title);
    const withChoices = english.scenario.events.find((e) => e.choices);
    const choice = withChoices?.choices?.[0];
    expect(texts.get(`events.${withChoices?.id}.choices.${choice?.id}.label`)).toBe(choice?.label);
    expect(texts.get('debrief.questions.0')).toBe(english.scenario.debrief.questions[0]);
    expect(texts.size).toBeGreaterThan(200);
  });

  it('translated, keeps the rules hash and plays the very same game', () => {
    const vi = withTexts(english, overlayOfAll('[vi] '), 'scenarios/texts/2023.vi.json');
    if (!vi.ok) throw new Error(vi.problems.map(formatProblem).join('\n'));
    expect(vi.scenario.title).toBe(`[vi] ${english.scenario.title}`);
    expect(vi.compiled.hash).toBe(english.compiled.hash);
    // The same decisions give the same states, hash for hash.
    let a = newGame(english.compiled, 'same').state;
    let b = newGame(vi.compiled, 'same').state;
    for (let i = 0; i < 40 && a.phase !== 'over'; i++) {
      const [decision] = legalActions(english.compiled, a).slice(-1);
      const ra = apply(english.compiled, a, decision!);
      const rb = apply(vi.compiled, b, decision!);
      if (!ra.ok || !rb.ok) throw new Error('expected both to apply');
      a = ra.state;
      b = rb.state;
      expect(stateHash(b)).toBe(stateHash(a));
    }
  });

  it('changes the rules hash when a rule changes, not when a text does', () => {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const reworded = loadScenarioText(
      JSON.stringify({ ...data, summary: 'Another summary.' }),
      file,
    );
    const changed = loadScenarioText(
      JSON.stringify({ ...data, defaultSeed: `${data.defaultSeed}-2` }),
      file,
    );
    if (!reworded.ok || !changed.ok) throw new Error('expected both to load');
    expect(reworded.compiled.hash).toBe(english.compiled.hash);
    expect(changed.compiled.hash).not.toBe(english.compiled.hash);
  });

  it('lists what an overlay leaves untranslated', () => {
    const vi = withTexts(
      english,
      { format: 1, scenario: '2023', locale: 'vi', texts: { title: 'Ngoại giao cây tre' } },
      'vi.json',
    );
    if (!vi.ok) throw new Error('expected it to load');
    expect(vi.scenario.title).toBe('Ngoại giao cây tre');
    expect(vi.scenario.summary).toBe(english.scenario.summary);
  });

  it('refuses unknown keys and another scenario, naming the file and key', () => {
    const typo = withTexts(
      english,
      { format: 1, scenario: '2023', locale: 'vi', texts: { titel: 'x' } },
      'vi.json',
    );
    expect(typo.ok ? [] : typo.problems.map(formatProblem)).toEqual([
      'vi.json: texts.titel: no such text in scenario "2023"',
    ]);
    const other = withTexts(
      english,
      { format: 1, scenario: 'mini', locale: 'vi', texts: {} },
      'vi.json',
    );
    expect(other.ok ? [] : other.problems.map(formatProblem)).toEqual([
      'vi.json: scenario: translates scenario "mini", not "2023"',
    ]);
  });
});
