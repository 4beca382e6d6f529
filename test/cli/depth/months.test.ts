import { beforeAll, describe, expect, it } from 'vitest';
import { seedList } from '../../../src/cli/depth/games';
import {
  judgeDecision,
  type MonthDepth,
  monthDepth,
  REAL_DECISION,
  type SeedValues,
} from '../../../src/cli/depth/months';
import { loadFixture } from '../../helpers';

const seeds = (...rows: Record<string, number>[]): SeedValues[] =>
  rows.map((r) => new Map(Object.entries(r)));

describe('judging one decision over seeds', () => {
  it('fails an answer that is best on every seed, however much the others cost', () => {
    const d = judgeDecision('crossroads', seeds(...Array(8).fill({ right: 70, wrong: 60 })), 8);
    expect(d).toMatchObject({ gap: 10, close: 10, modal: 'right', otherBestShare: 0 });
    expect(d.routineLosesShare).toBe(0);
    expect(d.real).toBe(false);
  });

  it('passes a dilemma whose best answer changes with the game and costs when missed', () => {
    const rows = [
      ...Array(5).fill({ east: 70, west: 66 }),
      ...Array(3).fill({ east: 65, west: 68 }),
    ];
    const d = judgeDecision('fork', seeds(...rows), 8);
    expect(d).toMatchObject({ modal: 'east', otherBestShare: 0.375, routineLosesShare: 0.375 });
    expect(d.real).toBe(true);
  });

  it('fails a choice whose best changes only by a hair', () => {
    const rows = [
      ...Array(4).fill({ a: 70, b: 69.8, c: 60 }),
      ...Array(4).fill({ a: 69.8, b: 70, c: 60 }),
    ];
    const d = judgeDecision('hair', seeds(...rows), 8);
    expect(d.gap).toBe(10);
    expect(d.otherBestShare).toBe(0.5);
    expect(d.routineLosesShare).toBe(0);
    expect(d.real).toBe(false);
  });

  it('fails a dilemma that matters but comes up in too few games', () => {
    const rows = [
      { east: 70, west: 60 },
      { east: 60, west: 70 },
    ];
    expect(judgeDecision('rare', seeds(...rows), 2).real).toBe(true);
    expect(judgeDecision('rare', seeds(...rows), 12).real).toBe(false);
    expect(REAL_DECISION.reach).toBeGreaterThan(2 / 12);
  });

  it('lets the routine fall back on the next most common best when its answer is not on offer', () => {
    // Cards in a hand: "a" is most often best; where it is not dealt the routine takes "b".
    const rows = seeds(
      { a: 70, b: 65, c: 60 },
      { a: 70, b: 65, c: 60 },
      { a: 70, b: 65, c: 60 },
      { b: 70, c: 60 },
    );
    const d = judgeDecision('cards', rows, 4);
    expect(d.modal).toBe('a');
    expect(d.routineLosesShare).toBe(0);
  });
});

describe('the months of a small scenario', () => {
  let months: readonly MonthDepth[];
  beforeAll(() => {
    months = monthDepth(loadFixture('month-mini.json'), seedList(12));
  }, 60_000);

  it('fails the month whose only choice has one obviously right answer', () => {
    const m1 = months[0];
    expect(m1?.month).toBe('m1');
    const crossroads = m1?.decisions.find((d) => d.id === 'crossroads');
    expect(crossroads?.modal).toBe('right-road');
    expect(crossroads?.gap).toBeGreaterThan(REAL_DECISION.stakes);
    expect(crossroads?.otherBestShare).toBe(0);
    expect(m1?.real).toBe(false);
  });

  it('passes the month whose invitation is best answered by courting the capital the dice snubbed', () => {
    const m2 = months[1];
    const fork = m2?.decisions.find((d) => d.id === 'fork');
    expect(fork?.seeds).toBe(12);
    expect(fork?.real).toBe(true);
    expect(fork?.otherBestShare).toBeGreaterThan(0.2);
    expect(m2?.real).toBe(true);
    // The last months hold only the card that always pays.
    expect(months.slice(2).map((m) => m.real)).toEqual([false, false]);
  });

  it('is deterministic', () => {
    expect(monthDepth(loadFixture('month-mini.json'), seedList(12))).toEqual(months);
  });
});
