/** A class table no student can game: what is ranked, what is held back, and why. */
import { describe, expect, it } from 'vitest';
import {
  botReference,
  percentile,
  playerKey,
  verifyClass,
  verifyReplayFile,
} from '../../src/classroom';
import { POLICIES, playGame, replayOf } from '../../src/engine';
import { cut, file, lookup, mini, replayBy, studentReplay } from './replays';

const SEED = 'class-1';
const ana = studentReplay(SEED, 'Ana');
const binh = studentReplay(SEED, 'Binh');
const chi = studentReplay(SEED, 'Chi');

describe('what the class table ranks', () => {
  it('ranks finished games only: an empty game and a cut game are listed apart, with how far they got', () => {
    const empty = cut(ana, 0);
    const firstEnd = binh.actions.findIndex((a) => a.type === 'end-turn');
    const results = verifyClass(
      [
        file('ana.json', ana),
        file('empty.json', { ...empty, player: 'Dan' }),
        file('cut.json', { ...cut(chi, firstEnd + 1), player: 'Chi' }),
      ],
      lookup,
    );
    expect(results.rows.map((r) => r.file)).toEqual(['ana.json']);
    expect(results.unfinished.map((r) => [r.file, r.turns, r.over])).toEqual([
      ['cut.json', 2, false],
      ['empty.json', 1, false],
    ]);
  });

  it('flags two files with the same decisions whatever the names, and ranks neither', () => {
    const copy = { ...ana, player: 'Bình' };
    const results = verifyClass(
      [file('ana.json', ana), file('binh.json', binh), file('copy.json', copy)],
      lookup,
    );
    expect(results.rows.map((r) => r.file)).toEqual(['binh.json']);
    expect(results.flagged.map((r) => [r.file, r.reasons])).toEqual([
      ['ana.json', [{ kind: 'copy', files: ['copy.json'] }]],
      ['copy.json', [{ kind: 'copy', files: ['ana.json'] }]],
    ]);
  });

  it('flags a file whose recorded final block lies about the score', () => {
    const forged = { ...ana, final: { ...ana.final!, score: 95 } };
    const results = verifyClass([file('forged.json', forged), file('binh.json', binh)], lookup);
    expect(results.rows.map((r) => r.file)).toEqual(['binh.json']);
    expect(results.flagged[0]?.reasons).toEqual([
      {
        kind: 'false-claim',
        claims: [{ field: 'score', claimed: 95, actual: ana.final?.score }],
      },
    ]);
  });

  it.each(Object.keys(POLICIES))('flags the %s bot’s game handed in as a student’s', (policy) => {
    const { policy: _p, ...bare } = replayBy(policy, SEED, 'Em');
    const v = verifyReplayFile(file('em.json', bare), lookup);
    if (v.status !== 'valid') throw new Error(v.reason);
    expect(v.botGame).toEqual({ policy, stated: false });
    const results = verifyClass([file('em.json', bare), file('ana.json', ana)], lookup);
    expect(results.rows.map((r) => r.file)).toEqual(['ana.json']);
    expect(results.flagged[0]?.reasons).toContainEqual({ kind: 'bot', policy, stated: false });
  });

  it('flags a file that names a bot in its policy field', () => {
    const v = verifyReplayFile(file('x.json', { ...ana, policy: 'my-own-bot' }), lookup);
    expect(v.status === 'valid' && v.botGame).toEqual({ policy: 'my-own-bot', stated: true });
  });

  it('marks a score above the best bot’s 90th percentile on the seed', () => {
    const ref = botReference(mini, SEED);
    expect(Object.values(POLICIES).map((p) => p.name)).toContain(ref.ceilingBot);
    const results = verifyClass([file('ana.json', ana), file('binh.json', binh)], lookup);
    for (const r of results.rows) {
      expect(r.botCeiling?.score).toBe(ref.ceiling);
      expect(r.beyondBots).toBe(r.score > ref.ceiling);
    }
  });

  it('says when the verified files belong to several seeds', () => {
    const other = studentReplay('class-2', 'Chi');
    const results = verifyClass([file('ana.json', ana), file('chi.json', other)], lookup);
    expect(results.classes).toEqual([
      { scenario: 'mini', seed: SEED, files: 1 },
      { scenario: 'mini', seed: 'class-2', files: 1 },
    ]);
  });
});

describe('names', () => {
  it.each([
    ['Lan', 'lan'],
    ['Lan\u200B', 'Lan'],
    ['L\u200Dan', 'LAN'],
    ['\uFEFFLan ', 'lan'],
    ['ＬＡＮ', 'Lan'],
    ['Nguye\u0302\u0303n', 'Nguyễn'],
    ['Lan\u202E', 'lan'],
  ])('"%s" is the same player as "%s"', (a, b) => {
    expect(playerKey(a)).toBe(playerKey(b));
  });

  it('a zero-width space does not hide a second file by the same player', () => {
    const results = verifyClass(
      [file('a.json', ana), file('b.json', { ...binh, player: 'A\u200Bna' })],
      lookup,
    );
    expect(results.duplicates.map((d) => d.files)).toEqual([['a.json', 'b.json']]);
  });
});

describe('percentile', () => {
  it('is the nearest rank', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(percentile([5], 0.9)).toBe(5);
    expect(percentile([3, 1, 2], 0.9)).toBe(3);
  });
});

it('the reference bots replay to the same games they are compared with', () => {
  const p = POLICIES.bamboo!;
  const r = replayOf(mini, SEED, playGame(mini, SEED, p));
  expect(verifyReplayFile(file('b.json', r), lookup)).toMatchObject({
    botGame: { policy: 'bamboo', stated: false },
  });
});
