import { describe, expect, it } from 'vitest';
import { compileScenario, indicatorRange, newGame } from '../../src/engine';
import { findRuleset, rulesetSchema } from '../../src/scenario/ruleset';
import { loadFixture } from '../helpers';

function shipped() {
  const found = findRuleset('bamboo-2023');
  if (!found.ok) throw new Error(found.message);
  return found.ruleset;
}

/** The shipped ruleset's JSON with its indicator list changed by `edit`. */
function withIndicators(edit: (defs: Record<string, unknown>[]) => Record<string, unknown>[]) {
  const r = structuredClone(shipped()) as unknown as Record<string, unknown>;
  return { ...r, indicators: edit(r.indicators as Record<string, unknown>[]) };
}

const messages = (data: unknown) => {
  const parsed = rulesetSchema.safeParse(data);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('indicator definitions as ruleset data', () => {
  it('reach the scenario from its ruleset, and the vocabulary lists them in their order', () => {
    const cs = loadFixture('mini.json');
    expect(cs.scenario.indicators).toEqual(shipped().indicators);
    const singles = cs.scenario.indicators.filter((d) => !d.perPower).map((d) => d.key);
    expect(cs.tables.vocab.keys.filter((k) => singles.includes(k))).toEqual(singles);
    expect(indicatorRange(cs.tables.vocab, 'relations.cn')).toMatchObject({ min: 0, max: 100 });
    expect(indicatorRange(cs.tables.vocab, 'sea.pride')).toBeUndefined();
  });

  it('are what the engine clamps to: a narrower range in the data narrows play', () => {
    const cs = loadFixture('mini.json');
    const indicators = cs.scenario.indicators.map((d) =>
      d.key === 'home.capital' ? { ...d, max: 3 } : d,
    );
    const narrow = compileScenario({ ...cs.scenario, indicators });
    expect(narrow.tables.vocab.max[narrow.tables.vocab.capital]).toBe(3);
    expect(newGame(narrow, 's').state.ind['home.capital']).toBeLessThanOrEqual(3);
    expect(newGame(cs, 's').state.ind['home.capital']).toBeGreaterThan(3);
  });

  it('refuse a ruleset that leaves out an indicator the rules read', () => {
    const data = withIndicators((defs) => defs.filter((d) => d.key !== 'home.capital'));
    expect(messages(data)).toContain(
      'indicators: the rules read "home.capital": define it (a single indicator, not perPower)',
    );
    const noFamily = withIndicators((defs) => defs.filter((d) => d.key !== 'patience'));
    expect(messages(noFamily).join('\n')).toMatch(/family "patience"/);
  });

  it('refuse a key defined twice, an empty range and an unknown group', () => {
    const twice = withIndicators((defs) => [...defs, defs[0] as Record<string, unknown>]);
    expect(messages(twice).join('\n')).toMatch(/"relations" is defined twice/);
    const empty = withIndicators((defs) =>
      defs.map((d) => (d.key === 'sea.tension' ? { ...d, min: 5, max: 5 } : d)),
    );
    expect(messages(empty).join('\n')).toMatch(/min must be below max/);
    const group = withIndicators((defs) =>
      defs.map((d) => (d.key === 'sea.tension' ? { ...d, group: 'weather' } : d)),
    );
    expect(messages(group).join('\n')).toMatch(/indicators\.\d+\.group/);
  });

  it('refuse a starting value for an indicator the ruleset does not define', () => {
    const r = structuredClone(shipped()) as unknown as { start: { indicators: object } };
    const data = { ...r, start: { indicators: { ...r.start.indicators, 'sea.pride': 3 } } };
    expect(messages(data)).toEqual([
      'start.indicators.sea.pride: "sea.pride" is not one of the ruleset\'s indicators',
    ]);
  });

  it('load every shipped scenario with the same definitions', () => {
    for (const id of ['2023', 'september-2023', 'xi-visit-2023']) {
      const cs = loadFixture(`../../scenarios/${id}.json`);
      expect(cs.scenario.indicators, id).toBe(shipped().indicators);
    }
  });
});
