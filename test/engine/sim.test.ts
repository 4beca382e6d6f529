/**
 * The fast simulation path (owned copies written in place, no explanations)
 * must reach exactly the states the public `apply` reaches.
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, scenarioFiles } from '../../src/cli/scenarios';
import {
  type CompiledScenario,
  canonicalJson,
  newGame,
  POLICIES,
  playGame,
  policyNames,
  stateHash,
} from '../../src/engine';
import { applyOwned } from '../../src/engine/game';
import { ownedCopy } from '../../src/engine/owned';
import { formatProblem } from '../../src/scenario/load';
import { loadFixture } from '../helpers';

const mini = loadFixture('mini.json');
const SCENARIOS: [string, CompiledScenario][] = [
  ['mini (fixture)', mini],
  ...scenarioFiles().map((file): [string, CompiledScenario] => {
    const loaded = loadScenarioFile(file);
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    return [basename(file, '.json'), loaded.compiled];
  }),
];
const FAST_POLICIES = policyNames().filter((p) => p !== 'lookahead');

describe.each(SCENARIOS)('%s: fast path and apply agree', (_name, cs) => {
  it.each(FAST_POLICIES)('%s: same final state hash on 25 seeds', (name) => {
    const policy = POLICIES[name];
    if (!policy) throw new Error(name);
    for (let i = 0; i < 25; i++) {
      const seed = `sim-${i}`;
      const slow = playGame(cs, seed, policy);
      const fast = playGame(cs, seed, policy, { record: false });
      expect(stateHash(fast.state), seed).toBe(stateHash(slow.state));
      // Plain data: the same JSON, whatever the path.
      expect(JSON.parse(JSON.stringify(fast.state))).toEqual(
        JSON.parse(JSON.stringify(slow.state)),
      );
    }
  });
});

describe('owned copies', () => {
  it('leave the state they copy untouched', () => {
    const start = newGame(mini, 'owned').state;
    const before = canonicalJson(start);
    const copy = ownedCopy(start);
    expect(applyOwned(mini, copy, { type: 'play', action: 'protest-note' })).toBeNull();
    expect(applyOwned(mini, copy, { type: 'end-turn' })).toBeNull();
    expect(canonicalJson(start)).toBe(before);
    expect(copy.step).toBe(2);
    expect(copy.counts['action:protest-note']).toBe(1);
  });

  it('refuse an illegal decision and stay unchanged', () => {
    const copy = ownedCopy(newGame(mini, 'owned').state);
    const before = canonicalJson(copy);
    expect(applyOwned(mini, copy, { type: 'play', action: 'nope' })?.code).toBe('unknown-action');
    expect(canonicalJson(copy)).toBe(before);
  });

  it('are required by applyOwned', () => {
    const state = newGame(mini, 'owned').state;
    expect(applyOwned(mini, state, { type: 'end-turn' })?.code).toBe('malformed');
  });
});
