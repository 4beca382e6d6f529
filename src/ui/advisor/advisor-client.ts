/**
 * Asks the advisor (a Web Worker running the engine's rollouts) for forecasts,
 * so the screen never waits. A new question supersedes the previous one. If
 * Workers are unavailable the same service runs on this thread in slices
 * between frames.
 */

import type { GameAction, GameState } from '../../engine';
import type { ForecastResult } from '../../engine/advisor';
import type { AdvisorRequest, AdvisorResponse } from '../../engine/advisor-service';
import { createAdvisorService } from '../../engine/advisor-service';
import type { Scenario } from '../../scenario/schema';

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

function connect(): Port {
  if (port) return port;
  try {
    const worker = new Worker(new URL('../../engine/advisor-worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<AdvisorResponse>) => receive(event.data);
    port = { post: (request) => worker.postMessage(request) };
  } catch {
    const service = createAdvisorService(receive, (run) => window.setTimeout(run, 0));
    port = { post: (request) => service.onMessage(request) };
  }
  return port;
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
  for (const old of waiting.keys()) waiting.delete(old);
  waiting.set(id, handlers);
  connect().post({ type: 'forecast', id, scenario, state, decisions, rollouts, slice: 100 });
  return () => {
    if (!waiting.delete(id)) return;
    connect().post({ type: 'cancel', id });
  };
}
