/**
 * Asks the advisor for forecasts, so the screen never waits: the rollouts are shared among a
 * pool of Web Workers (one per core but one, at least one), in tasks of 100, and put back
 * together in rollout order, so the answer is the same whatever the pool's size. A new
 * question supersedes the previous one. If Workers are unavailable (a page opened from
 * file://), or one fails (its script did not load, it threw), the engine's advisor service
 * runs on this thread in slices between frames: a question under way is asked again there, so
 * the player gets the same forecast a little later instead of a progress line that never ends.
 *
 * One client per page, held by the app (`app().advisor`): the workers are started on the
 * first question and kept for the visit. How far the current question has got is session
 * state, kept in the session store (`forecast`), where any scene may read it.
 */

import type { GameAction, GameState } from '../../engine';
import { type ForecastResult, type ForecastShape, forecastShape } from '../../engine/advisor';
import type { AdvisorRequest, AdvisorResponse } from '../../engine/advisor-service';
import { createAdvisorService } from '../../engine/advisor-service';
import type { Scenario } from '../../scenario/schema';
import type { SessionStore } from '../../store';
import { assemble, type PoolTask, planTasks, poolSize, type TaskResult } from './pool-plan';
import type { PoolRequest, PoolResponse } from './pool-worker';

/** Rollouts per task: small enough for progress and cancelling, large enough to amortise. */
const TASK_SIZE = 100;

export interface ForecastHandlers {
  readonly onProgress: (done: number, total: number) => void;
  readonly onResult: (forecasts: readonly ForecastResult[]) => void;
}

export interface AdvisorClient {
  /** Starts a forecast; returns a function that cancels it (e.g. when its dialog closes). */
  requestForecast(
    scenario: Scenario,
    state: GameState,
    decisions: readonly GameAction[],
    handlers: ForecastHandlers,
    rollouts?: number,
  ): () => void;
}

/** What the client needs of a pool worker: a Web Worker in the browser, a fake in tests. */
export interface PoolWorker {
  postMessage(request: PoolRequest): void;
  onmessage: ((event: { data: PoolResponse }) => void) | null;
  /** The worker failed: its script did not load or threw, or a message could not be read. */
  onerror?: ((event: unknown) => void) | null;
  onmessageerror?: ((event: unknown) => void) | null;
  terminate?(): void;
}

export interface AdvisorClientOptions {
  readonly session: SessionStore;
  /** Starts one pool worker; throws when the page may not start Workers. */
  readonly startWorker?: () => PoolWorker;
  readonly workers?: number;
  /** Runs the single-threaded fallback's next slice later (a macrotask). */
  readonly later?: (run: () => void) => void;
}

interface Question {
  readonly id: number;
  /** What was asked, to ask it again on this thread if the pool fails. */
  readonly scenario: Scenario;
  readonly state: GameState;
  readonly rollouts: number;
  readonly shape: ForecastShape;
  readonly decisions: readonly GameAction[];
  readonly queue: PoolTask[];
  readonly finished: { task: PoolTask; result: TaskResult }[];
  readonly total: number;
  readonly handlers: ForecastHandlers;
}

const browserWorker = (): PoolWorker =>
  new Worker(new URL('./pool-worker.ts', import.meta.url), { type: 'module' }) as PoolWorker;

export function createAdvisorClient(options: AdvisorClientOptions): AdvisorClient {
  const { session } = options;
  const startWorker = options.startWorker ?? browserWorker;
  const later = options.later ?? ((run) => window.setTimeout(run, 0));
  // The client's working parts (not state a scene reads): the pool of workers and whether
  // each is busy, or the fallback service; the question being worked on and its tasks.
  let pool: { worker: PoolWorker; busy: boolean }[] | null = null;
  let port: { post(request: AdvisorRequest): void } | null = null;
  let nextId = 1;
  const waiting = new Map<number, ForecastHandlers>();
  let asked: Question | null = null;

  const progress = () => session.getState();

  const finish = (q: Question) => {
    asked = null;
    progress().forecastEnded(q.id);
    q.handlers.onResult(assemble(q.shape, q.decisions, q.finished));
  };

  /** Gives every idle worker the next task of the current question. */
  const dispatch = (): void => {
    const q = asked;
    if (!q || !pool) return;
    for (const member of pool) {
      if (member.busy) continue;
      const task = q.queue.shift();
      if (!task) return;
      member.busy = true;
      member.worker.postMessage({ type: 'task', id: q.id, task });
    }
  };

  const startPool = () => {
    const size = options.workers ?? poolSize(navigator.hardwareConcurrency);
    const members: { worker: PoolWorker; busy: boolean }[] = [];
    try {
      for (let i = 0; i < size; i++) members.push({ worker: startWorker(), busy: false });
    } catch (error) {
      // Some started before one could not: none of them is kept.
      for (const m of members) m.worker.terminate?.();
      throw error;
    }
    for (const member of members) {
      member.worker.onerror = () => poolFailed();
      member.worker.onmessageerror = () => poolFailed();
      member.worker.onmessage = ({ data }) => {
        member.busy = false;
        const q = asked;
        if (q && data.id === q.id) {
          q.finished.push({ task: data.task, result: data.result });
          const done = q.finished.reduce((a, f) => a + f.task.count, 0);
          if (done >= q.total) finish(q);
          else {
            progress().forecastProgress(q.id, done);
            q.handlers.onProgress(done, q.total);
          }
        }
        dispatch();
      };
    }
    return members;
  };

  const receive = (response: AdvisorResponse): void => {
    const handlers = waiting.get(response.id);
    if (!handlers) return;
    if (response.type === 'progress') {
      progress().forecastProgress(response.id, response.done);
      handlers.onProgress(response.done, response.total);
    } else {
      waiting.delete(response.id);
      progress().forecastEnded(response.id);
      handlers.onResult(response.forecasts);
    }
  };

  /** Falls back to the single-threaded service when no Worker can start. */
  const connectFallback = () => {
    if (port) return port;
    const service = createAdvisorService(receive, later);
    port = { post: (request) => service.onMessage(request) };
    return port;
  };

  /** Asks the service on this thread; the question keeps its id (and its place in the session). */
  const askHere = (
    id: number,
    scenario: Scenario,
    state: GameState,
    decisions: readonly GameAction[],
    rollouts: number,
    handlers: ForecastHandlers,
  ) => {
    waiting.clear();
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
  };

  /**
   * A worker failed: the pool is let go for the rest of the visit (a script that did not load
   * will not load the next time either), and the question under way starts again on this thread.
   */
  const poolFailed = () => {
    if (!pool) return;
    const members = pool;
    pool = null;
    for (const m of members) {
      m.worker.onmessage = null;
      m.worker.onerror = null;
      m.worker.onmessageerror = null;
      m.worker.terminate?.();
    }
    connectFallback();
    const q = asked;
    asked = null;
    if (q) askHere(q.id, q.scenario, q.state, q.decisions, q.rollouts, q.handlers);
  };

  const poolOrNull = () => {
    if (pool || port) return pool;
    try {
      pool = startPool();
    } catch {
      pool = null;
    }
    return pool;
  };

  return {
    requestForecast(scenario, state, decisions, handlers, rollouts = 1000) {
      const id = nextId++;
      const total = decisions.length * rollouts;
      progress().forecastAsked(id, total);
      // Whichever thread the question ends up on (the pool may fail under it), this stops it.
      const cancel = () => {
        if (asked?.id === id) {
          asked = null;
          progress().forecastEnded(id);
        } else if (waiting.delete(id)) {
          progress().forecastEnded(id);
          connectFallback().post({ type: 'cancel', id });
        }
      };
      const workers = poolOrNull();
      if (!workers) {
        askHere(id, scenario, state, decisions, rollouts, handlers);
        return cancel;
      }
      const queue = planTasks(decisions.length, rollouts, TASK_SIZE);
      const question: Question = {
        id,
        scenario,
        state,
        rollouts,
        shape: forecastShape(scenario),
        decisions,
        queue,
        finished: [],
        total,
        handlers,
      };
      asked = question;
      for (const { worker } of workers) {
        worker.postMessage({ type: 'question', id, scenario, state, decisions });
      }
      if (queue.length === 0) finish(question);
      else dispatch();
      return cancel;
    },
  };
}
