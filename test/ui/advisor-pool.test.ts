import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advisorStylesFor,
  forecast,
  forecastShape,
  type GameAction,
  legalActions,
  newGame,
} from '../../src/engine';
import { assemble, planTasks, poolSize } from '../../src/ui/advisor/pool-plan';
import { prepareQuestion } from '../../src/ui/advisor/pool-work';
import { loadFixture } from '../helpers';

const cs = loadFixture('mini.json');
const state = newGame(cs, 'pool').state;
const decisions: GameAction[] = legalActions(cs, state).slice(0, 2);
const ROLLOUTS = 60;
const oneWorker = decisions.map((d) =>
  forecast(cs, state, d, { rollouts: ROLLOUTS, styles: advisorStylesFor(cs, state, d) }),
);

/** Runs the plan as a pool of `workers` would: tasks dealt round-robin, finished in any order. */
function runPool(workers: number, size: number, order: (n: number) => number[]) {
  const run = Array.from({ length: workers }, () =>
    prepareQuestion({ scenario: cs.scenario, state, decisions }),
  );
  const tasks = planTasks(decisions.length, ROLLOUTS, size);
  const finished = tasks.map((task, i) => ({
    task,
    result: (run[i % workers] as (typeof run)[0])(task),
  }));
  return assemble(
    forecastShape(cs.scenario),
    decisions,
    order(finished.length).map((i) => finished[i] as (typeof finished)[0]),
  );
}

describe('advisor pool', () => {
  it('plans every rollout exactly once, in tasks of at most the given size', () => {
    const tasks = planTasks(2, 250, 100);
    expect(tasks.map((t) => [t.decision, t.from, t.count])).toEqual([
      [0, 0, 100],
      [0, 100, 100],
      [0, 200, 50],
      [1, 0, 100],
      [1, 100, 100],
      [1, 200, 50],
    ]);
  });

  it('gives the same forecasts bit for bit as one worker, whatever the pool and the order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: ROLLOUTS }),
        fc.infiniteStream(fc.nat()),
        (workers, size, noise) => {
          const shuffled = (n: number) => {
            const order = Array.from({ length: n }, (_, i) => i);
            const it = noise[Symbol.iterator]();
            for (let i = n - 1; i > 0; i--) {
              const j = (it.next().value as number) % (i + 1);
              [order[i], order[j]] = [order[j] as number, order[i] as number];
            }
            return order;
          };
          expect(runPool(workers, size, shuffled)).toEqual(oneWorker);
        },
      ),
      { numRuns: 8 },
    );
  });

  it('refuses an illegal decision as one worker does', () => {
    const illegal: GameAction = { type: 'play', action: 'no-such-card' };
    const run = prepareQuestion({ scenario: cs.scenario, state, decisions: [illegal] });
    const tasks = planTasks(1, 30, 10);
    const result = assemble(
      forecastShape(cs.scenario),
      [illegal],
      tasks.map((task) => ({ task, result: run(task) })),
    );
    expect(result).toEqual([
      forecast(cs, state, illegal, { rollouts: 30, styles: advisorStylesFor(cs, state, illegal) }),
    ]);
    expect(result[0]?.ok).toBe(false);
  });

  it('leaves one core to the page and always has a worker', () => {
    expect([undefined, 0, 1, 2, 4, 8].map(poolSize)).toEqual([1, 1, 1, 1, 3, 7]);
  });
});
