/**
 * What the latest turn's end did to political capital, and why: the income and anything the
 * rules take or cap, read from the turn's own causes rather than from fixed amounts, so a
 * rule added to the scenario shows up here by itself. The capital gauge's trend mixes this
 * with what the player spent, and cannot say it.
 */
import type { CompiledScenario, GameAction } from '../engine';
import { describeSource } from './causes';
import type { StepLike } from './gauges';

export interface CapitalIncome {
  /** The net change as the turn ended. */
  readonly delta: number;
  /** Each cause with what it gave (positive) or took (negative), largest first. */
  readonly causes: readonly { readonly label: string; readonly delta: number }[];
}

export function capitalIncome(
  cs: CompiledScenario,
  steps: readonly (StepLike & { readonly action: GameAction | null })[],
): CapitalIncome | null {
  for (let i = steps.length - 1; i > 0; i--) {
    const step = steps[i];
    if (step?.action?.type !== 'end-turn') continue;
    const change = step.explanation.changes.find((c) => c.indicator === 'home.capital');
    if (!change) return { delta: 0, causes: [] };
    const causes = change.causes
      .filter((c) => c.delta !== 0)
      .map((c) => ({ label: describeSource(cs, c.source, c.delta).label, delta: c.delta }))
      .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
    return { delta: change.delta, causes };
  }
  return null;
}
