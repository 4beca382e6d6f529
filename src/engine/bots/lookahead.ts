/**
 * Looks ahead with the engine itself: each legal decision is tried on a few
 * private copies of the dice (the same copies for every candidate, so they
 * are compared on equal luck), each copy is played on for a few turns by the
 * bamboo policy, and the decision with the best mean score wins. The game's
 * own random stream is never read: the copies are drawn from the policy's.
 */
import type { CompiledScenario } from '../compile';
import { scoreAt } from '../endings';
import { type Packed, pack } from '../packed';
import { RngCursor } from '../rng';
import { registerPacked, simulatePacked } from '../sim';
import type { GameAction } from '../state';
import { bambooPolicy } from './bamboo';
import type { Policy } from './policy';
import { rngFrom } from './rollout';

const SAMPLES = 3;
/** Turns simulated after the current one: long enough to see reactions and drift bite. */
const DEPTH = 2;

/** `score(state).total` of a packed state. */
function scoreOfEnd(cs: CompiledScenario, p: Packed): number {
  return (p.ending?.score ?? scoreAt(cs.tables, p.ind, false, cs.scenario.rules.score)).total;
}

export function lookaheadValues(
  cs: CompiledScenario,
  p: Packed,
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
      const copy = p.clone();
      copy.reseed(world.dice);
      const legalFirst = simulatePacked(cs, copy, bambooPolicy, new RngCursor(world.choices), {
        first: decision,
        lastTurn: p.turn + depth,
      });
      total += legalFirst ? scoreOfEnd(cs, copy) : Number.NEGATIVE_INFINITY;
    }
    return total / samples;
  });
}

/** The bot's pick on a packed state: the decision with the best mean over its futures. */
export function lookaheadChooseAt(
  cs: CompiledScenario,
  p: Packed,
  legal: readonly GameAction[],
  rand: RngCursor,
): GameAction {
  const only = legal[0];
  if (legal.length === 1 && only) return only;
  const values = lookaheadValues(cs, p, legal, rand);
  let best = 0;
  for (let i = 1; i < values.length; i++) if ((values[i] ?? 0) > (values[best] ?? 0)) best = i;
  const pick = legal[best];
  if (!pick) throw new Error('lookahead: no legal decision');
  return pick;
}

export const lookaheadPolicy: Policy = {
  name: 'lookahead',
  description: `tries every legal decision on ${SAMPLES} simulated futures (${DEPTH} turns ahead, bamboo play) and takes the best`,
  choose: (cs, state, legal, rand) => lookaheadChooseAt(cs, pack(cs, state), legal, rand),
};
registerPacked(lookaheadPolicy, lookaheadChooseAt);
