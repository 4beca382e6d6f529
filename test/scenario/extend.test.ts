import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenarioData } from '../../src/scenario/load';
import { readFixtureJson } from '../helpers';

const mini = readFixtureJson('mini.json');
const bases = (id: string) => (id === 'mini' ? mini : undefined);

function load(data: Record<string, unknown>) {
  return loadScenarioData(
    { format: 2, extends: 'mini', id: 'mini-variant', ...data },
    'variant.json',
    bases,
  );
}

describe('a scenario that extends another', () => {
  it('inherits everything it does not say, under its own id and hash', () => {
    const r = load({});
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    const base = loadScenarioData(mini, 'mini.json');
    if (!base.ok) throw new Error('mini must load');
    expect(r.scenario.id).toBe('mini-variant');
    expect(r.scenario.actions).toEqual(base.scenario.actions);
    expect(r.scenario.rules).toEqual(base.scenario.rules);
    expect(r.compiled.hash).not.toBe(base.compiled.hash);
  });

  it('replaces items by id, appends new ones, removes what it lists', () => {
    const cheaper = { ...(mini.actions as Record<string, unknown>[])[0], cost: 1 };
    const extra = { ...(mini.actions as Record<string, unknown>[])[2], id: 'second-note' };
    const r = load({ actions: [cheaper, extra], remove: { actions: ['protest-note'] } });
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.scenario.actions.map((a) => [a.id, a.cost])).toEqual([
      ['visit-beijing', 1],
      ['us-upgrade', 5],
      ['second-note', 1],
    ]);
  });

  it('overrides single rule coefficients and thresholds', () => {
    const r = load({ rules: { sea: { calm: 0.05 } }, thresholds: { master: 60 } });
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.scenario.rules.sea.calm).toBe(0.05);
    expect(r.scenario.rules.sea.baseline).toBe(35);
    expect(r.scenario.thresholds.master).toBe(60);
    expect(r.scenario.thresholds.rupture).toBe(10);
  });

  it('checks cross-references on the merged scenario', () => {
    const r = load({ remove: { actions: ['us-upgrade'] } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // mini's historical path plays us-upgrade, which the variant removed.
    expect(r.problems.map(formatProblem).join('\n')).toMatch(/us-upgrade/);
  });

  it('names what is wrong: an unknown base, a missing id, a removal of nothing', () => {
    const msgs = (data: Record<string, unknown>) => {
      const r = loadScenarioData(data, 'variant.json', bases);
      return r.ok ? [] : r.problems.map(formatProblem);
    };
    expect(msgs({ format: 2, extends: 'atlantis', id: 'x' })).toEqual([
      'variant.json: extends: there is no scenario "atlantis" to extend',
    ]);
    expect(msgs({ format: 2, extends: 'mini' })).toEqual([
      'variant.json: id: a scenario that extends "mini" needs an id of its own',
    ]);
    expect(msgs({ format: 2, extends: 'mini', id: 'x', remove: { actions: ['nope'] } })).toEqual([
      'variant.json: remove.actions: scenario "mini" has no actions "nope"',
    ]);
  });
});
