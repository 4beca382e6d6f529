import { describe, expect, it } from 'vitest';
import { combinations, DEFAULT_SEARCH, searchRotations } from '../../../src/cli/depth/search';
import { loadFixture } from '../../helpers';

describe('combinations', () => {
  it('lists every combination of up to k items once, in order, the empty one first', () => {
    const all = combinations(['a', 'b', 'c', 'd'], 3);
    expect(all[0]).toEqual([]);
    expect(all).toHaveLength(1 + 4 + 6 + 4);
    expect(new Set(all.map((c) => c.join('+'))).size).toBe(all.length);
    expect(all).toContainEqual(['a', 'c', 'd']);
    for (const c of all) expect(c).toEqual([...c].sort());
    expect(combinations(['a', 'b'], 3)).toHaveLength(4);
  });
});

describe('the staged search for the best fixed plan', () => {
  const cs = loadFixture('depth-mini.json');

  it('finds the plan an exhaustive search finds', () => {
    const staged = searchRotations(cs, {
      ...DEFAULT_SEARCH,
      games: 8,
      screenSeeds: 1,
      keep: 8,
      finalists: 3,
      perRule: 0,
    });
    // Screening every plan on every seed: one round, nothing cut.
    const exhaustive = searchRotations(cs, { ...DEFAULT_SEARCH, games: 8, screenSeeds: 8 });
    expect(exhaustive.rounds).toHaveLength(1);
    expect(exhaustive.rounds[0]?.kept).toBe(exhaustive.plans);
    expect(staged.rounds.length).toBeGreaterThan(1);
    expect(staged.gamesPlayed).toBeLessThan(exhaustive.gamesPlayed);
    expect(staged.best).toEqual(exhaustive.best);
  }, 60_000);

  it('searches only the answer rules it is given and keeps the best of each', () => {
    const r = searchRotations(cs, {
      ...DEFAULT_SEARCH,
      games: 4,
      keep: 2,
      finalists: 2,
      perRule: 1,
      answers: ['historical', 'first'],
    });
    expect(r.answerRules).toEqual(['historical', 'first']);
    expect(r.plans).toBe(26 * 2);
    expect(new Set(r.finalists.map((f) => f.answers))).toEqual(new Set(['historical', 'first']));
    // Both rules take the wrong road, so the card that always pays decides.
    expect(r.best.cards).toContain('golden-handshake');
  }, 60_000);
});
