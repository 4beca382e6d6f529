import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenarioData, loadScenarioText } from '../../src/scenario/load';
import { findRuleset, rulesetIds } from '../../src/scenario/ruleset';
import { fixturePath } from '../helpers';

const miniText = readFileSync(fixturePath('mini.json'), 'utf8');
const mini = () => JSON.parse(miniText) as Record<string, unknown>;

/** mini.json as a current-format file on the bamboo-2023 ruleset, with no overrides. */
function current(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { rules: _r, thresholds: _t, ...rest } = mini();
  return { ...rest, format: 2, ruleset: 'bamboo-2023', ...extra };
}

describe('rulesets', () => {
  it('ships bamboo-2023, valid', () => {
    expect(rulesetIds()).toContain('bamboo-2023');
    const found = findRuleset('bamboo-2023');
    expect(found.ok).toBe(true);
  });

  it('gives a scenario every coefficient of its ruleset when it overrides none', () => {
    const r = loadScenarioData(current(), 'mini.json');
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    const ruleset = findRuleset('bamboo-2023');
    if (!ruleset.ok) throw new Error(ruleset.message);
    expect(r.scenario.rules).toEqual(ruleset.ruleset.rules);
    expect(r.scenario.thresholds).toEqual(ruleset.ruleset.thresholds);
    expect(r.scenario.ruleset).toEqual({ id: 'bamboo-2023', version: 4 });
    expect(r.notes).toEqual([]);
  });

  it('lays a scenario override over the ruleset, one coefficient at a time', () => {
    const r = loadScenarioData(
      current({ rules: { economy: { investmentFollow: 0.02 }, drift: { weights: { jp: 0.3 } } } }),
      'mini.json',
    );
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.scenario.rules.economy.investmentFollow).toBe(0.02);
    expect(r.scenario.rules.economy.baseGrowth).toBe(4);
    expect(r.scenario.rules.drift.weights).toEqual({ cn: -1, us: 1, jp: 0.3 });
  });

  it('refuses an unknown ruleset, naming the ones the game ships', () => {
    const r = loadScenarioData(current({ ruleset: 'chess-1900' }), 'mini.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map(formatProblem)).toEqual([
      'mini.json: ruleset: no ruleset "chess-1900" (the game ships: bamboo-2023)',
    ]);
  });

  it('refuses an override out of range, naming the field', () => {
    const r = loadScenarioData(current({ rules: { home: { legitimacyRate: 3 } } }), 'mini.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).toEqual(['rules.home.legitimacyRate']);
  });

  it('changes the rules hash when an override changes a coefficient', () => {
    const a = loadScenarioData(current(), 'mini.json');
    const b = loadScenarioData(current({ rules: { score: { collapsePenalty: 20 } } }), 'mini.json');
    if (!a.ok || !b.ok) throw new Error('expected both to load');
    expect(a.compiled.hash).not.toBe(b.compiled.hash);
  });
});

describe('scenario files in format 1', () => {
  it('load, migrated, with a note that says so, and keep their own rules', () => {
    const r = loadScenarioText(miniText, 'mini.json');
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatch(/^mini\.json: written in scenario format 1; read as format 2/);
    expect(r.scenario.format).toBe(2);
    // mini.json wrote no rules: format 1 gave it these defaults, and still does.
    expect(r.scenario.rules.drift.perLean).toBe(1);
    expect(r.scenario.rules.economy.baseGrowth).toBe(5.2);
    expect(r.scenario.rules.home.capitalPerTurn).toBe(5);
    expect(r.scenario.thresholds.master).toBe(70);
  });

  it('fill the rule groups they left out with format 1 defaults, not the ruleset', () => {
    const data = {
      ...mini(),
      rules: {
        home: {
          capitalPerTurn: 4,
          legitimacyBonus: 2,
          capitulationBite: 0.5,
          moodRecovery: 0.1,
          incidentMood: 1.5,
        },
      },
    };
    const r = loadScenarioData(data, 'old.json');
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.scenario.rules.home.capitalPerTurn).toBe(4);
    expect(r.scenario.rules.sea.incidentsPerTension).toBe(0.02);
  });
});
