/**
 * The advisor behind a message port: what a Web Worker runs so the screen
 * never waits for rollouts. Requests carry the scenario (already validated
 * by the main thread's loader) and the state; the service answers with
 * progress after every slice and one result per request, and drops a
 * request when it is cancelled or superseded. Pure apart from the injected
 * `post` and `later` (a macrotask scheduler, so cancel messages get through).
 */

import { type ForecastResult, startForecast } from './advisor';
import { advisorStylesFor } from './advisor-tendencies';
import { type CompiledScenario, compileScenario } from './compile';
import type { Scenario } from './scenario';
import type { GameAction, GameState } from './state';

export type AdvisorRequest =
  | {
      readonly type: 'forecast';
      readonly id: number;
      readonly scenario: Scenario;
      readonly state: GameState;
      readonly decisions: readonly GameAction[];
      readonly rollouts?: number;
      /** Play the futures in the player's own styles (the on-screen advisor), not the hedger alone. */
      readonly mixedStyles?: boolean;
      /** Rollouts per slice between progress messages (default 100). */
      readonly slice?: number;
    }
  | { readonly type: 'cancel'; readonly id: number };

export type AdvisorResponse =
  | {
      readonly type: 'progress';
      readonly id: number;
      readonly done: number;
      readonly total: number;
    }
  | { readonly type: 'result'; readonly id: number; readonly forecasts: readonly ForecastResult[] };

export interface AdvisorService {
  onMessage(request: AdvisorRequest): void;
}

export function createAdvisorService(
  post: (response: AdvisorResponse) => void,
  later: (run: () => void) => void,
): AdvisorService {
  let compiled: { scenario: Scenario; cs: CompiledScenario } | null = null;
  let current = -1;
  const compiledFor = (scenario: Scenario) => {
    if (compiled?.scenario !== scenario) compiled = { scenario, cs: compileScenario(scenario) };
    return compiled.cs;
  };
  return {
    onMessage(request) {
      if (request.type === 'cancel') {
        if (request.id === current) current = -1;
        return;
      }
      // A new question supersedes the one being worked on.
      current = request.id;
      const cs = compiledFor(request.scenario);
      const jobs = request.decisions.map((d) =>
        startForecast(cs, request.state, d, {
          rollouts: request.rollouts ?? 1000,
          ...(request.mixedStyles ? { styles: advisorStylesFor(cs, request.state, d) } : {}),
        }),
      );
      const total = jobs.reduce((a, j) => a + j.total, 0);
      const slice = Math.max(1, request.slice ?? 100);
      const work = () => {
        if (current !== request.id) return;
        const job = jobs.find((j) => j.done < j.total);
        if (job) {
          job.step(slice);
          post({
            type: 'progress',
            id: request.id,
            done: jobs.reduce((a, j) => a + j.done, 0),
            total,
          });
          later(work);
          return;
        }
        current = -1;
        post({ type: 'result', id: request.id, forecasts: jobs.map((j) => j.result()) });
      };
      later(work);
    },
  };
}
