/**
 * How a forecast is shared among workers, and put back together. Every rollout draws its dice
 * from its own index (engine/advisor.ts: `base#i`), so a rollout's result does not depend on
 * which worker ran it or when: the samples, reassembled in index order, are exactly those one
 * worker would have produced, and so is the summary (tested in test/ui/advisor-pool.test.ts).
 */
import {
  type ApplyError,
  type ForecastResult,
  type ForecastShape,
  type GameAction,
  type RolloutSample,
  summarizeForecast,
} from '../../engine';

/** One piece of work: rollouts `from` … `from + count - 1` of decision number `decision`. */
export interface PoolTask {
  readonly decision: number;
  readonly from: number;
  readonly count: number;
}

/** What a worker answers for a task: its samples, or why the decision cannot be played. */
export type TaskResult =
  | { readonly ok: true; readonly samples: readonly RolloutSample[] }
  | { readonly ok: false; readonly error: ApplyError };

/** Tasks of `size` rollouts, decision by decision, in index order. */
export function planTasks(decisions: number, rollouts: number, size: number): PoolTask[] {
  const step = Math.max(1, Math.floor(size));
  const tasks: PoolTask[] = [];
  for (let decision = 0; decision < decisions; decision++) {
    for (let from = 0; from < rollouts; from += step) {
      tasks.push({ decision, from, count: Math.min(step, rollouts - from) });
    }
  }
  return tasks;
}

/** Puts the finished tasks (in any order) back into one forecast per decision. */
export function assemble(
  shape: ForecastShape,
  decisions: readonly GameAction[],
  finished: readonly { readonly task: PoolTask; readonly result: TaskResult }[],
): ForecastResult[] {
  return decisions.map((decision, index) => {
    const mine = finished
      .filter((f) => f.task.decision === index)
      .sort((a, b) => a.task.from - b.task.from);
    const refused = mine.find((f) => !f.result.ok)?.result;
    if (refused && !refused.ok) return { ok: false, error: refused.error };
    const samples = mine.flatMap((f) => (f.result.ok ? f.result.samples : []));
    return { ok: true, forecast: summarizeForecast(shape, decision, samples) };
  });
}

/** Workers to start: one core is left to the page itself (at least one worker). */
export function poolSize(hardwareConcurrency: number | undefined): number {
  return Math.max(1, Math.floor(hardwareConcurrency ?? 2) - 1);
}
