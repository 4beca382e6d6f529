/**
 * Looks ahead with the engine itself: each legal decision is tried on a few
 * private copies of the dice (the same copies for every candidate, so they
 * are compared on equal luck), each copy is played on for a few turns by the
 * bamboo policy, and the decision with the best mean score wins. The game's
 * own random stream is never read: the copies are drawn from the policy's.
 */
import type { CompiledScenario } from '../compile';
import { score } from '../game';
import { RngCursor } from '../rng';
import type { GameAction, GameState } from '../state';
import { bambooPolicy } from './bamboo';
import type { Policy } from './policy';
import { reseeded, rngFrom, rollout } from './rollout';

const SAMPLES = 3;
/** Turns simulated after the current one: long enough to see reactions and drift bite. */
const DEPTH = 2;

function scoreOfEnd(state: GameState): number {
  return score(state).total;
}

export function lookaheadValues(
  cs: CompiledScenario,
  state: GameState,
  legal: readonly GameAction[],
  rand: RngCursor,
  samples = SAMPLES,
  depth = DEPTH,
): number[] {
  const worlds = Array.from({ length: samples }, () => ({
    dice: rngFrom(rand),
    choices: rngFrom(rand),
  }));
  return legal.map((decision) => {
    let total = 0;
    for (const world of worlds) {
      const end = rollout(
        cs,
        reseeded(state, world.dice),
        bambooPolicy,
        new RngCursor(world.choices),
        decision,
        state.turn + depth,
      );
      total += end ? scoreOfEnd(end) : Number.NEGATIVE_INFINITY;
    }
    return total / samples;
  });
}

export const lookaheadPolicy: Policy = {
  name: 'lookahead',
  description: `tries every legal decision on ${SAMPLES} simulated futures (${DEPTH} turns ahead, bamboo play) and takes the best`,
  choose: (cs, state, legal, rand) => {
    const only = legal[0];
    if (legal.length === 1 && only) return only;
    const values = lookaheadValues(cs, state, legal, rand);
    let best = 0;
    for (let i = 1; i < values.length; i++) if ((values[i] ?? 0) > (values[best] ?? 0)) best = i;
    const pick = legal[best];
    if (!pick) throw new Error('lookahead: no legal decision');
    return pick;
  },
};
