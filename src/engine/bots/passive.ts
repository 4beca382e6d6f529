import { registerPacked } from '../sim';
import type { GameAction, Phase } from '../state';
import type { Policy } from './policy';

function passiveChoice(phase: Phase, legal: readonly GameAction[]): GameAction {
  if (phase === 'actions') return { type: 'end-turn' };
  const first = legal[0];
  if (!first) throw new Error('passive: no legal decision');
  return first;
}

/** Answers events with their first available choice and never spends capital. */
export const passivePolicy: Policy = {
  name: 'passive',
  description: 'answers events with their first choice and otherwise does nothing',
  choose: (_cs, state, legal) => passiveChoice(state.phase, legal),
};
registerPacked(passivePolicy, (_cs, p, legal) => passiveChoice(p.phase, legal));
