/**
 * The month in review lists every cause of each gauge's move, and they add up to the move the
 * board shows: checked for every month and every gauge of whole games played by the bots.
 */
import { describe, expect, it } from 'vitest';
import { setLocale, TEXT } from '../../src/i18n';
import { gauges, inSteps, monthMovers } from '../../src/view';
import { loadShipped } from '../helpers';
import { playedSteps, turnEnds } from './played-steps';

const GAMES = [
  ['2023', 'movers-1', 'random'],
  ['2023', 'movers-2', 'bamboo'],
  ['2023', 'movers-3', 'historical'],
  ['2023', 'movers-4', 'washington-first'],
  ['2023', 'movers-5', 'beijing-first'],
  ['september-2023', 'movers-6', 'random'],
  ['xi-visit-2023', 'movers-7', 'bamboo'],
] as const;

const tenths = (xs: readonly { delta: number }[]) => xs.reduce((a, x) => a + inSteps(x.delta), 0);

describe('the month’s movers', () => {
  for (const [scenario, seed, policy] of GAMES) {
    it(`add up to the board’s move, every month and gauge (${scenario}, ${policy})`, () => {
      const cs = loadShipped(scenario);
      const steps = playedSteps(cs, seed, policy);
      const ends = turnEnds(steps);
      expect(ends.length).toBeGreaterThan(0);
      // Where the review opens (each turn's end) and where R may open it (after any decision).
      const points = [...ends, ...steps.map((_, i) => i).filter((i) => i % 3 === 1)];
      let rows = 0;
      for (const at of points) {
        const prefix = steps.slice(0, at + 1);
        const movers = monthMovers(cs, prefix);
        const all = monthMovers(cs, prefix, Number.POSITIVE_INFINITY);
        const board = gauges(cs, prefix, 0);
        for (const g of board) {
          const mover = movers.find((m) => m.key === g.key);
          if (inSteps(g.trend) === 0) {
            expect(mover, `${g.key} at step ${at}`).toBeUndefined();
            continue;
          }
          if (!mover) throw new Error(`${g.key} moved ${g.trend} at step ${at} but is not listed`);
          expect(mover.delta).toBe(g.trend);
          expect(tenths(mover.causes), `${g.key} at step ${at}`).toBe(inSteps(g.trend));
          expect(mover.causes.length).toBeLessThanOrEqual(4);
          // Folding the smallest into one row leaves none out.
          const full = all.find((m) => m.key === g.key)?.causes ?? [];
          expect(full.every((c) => c.count === 1)).toBe(true);
          expect(mover.causes.reduce((a, c) => a + c.count, 0)).toBe(full.length);
          expect(tenths(full)).toBe(inSteps(g.trend));
          for (const c of full) expect(inSteps(c.delta)).not.toBe(0);
          rows += mover.causes.length;
        }
        // Largest move first.
        for (let i = 1; i < movers.length; i++)
          expect(Math.abs(movers[i - 1]?.delta ?? 0)).toBeGreaterThanOrEqual(
            Math.abs(movers[i]?.delta ?? 0),
          );
      }
      expect(rows).toBeGreaterThan(0);
    });
  }

  it('folds the smallest causes into one row that says how many it holds', () => {
    const cs = loadShipped('2023');
    const steps = playedSteps(cs, 'movers-fold', 'random');
    const end = turnEnds(steps)[1] as number;
    const movers = monthMovers(cs, steps.slice(0, end + 1), 2);
    const folded = movers.find((m) => m.causes.at(-1)?.count ?? 0 > 1);
    expect(folded).toBeDefined();
    const last = folded?.causes.at(-1);
    expect(last?.label).toBe(TEXT.explain.movers.other(last?.count ?? 0));
  });

  it('speaks Vietnamese', () => {
    const cs = loadShipped('2023');
    const steps = playedSteps(cs, 'movers-fold', 'random');
    const end = turnEnds(steps)[1] as number;
    setLocale('vi');
    try {
      const movers = monthMovers(cs, steps.slice(0, end + 1), 2);
      const last = movers.find((m) => (m.causes.at(-1)?.count ?? 0) > 1)?.causes.at(-1);
      expect(last?.label).toMatch(/^\d+ nguyên nhân nhỏ hơn cộng lại$/);
    } finally {
      setLocale('en');
    }
  });
});
