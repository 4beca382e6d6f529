import type { GameAction } from '../../engine';
import { isBranchOf } from '../../view/compare';
import { app } from '../app';
import { pendingComparison } from './viewed';

/**
 * The player's game is still the one branched from a replay ("play on from
 * here"), so its ending can be set beside the replay's.
 */
export function branchComparable(): boolean {
  const pending = pendingComparison();
  if (!pending) return false;
  const { compiled, steps } = app().store.getState();
  const first = steps[0];
  if (!compiled || !first) return false;
  return isBranchOf(
    {
      scenario: pending.original.compiled.scenario.id,
      seed: pending.original.replay.seed,
      actions: pending.original.replay.actions,
    },
    {
      scenario: compiled.scenario.id,
      seed: first.state.seed,
      actions: steps.slice(1).map((s) => s.action as GameAction),
    },
    pending.shared,
  );
}
