import type { Policy } from './policy';

/** Answers events with their first available choice and never spends capital. */
export const passivePolicy: Policy = {
  name: 'passive',
  description: 'answers events with their first choice and otherwise does nothing',
  choose: (_cs, state, legal) => {
    if (state.phase === 'actions') return { type: 'end-turn' };
    const first = legal[0];
    if (!first) throw new Error('passive: no legal decision');
    return first;
  },
};
