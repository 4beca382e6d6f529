/**
 * A game's history as the store keeps it (each decision's state and explanation), and the
 * turns it falls into: what every view that tells a span of the game reads.
 */
import type { Explanation, GameState } from '../engine';

export interface StepLike {
  readonly state: GameState;
  readonly explanation: Explanation;
}

/** The index of the first step of each turn reached. */
export function turnStarts(steps: readonly StepLike[]): number[] {
  const starts: number[] = [];
  steps.forEach((s, i) => {
    if (starts.length === 0 || s.state.turn !== steps[i - 1]?.state.turn) starts[s.state.turn] = i;
  });
  return starts;
}

/**
 * The step the board's trends are measured from: the start of the turn before the latest
 * (so right after a turn's end, the whole turn that ended and the new turn's opening), or the
 * game's first step in its first turn.
 */
export function trendBase(steps: readonly StepLike[]): number {
  const last = steps.at(-1);
  if (!last) return 0;
  return turnStarts(steps)[last.state.turn - 1] ?? 0;
}
