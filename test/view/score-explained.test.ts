/**
 * The end screen's score, term by term: each part of the bamboo score times its weight, the
 * penalty and the bounds, rounded together so that the terms shown add up to the score shown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type GameState,
  type IndicatorKey,
  indicatorRange,
  newGame,
  scoreOf,
} from '../../src/engine';
import { setLocale } from '../../src/i18n';
import { inSteps, scoreExplained } from '../../src/view';
import { loadShipped } from '../helpers';
import { playedSteps } from './played-steps';

const tenths = (xs: readonly { points: number }[]) => xs.reduce((a, x) => a + inSteps(x.points), 0);

describe('the score explained', () => {
  it('adds up to the final score of whole games played by the bots, collapses included', () => {
    const outcomes = new Set<string>();
    for (const [scenario, seed, policy] of [
      ['2023', 'score-1', 'random'],
      ['2023', 'score-2', 'bamboo'],
      ['2023', 'score-3', 'beijing-first'],
      ['2023', 'score-4', 'washington-first'],
      ['2023', 'score-5', 'historical'],
      ['2023', 'score-6', 'passive'],
      ['september-2023', 'score-7', 'random'],
      ['xi-visit-2023', 'score-8', 'random'],
    ] as const) {
      const cs = loadShipped(scenario);
      const end = playedSteps(cs, seed, policy).at(-1)?.state as GameState;
      expect(end.ending).not.toBeNull();
      outcomes.add(end.ending?.collapse ? 'collapse' : 'full year');
      const explained = scoreExplained(cs, end);
      expect(explained.total).toBe(end.ending?.score.total);
      expect(tenths(explained.terms)).toBe(inSteps(explained.total));
      // The terms read the engine's formula right: unrounded, they make the score to rounding.
      const exact = explained.terms.reduce((a, t) => a + t.exact, 0);
      expect(Math.abs(exact - explained.total)).toBeLessThan(0.1);
      expect(explained.terms.some((t) => t.id === 'penalty')).toBe(end.ending?.collapse);
    }
    expect(outcomes).toEqual(new Set(['collapse', 'full year']));
  });

  it('adds up for any board, at either bound too', () => {
    const cs = loadShipped('2023');
    const start = newGame(cs, 'score-any').state;
    const keys = cs.tables.vocab.keys;
    const board = fc.record(
      Object.fromEntries(
        keys.map((k) => {
          const r = indicatorRange(cs.tables.vocab, k) ?? { min: 0, max: 100 };
          return [k, fc.integer({ min: r.min * 10, max: r.max * 10 }).map((t) => t / 10)];
        }),
      ) as Record<IndicatorKey, fc.Arbitrary<number>>,
    );
    fc.assert(
      fc.property(board, fc.boolean(), (ind, collapse) => {
        const state: GameState = {
          ...start,
          ind: { ...start.ind, ...ind },
          ...(collapse
            ? {
                phase: 'over' as const,
                ending: {
                  outcome: 'unrest',
                  collapse: true,
                  turn: 3,
                  score: scoreOf(
                    cs.tables,
                    { ...start.ind, ...ind },
                    true,
                    cs.scenario.rules.score,
                  ),
                },
              }
            : {}),
        };
        const explained = scoreExplained(cs, state);
        expect(tenths(explained.terms)).toBe(inSteps(explained.total));
        const exact = explained.terms.reduce((a, t) => a + t.exact, 0);
        expect(Math.abs(exact - explained.total)).toBeLessThan(0.1);
        for (const t of explained.terms)
          if (t.weight !== undefined) expect(t.sum).toMatch(/ × \d+% = /);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the floor its own term when a collapse takes the score below 0', () => {
    const cs = loadShipped('2023');
    const start = newGame(cs, 'score-floor').state;
    const ind = Object.fromEntries(
      cs.tables.vocab.keys.map((k) => [k, indicatorRange(cs.tables.vocab, k)?.min ?? 0]),
    ) as GameState['ind'];
    const state: GameState = {
      ...start,
      ind: { ...ind, 'autonomy.drift': 0 },
      phase: 'over',
      ending: {
        outcome: 'unrest',
        collapse: true,
        turn: 2,
        score: scoreOf(cs.tables, { ...ind, 'autonomy.drift': 0 }, true, cs.scenario.rules.score),
      },
    };
    const explained = scoreExplained(cs, state);
    expect(explained.total).toBe(0);
    const floor = explained.terms.find((t) => t.id === 'floor');
    expect(floor?.points ?? 0).toBeGreaterThan(0);
    expect(tenths(explained.terms)).toBe(0);
  });

  it('names the weakest power and speaks Vietnamese', () => {
    const cs = loadShipped('2023');
    const start = newGame(cs, 'score-words').state;
    const state = { ...start, ind: { ...start.ind, 'relations.us': 20 } };
    expect(scoreExplained(cs, state).terms[0]?.label).toBe('Your weakest relation (United States)');
    setLocale('vi');
    try {
      const terms = scoreExplained(cs, state).terms;
      // The power's name is the scenario's own (its translation is loaded with the game).
      expect(terms[0]?.label.startsWith('Quan hệ yếu nhất của bạn (')).toBe(true);
      expect(terms.find((t) => t.id === 'stability')?.label).toBe(
        'Ổn định trong nước (lòng dân, chính danh)',
      );
      expect(terms[0]?.sum).toMatch(/^20,0 × 30% = 6,0$/);
    } finally {
      setLocale('en');
    }
  });
});
