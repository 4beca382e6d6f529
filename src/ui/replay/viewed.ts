/**
 * What the replay screens hand to each other between scenes. Held here, not in
 * the store, so that looking at a replay never touches the player's own game
 * or its autosave.
 */
import type { CompiledScenario, Replay, ReplayStep } from '../../engine';

export interface ViewedReplay {
  readonly compiled: CompiledScenario;
  readonly replay: Replay;
  /** From runReplay with keepSteps: steps[0] opens the game. */
  readonly steps: readonly ReplayStep[];
  /** Where it came from, for the heading: a file name or "the shared link". */
  readonly source: string;
}

/** A game branched from a replay: the original is kept to compare the two endings. */
export interface PendingComparison {
  readonly original: ViewedReplay;
  /** Decisions the branch shares with the original. */
  readonly shared: number;
  /** The month (0-based) the branch left from. */
  readonly branchedIn: number;
}

let viewed: ViewedReplay | null = null;
let comparison: PendingComparison | null = null;

export function showInViewer(replay: ViewedReplay | null): void {
  viewed = replay;
}

export function viewedReplay(): ViewedReplay | null {
  return viewed;
}

export function rememberBranch(pending: PendingComparison | null): void {
  comparison = pending;
}

export function pendingComparison(): PendingComparison | null {
  return comparison;
}
