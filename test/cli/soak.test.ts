import { describe, expect, it } from 'vitest';
import { soak, soakGame } from '../../src/cli/commands/soak';
import { POLICIES } from '../../src/engine';
import { fixturePath, loadFixture } from '../helpers';

describe('soak', () => {
  it('plays games over scenarios and policies and finds no failure', () => {
    const policies = ['random', 'passive'].map((name) => POLICIES[name]!);
    const report = soak([fixturePath('mini.json')], policies, 40);
    expect(report.games).toBe(40);
    expect(report.decisions).toBeGreaterThan(40 * 4);
    expect(report.failures).toEqual([]);
  });

  it('reports a policy that breaks the rules instead of throwing', () => {
    const cs = loadFixture('mini.json');
    const cheat = {
      ...POLICIES.random!,
      name: 'cheat',
      choose: () => ({ type: 'play', action: 'nuke' }) as const,
    };
    const result = soakGame(cs, 'x', cheat);
    expect(result.problem).toMatch(/^illegal decision .*"nuke"/);
  });
});
