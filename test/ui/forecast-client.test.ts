import { describe, expect, it } from 'vitest';
import {
  advisorStylesFor,
  type ForecastResult,
  forecast,
  type GameAction,
  legalActions,
  newGame,
} from '../../src/engine';
import { createSessionStore, type ForecastProgress } from '../../src/store';
import { createAdvisorClient, type PoolWorker } from '../../src/ui/advisor/forecast-client';
import { prepareQuestion } from '../../src/ui/advisor/pool-work';
import type { PoolResponse } from '../../src/ui/advisor/pool-worker';
import { loadFixture } from '../helpers';

const cs = loadFixture('mini.json');
const state = newGame(cs, 'client').state;
const decisions: GameAction[] = legalActions(cs, state).slice(0, 2);
const ROLLOUTS = 250;
const expected = decisions.map((d) =>
  forecast(cs, state, d, { rollouts: ROLLOUTS, styles: advisorStylesFor(cs, state, d) }),
);

/** Workers that answer only when the test says so, so it decides what happens in between. */
function fakePool() {
  const outbox: { worker: PoolWorker; response: PoolResponse }[] = [];
  const started: PoolWorker[] = [];
  const startWorker = (): PoolWorker => {
    let run: ((task: Parameters<ReturnType<typeof prepareQuestion>>[0]) => unknown) | null = null;
    let question = -1;
    const worker: PoolWorker = {
      onmessage: null,
      postMessage(request) {
        if (request.type === 'question') {
          question = request.id;
          run = prepareQuestion(request);
        } else if (request.id === question && run) {
          const result = run(request.task) as PoolResponse['result'];
          outbox.push({ worker, response: { id: request.id, task: request.task, result } });
        }
      },
    };
    started.push(worker);
    return worker;
  };
  /** Delivers the answers, last first (out of order on purpose), until none is left. */
  const drain = () => {
    for (let next = outbox.pop(); next; next = outbox.pop()) {
      next.worker.onmessage?.({ data: next.response });
    }
  };
  /** Delivers one answer (the worker then takes the next task). */
  const step = () => {
    const next = outbox.shift();
    next?.worker.onmessage?.({ data: next.response });
  };
  return { startWorker, drain, step, started };
}

function ask(client: ReturnType<typeof createAdvisorClient>) {
  const seen: { progress: number[]; result: readonly ForecastResult[] | null } = {
    progress: [],
    result: null,
  };
  const cancel = client.requestForecast(
    cs.scenario,
    state,
    decisions,
    {
      onProgress: (done) => seen.progress.push(done),
      onResult: (forecasts) => {
        seen.result = forecasts;
      },
    },
    ROLLOUTS,
  );
  return { seen, cancel };
}

describe('advisor client', () => {
  it('gives the one-worker forecasts from a pool, and tracks its progress in the session', () => {
    for (const workers of [1, 3]) {
      const session = createSessionStore();
      const pool = fakePool();
      const client = createAdvisorClient({ session, startWorker: pool.startWorker, workers });
      const progress: (ForecastProgress | null)[] = [];
      session.subscribe(
        (s) => s.forecast,
        (f) => progress.push(f),
      );
      const { seen } = ask(client);
      expect(pool.started).toHaveLength(workers);
      expect(session.getState().forecast).toEqual({ id: 1, done: 0, total: 2 * ROLLOUTS });
      pool.drain();
      expect(seen.result).toEqual(expected);
      expect(seen.progress.length).toBeGreaterThan(0);
      expect(seen.progress.at(-1)).toBeLessThan(2 * ROLLOUTS);
      // Progress only grows, then the finished question leaves the session.
      const dones = progress.flatMap((p) => (p ? [p.done] : []));
      expect(dones).toEqual([...dones].sort((a, b) => a - b));
      expect(progress.at(-1)).toBeNull();
      expect(session.getState().forecast).toBeNull();
    }
  });

  it('lets a new question supersede the last, whose handlers then hear nothing', () => {
    const session = createSessionStore();
    const pool = fakePool();
    const client = createAdvisorClient({ session, startWorker: pool.startWorker, workers: 2 });
    const first = ask(client);
    const second = ask(client);
    expect(session.getState().forecast?.id).toBe(2);
    pool.drain();
    expect(first.seen.result).toBeNull();
    expect(second.seen.result).toEqual(expected);
    expect(session.getState().forecast).toBeNull();
    // Cancelling a superseded question leaves the current one alone.
    const third = ask(client);
    first.cancel();
    expect(session.getState().forecast?.id).toBe(3);
    third.cancel();
    expect(session.getState().forecast).toBeNull();
    pool.drain();
    expect(third.seen.result).toBeNull();
  });

  it('runs on this thread, with the same answers, when no Worker can start', () => {
    const session = createSessionStore();
    const later: (() => void)[] = [];
    const client = createAdvisorClient({
      session,
      startWorker: () => {
        throw new Error('no Workers from file://');
      },
      workers: 2,
      later: (run) => later.push(run),
    });
    const runAll = () => {
      for (let next = later.shift(); next; next = later.shift()) next();
    };
    const cancelled = ask(client);
    cancelled.cancel();
    expect(session.getState().forecast).toBeNull();
    runAll();
    expect(cancelled.seen.result).toBeNull();

    const { seen } = ask(client);
    expect(session.getState().forecast).toMatchObject({ done: 0, total: 2 * ROLLOUTS });
    runAll();
    expect(seen.result).toEqual(expected);
    expect(seen.progress.length).toBeGreaterThan(0);
    expect(session.getState().forecast).toBeNull();
  });
});

describe('a worker that fails', () => {
  /** A pool whose workers can be made to fail, as a script that did not load or threw. */
  function failingPool() {
    const pool = fakePool();
    const terminated: PoolWorker[] = [];
    const startWorker = (): PoolWorker => {
      const worker = pool.startWorker();
      worker.terminate = () => terminated.push(worker);
      return worker;
    };
    const fail = (i = 0) => pool.started[i]?.onerror?.(new Event('error'));
    return { ...pool, startWorker, fail, terminated };
  }

  function client(pool: ReturnType<typeof failingPool>) {
    const session = createSessionStore();
    const later: (() => void)[] = [];
    const made = createAdvisorClient({
      session,
      startWorker: pool.startWorker,
      workers: 2,
      later: (run) => later.push(run),
    });
    const runAll = () => {
      for (let next = later.shift(); next; next = later.shift()) next();
    };
    return { session, client: made, runAll };
  }

  it('answers the question under way on this thread instead, with the same forecast', () => {
    const pool = failingPool();
    const { session, client: c, runAll } = client(pool);
    const { seen } = ask(c);
    expect(pool.started).toHaveLength(2);
    pool.fail(1);
    // The pool is let go: its workers stopped, their late answers not heard.
    expect(pool.terminated).toHaveLength(2);
    pool.drain();
    expect(seen.result).toBeNull();
    expect(session.getState().forecast).toMatchObject({ id: 1, total: 2 * ROLLOUTS });
    runAll();
    expect(seen.result).toEqual(expected);
    expect(session.getState().forecast).toBeNull();
    // The next question goes straight to this thread: no worker is started again.
    const next = ask(c);
    runAll();
    expect(next.seen.result).toEqual(expected);
    expect(pool.started).toHaveLength(2);
  });

  it('starts again from the beginning when it failed half-way', () => {
    const pool = failingPool();
    const { session, client: c, runAll } = client(pool);
    const { seen } = ask(c);
    // Some tasks answered, then a worker fails.
    pool.step();
    pool.step();
    expect(seen.progress.length).toBe(2);
    expect(seen.result).toBeNull();
    pool.fail();
    runAll();
    expect(seen.result).toEqual(expected);
    expect(session.getState().forecast).toBeNull();
  });

  it('can still be cancelled once it runs on this thread', () => {
    const pool = failingPool();
    const { session, client: c, runAll } = client(pool);
    const { seen, cancel } = ask(c);
    pool.fail();
    cancel();
    expect(session.getState().forecast).toBeNull();
    runAll();
    expect(seen.result).toBeNull();
  });

  it('says nothing when a worker fails with no question asked, and the next runs here', () => {
    const pool = failingPool();
    const { client: c, runAll } = client(pool);
    const done = ask(c);
    pool.drain();
    expect(done.seen.result).toEqual(expected);
    pool.fail();
    const next = ask(c);
    runAll();
    expect(next.seen.result).toEqual(expected);
  });
});
