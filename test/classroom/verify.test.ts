import { describe, expect, it } from 'vitest';
import {
  keyDecisionsText,
  summarizeClass,
  verifyClass,
  verifyReplayFile,
} from '../../src/classroom';
import { ENGINE_VERSION, type GameAction } from '../../src/engine';
import { MAX_REPLAY_BYTES } from '../../src/replay/parse';
import { file, lookup, mini, replayBy, studentReplay } from './replays';

const good = studentReplay('class-1', 'Lan');
const firstEnd = good.actions.findIndex((a) => a.type === 'end-turn');

function edited(actions: readonly GameAction[]) {
  return { ...good, actions };
}

/** Each kind of bad file and the check it must fail. */
const BAD: [string, unknown, string, RegExp][] = [
  [
    'extra action',
    edited([
      ...good.actions.slice(0, firstEnd),
      { type: 'play', action: 'protest-note' },
      ...good.actions.slice(firstEnd),
    ]),
    'checkpoint|illegal-action|final',
    /./,
  ],
  ['truncated', edited(good.actions.slice(0, -3)), 'final', /final state differs/],
  ['changed seed', { ...good, seed: 'class-2' }, 'illegal-action|checkpoint|final', /./],
  [
    'edited action',
    edited(
      good.actions.map((a, i) =>
        i === firstEnd ? ({ type: 'play', action: 'no-such-card' } as GameAction) : a,
      ),
    ),
    'illegal-action',
    /decision \d+ .*is illegal: no action "no-such-card"/,
  ],
  [
    'other scenario version',
    { ...good, scenario: { id: 'mini', hash: '0123456789abcdef' } },
    'scenario',
    /different version of scenario "mini"/,
  ],
  [
    'foreign scenario',
    { ...good, scenario: { id: 'chess', hash: '0123456789abcdef' } },
    'unknown-scenario',
    /scenario "chess", which is not installed/,
  ],
  ['future engine', { ...good, engineVersion: '9.0.0' }, 'engine-version', /engine 9\.0\.0/],
  ['other format', { ...good, format: 'bamboo-replay/2' }, 'format', /format: expected/],
  ['garbage', 'PK\u0003\u0004 not json at all', 'not-json', /not valid JSON/],
  ['json but not a replay', { hello: 'world' }, 'format', /not a replay/],
  ['broken field', { ...good, seed: 42 }, 'malformed', /seed: .*expected string/],
  ['too big', 'x'.repeat(MAX_REPLAY_BYTES + 1), 'too-big', /too big/],
];

describe('verifyReplayFile', () => {
  it('turns a valid replay into a row computed by replaying it', () => {
    const v = verifyReplayFile(file('lan.json', good), lookup);
    expect(v.status).toBe('valid');
    if (v.status !== 'valid') return;
    expect(v).toMatchObject({
      file: 'lan.json',
      player: 'Lan',
      scenario: 'mini',
      seed: 'class-1',
      score: good.final?.score,
      outcome: good.final?.outcome,
      over: true,
      turns: 4,
      decisions: good.actions.length,
      stateHash: good.final?.stateHash,
    });
    expect(v.tiers).toHaveProperty('cn');
    expect(v.indicators['relations.cn']).toEqual(expect.any(Number));
  });

  it('ignores what the file claims: a forged final score is not shown', () => {
    const forged = { ...good, final: { ...good.final!, score: 99.9 } };
    // The score is not part of the checked hash; the row shows the replayed one.
    const v = verifyReplayFile(file('forged.json', forged), lookup);
    expect(v.status === 'valid' && v.score).toBe(good.final?.score);
  });

  it.each(BAD)('refuses %s with its reason', (_name, data, code, reason) => {
    const v = verifyReplayFile(file('bad.json', data), lookup);
    expect(v.status).toBe('invalid');
    if (v.status !== 'invalid') return;
    expect(v.code).toMatch(new RegExp(`^(${code})$`));
    expect(v.reason).toMatch(reason);
    expect(v.reason).not.toContain('bad.json:');
  });

  it('keeps the player name of a file that does not verify', () => {
    const v = verifyReplayFile(file('t.json', { ...good, seed: 'other' }), lookup);
    expect(v.player).toBe('Lan');
  });

  it('refuses files for another scenario or seed than the class plays', () => {
    const other = { ...good, scenario: { id: 'xi-visit-2023', hash: '0123456789abcdef' } };
    expect(
      verifyReplayFile(file('a.json', other), lookup, { scenario: 'mini', seed: 'class-1' }),
    ).toMatchObject({
      status: 'invalid',
      code: 'wrong-scenario',
      reason: 'played scenario "xi-visit-2023"; this class plays "mini"',
    });
    const otherSeed = studentReplay('homework', 'Minh');
    expect(
      verifyReplayFile(file('b.json', otherSeed), lookup, { scenario: 'mini', seed: 'class-1' }),
    ).toMatchObject({
      status: 'invalid',
      code: 'wrong-seed',
      reason: 'played with seed "homework"; this class plays seed "class-1"',
    });
    expect(
      verifyReplayFile(file('c.json', good), lookup, { scenario: 'mini', seed: 'class-1' }).status,
    ).toBe('valid');
  });

  it('lists the key decisions with the scenario titles', () => {
    const v = verifyReplayFile(file('h.json', replayBy('historical', 'class-1', 'H')), lookup);
    if (v.status !== 'valid') throw new Error(v.reason);
    expect(v.keyDecisions.map((d) => `${d.turnLabel}: ${d.label}`)).toEqual(
      expect.arrayContaining(['Month 2: Upgrade with Washington', 'Month 2: A new map: Protest']),
    );
    const upgrade = v.keyDecisions.find((d) => d.id === 'us-upgrade');
    expect(upgrade).toMatchObject({ kind: 'action', upgrade: true, turn: 2 });
    expect(v.keyDecisions.find((d) => d.id === 'map/protest')?.asHistory).toBe(true);
  });

  it('accepts an unfinished game as a row marked unfinished', () => {
    const unfinished = { ...good, actions: good.actions.slice(0, firstEnd + 1) };
    const { final: _f, checkpoints: _c, ...bare } = unfinished;
    const v = verifyReplayFile(file('u.json', bare), lookup);
    expect(v).toMatchObject({ status: 'valid', over: false, outcome: null, turns: 2 });
  });

  it('passes ENGINE_VERSION through unchanged', () => {
    expect(good.engineVersion).toBe(ENGINE_VERSION);
    expect(mini.scenario.id).toBe('mini');
  });
});

describe('verifyClass', () => {
  const files = [
    file('zoe.json', studentReplay('class-1', 'Zoe')),
    file('lan.json', good),
    file('an.json', studentReplay('class-1', 'An')),
    file('lan-again.json', studentReplay('class-1', ' LAN\u200B ')),
    file('junk.json', 'nope'),
    file('tampered.json', { ...good, player: 'Khoa', seed: 'class-2' }),
  ];
  const results = verifyClass(files, lookup, { scenario: 'mini', seed: 'class-1' });

  it('sorts rows by score, ties by name, with shared ranks', () => {
    const scores = results.rows.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Two different games with the same score: tied, the names in order.
    const row = verifyReplayFile(files[0]!, lookup);
    if (row.status !== 'valid') throw new Error(row.reason);
    const twin = (name: string, n: number) => ({
      ...row,
      file: `${name}.json`,
      player: name,
      decisionsKey: `k${n}`,
      stateHash: `h${n}`,
    });
    const tied = summarizeClass([twin('Zoe', 1), twin('An', 2), { ...twin('Bo', 3), score: 1 }]);
    expect(tied.rows.map((r) => [r.player, r.rank])).toEqual([
      ['An', 1],
      ['Zoe', 1],
      ['Bo', 3],
    ]);
  });

  it('lists invalid files with their reason', () => {
    expect(results.invalid.map((e) => [e.file, e.code])).toEqual([
      ['junk.json', 'not-json'],
      ['tampered.json', 'wrong-seed'],
    ]);
  });

  it('flags the same player handing in twice', () => {
    expect(results.duplicates).toEqual([{ player: 'Lan', files: ['lan.json', 'lan-again.json'] }]);
    expect(results.flagged).toEqual([]);
    expect(
      results.rows
        .filter((r) => r.duplicate)
        .map((r) => r.file)
        .sort(),
    ).toEqual(['lan-again.json', 'lan.json']);
  });
});

describe('keyDecisionsText', () => {
  it('marks the answers that left history', () => {
    const base = { turn: 2, turnLabel: 'Month 2', kind: 'choice' as const, upgrade: false };
    expect(
      keyDecisionsText([
        { ...base, id: 'map/protest', label: 'A new map: Protest', asHistory: true },
        { ...base, id: 'map/silence', label: 'A new map: Say nothing', asHistory: false },
      ]),
    ).toBe('Month 2: A new map: Protest; Month 2: A new map: Say nothing (differs from history)');
  });
});
