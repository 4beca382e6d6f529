/**
 * What one pool worker does with a task: the engine's own `forecastChunk` on the scenario and
 * state of the current question. Kept apart from the Worker wiring so tests run it in Node.
 */
import {
  advisorStylesFor,
  apply,
  type CompiledScenario,
  compileScenario,
  forecastBase,
  forecastChunk,
  type GameAction,
  type GameState,
} from '../../engine';
import type { Scenario } from '../../scenario/schema';
import type { PoolTask, TaskResult } from './pool-plan';

export interface PoolQuestion {
  readonly scenario: Scenario;
  readonly state: GameState;
  readonly decisions: readonly GameAction[];
}

/** Compiles the question once; returns the function that runs its tasks. */
export function prepareQuestion(question: PoolQuestion): (task: PoolTask) => TaskResult {
  const cs: CompiledScenario = compileScenario(question.scenario);
  const base = forecastBase(question.state);
  // Each decision's futures are played in the player's own styles, that decision included.
  const styles = question.decisions.map((d) => advisorStylesFor(cs, question.state, d));
  return (task) => {
    const decision = question.decisions[task.decision] as GameAction;
    const samples = forecastChunk(cs, question.state, decision, task.from, task.count, {
      base,
      styles: styles[task.decision] ?? [],
    });
    if (samples) return { ok: true, samples };
    const checked = apply(cs, question.state, decision);
    return checked.ok ? { ok: true, samples: [] } : { ok: false, error: checked.error };
  };
}
