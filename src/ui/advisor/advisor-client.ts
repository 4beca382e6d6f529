/**
 * Asks the advisor for forecasts, so the screen never waits: the rollouts are shared among a
 * pool of Web Workers (one per core but one, at least one), in tasks of 100, and put back
 * together in rollout order, so the answer is the same whatever the pool's size. A new
 * question supersedes the previous one. If Workers are unavailable (a page opened from
 * file://) the engine's advisor service runs on this thread in slices between frames.
 */

import type { GameAction, GameState } from '../../engine';
import { type ForecastResult, type ForecastShape, forecastShape } from '../../engine/advisor';
import type { AdvisorRequest, AdvisorResponse } from '../../engine/advisor-service';
import { createAdvisorService } from '../../engine/advisor-service';
import type { Scenario } from '../../scenario/schema';
import { assemble, type PoolTask, planTasks, poolSize, type TaskResult } from './pool-plan';
import type { PoolRequest, PoolResponse } from './pool-worker';

/** Rollouts per task: small enough for progress and cancelling, large enough to amortise. */
const TASK_SIZE = 100;

export interface ForecastHandlers {
  readonly onProgress: (done: number, total: number) => void;
  readonly onResult: (forecasts: readonly ForecastResult[]) => void;
}

interface Port {
  post(request: AdvisorRequest): void;
}

let port: Port | null = null;
let nextId = 1;
const waiting = new Map<number, ForecastHandlers>();

function receive(response: AdvisorResponse): void {
  const handlers = waiting.get(response.id);
  if (!handlers) return;
  if (response.type === 'progress') {
    handlers.onProgress(response.done, response.total);
  } else {
    waiting.delete(response.id);
    handlers.onResult(response.forecasts);
  }
}

interface Question {
  readonly id: number;
  readonly shape: ForecastShape;
  readonly decisions: readonly GameAction[];
  readonly queue: PoolTask[];
  readonly finished: { task: PoolTask; result: TaskResult }[];
  readonly total: number;
  readonly handlers: ForecastHandlers;
}

/** The pool: each worker and whether it is working on a task. */
let pool: { worker: Worker; busy: boolean }[] | null = null;
let asked: Question | null = null;

function startPool(): { worker: Worker; busy: boolean }[] {
  const size = poolSize(navigator.hardwareConcurrency);
  const members = Array.from({ length: size }, () => ({
    worker: new Worker(new URL('./pool-worker.ts', import.meta.url), { type: 'module' }),
    busy: false,
  }));
  for (const member of members) {
    member.worker.onmessage = (event: MessageEvent<PoolResponse>) => {
      member.busy = false;
      const q = asked;
      if (q && event.data.id === q.id) {
        q.finished.push({ task: event.data.task, result: event.data.result });
        const done = q.finished.reduce((a, f) => a + f.task.count, 0);
        if (done >= q.total) {
          asked = null;
          q.handlers.onResult(assemble(q.shape, q.decisions, q.finished));
        } else q.handlers.onProgress(done, q.total);
      }
      dispatch();
    };
  }
  return members;
}

/** Gives every idle worker the next task of the current question. */
function dispatch(): void {
  const q = asked;
  if (!q || !pool) return;
  for (const member of pool) {
    if (member.busy) continue;
    const task = q.queue.shift();
    if (!task) return;
    member.busy = true;
    member.worker.postMessage({ type: 'task', id: q.id, task } satisfies PoolRequest);
  }
}

/** Falls back to the single-threaded service when no Worker can start. */
function connectFallback(): Port {
  if (port) return port;
  const service = createAdvisorService(receive, (run) => window.setTimeout(run, 0));
  port = { post: (request) => service.onMessage(request) };
  return port;
}

function poolOrNull(): typeof pool {
  if (pool || port) return pool;
  try {
    pool = startPool();
  } catch {
    pool = null;
  }
  return pool;
}

/** Starts a forecast; returns a function that cancels it (e.g. when its dialog closes). */
export function requestForecast(
  scenario: Scenario,
  state: GameState,
  decisions: readonly GameAction[],
  handlers: ForecastHandlers,
  rollouts = 1000,
): () => void {
  const id = nextId++;
  const workers = poolOrNull();
  if (!workers) {
    for (const old of waiting.keys()) waiting.delete(old);
    waiting.set(id, handlers);
    connectFallback().post({
      type: 'forecast',
      id,
      scenario,
      state,
      decisions,
      rollouts,
      mixedStyles: true,
      slice: TASK_SIZE,
    });
    return () => {
      if (!waiting.delete(id)) return;
      connectFallback().post({ type: 'cancel', id });
    };
  }
  const queue = planTasks(decisions.length, rollouts, TASK_SIZE);
  const shape = forecastShape(scenario);
  asked = {
    id,
    shape,
    decisions,
    queue,
    finished: [],
    total: decisions.length * rollouts,
    handlers,
  };
  for (const { worker } of workers) {
    worker.postMessage({ type: 'question', id, scenario, state, decisions } satisfies PoolRequest);
  }
  if (queue.length === 0) {
    asked = null;
    handlers.onResult(assemble(shape, decisions, []));
  } else dispatch();
  return () => {
    if (asked?.id === id) asked = null;
  };
}
