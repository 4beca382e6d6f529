import { describe, expect, it } from 'vitest';
import { POLICIES, playGame, replayOf } from '../../src/engine';
import { type ReplayCheck, verifyReplayText } from '../../src/replay/verify-text';
import { loadFixture } from '../helpers';

const cs = loadFixture('mini.json');
const find = (id: string) => (id === cs.scenario.id ? cs : undefined);
const replay = replayOf(cs, 'seed-1', playGame(cs, 'seed-1', POLICIES.random!), 'random');

describe('verifying a replay file', () => {
  it('accepts a genuine replay with every step', () => {
    const result = verifyReplayText(JSON.stringify(replay), 'a.json', find);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.steps.length).toBe(replay.actions.length + 1);
  });

  const cases: [string, () => string, ReplayCheck][] = [
    ['not JSON', () => '{oops', 'file'],
    [
      'a foreign scenario',
      () => JSON.stringify({ ...replay, scenario: { ...replay.scenario, id: 'nope' } }),
      'unknown-scenario',
    ],
    [
      'another version of the scenario',
      () =>
        JSON.stringify({ ...replay, scenario: { ...replay.scenario, hash: '0123456789abcdef' } }),
      'scenario',
    ],
    [
      'an unknown engine',
      () => JSON.stringify({ ...replay, engineVersion: '9.9.9' }),
      'engine-version',
    ],
    [
      'a tampered final state',
      () => JSON.stringify({ ...replay, final: { ...replay.final, stateHash: 'x' } }),
      'final',
    ],
    [
      'an illegal decision',
      () =>
        JSON.stringify({
          ...replay,
          actions: [{ type: 'play', action: 'no-such-card' }, ...replay.actions],
        }),
      'illegal-action',
    ],
  ];
  it.each(cases)('refuses %s, naming the check', (_name, text, check) => {
    const result = verifyReplayText(text(), 'b.json', find);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.check).toBe(check);
      expect(result.message.startsWith('b.json')).toBe(true);
    }
  });
});
