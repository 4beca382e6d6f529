/**
 * The bamboo bot weighs each option with the sums of `decisionValue`
 * written out inline (a call returning a fraction boxes it, and rollouts
 * weigh millions of options): its choice must be the one `decisionValue`
 * gives, with the same jitter drawn from the same stream.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requireScenario } from '../../src/cli/scenarios';
import {
  apply,
  bambooPolicy,
  type GameAction,
  type GameState,
  legalActions,
  newGame,
} from '../../src/engine';
import { decisionValue, JITTER, PLAY_THRESHOLD } from '../../src/engine/bots/bamboo';
import { marginalValue } from '../../src/engine/bots/marginal-value';
import { tableOf } from '../../src/engine/bots/outcome-of';
import { END_TURN } from '../../src/engine/game';
import { pack } from '../../src/engine/packed';
import { RngCursor, seedRng } from '../../src/engine/rng';
import { loadFixture } from '../helpers';

/** The bot's choice as `decisionValue` states it, option by option. */
function reference(
  cs: ReturnType<typeof requireScenario>,
  state: GameState,
  legal: readonly GameAction[],
  rand: RngCursor,
): GameAction {
  if (legal.length === 1 && legal[0]?.type === 'end-turn') return END_TURN;
  const p = pack(cs, state);
  const mv = marginalValue(cs, p);
  let best: GameAction = END_TURN;
  let bestValue = p.phase === 'event' ? Number.NEGATIVE_INFINITY : PLAY_THRESHOLD;
  for (const decision of legal) {
    if (decision.type === 'end-turn') continue;
    const value = decisionValue(p, mv, tableOf(cs, decision) ?? null) + rand.next() * JITTER;
    if (value > bestValue) {
      best = decision;
      bestValue = value;
    }
  }
  return best;
}

describe('the bamboo bot’s inline valuation', () => {
  const scenarios = [
    ['2023', requireScenario('2023')],
    ['mini (fixture)', loadFixture('mini.json')],
  ] as const;
  for (const [name, cs] of scenarios) {
    it(`chooses what decisionValue chooses, in states a random walk reaches (${name})`, () => {
      fc.assert(
        fc.property(
          fc.string({ maxLength: 8 }),
          fc.array(fc.nat(), { minLength: 1, maxLength: 80 }),
          fc.string({ maxLength: 6 }),
          (seed, picks, dice) => {
            let state = newGame(cs, seed).state;
            for (const pick of picks) {
              if (state.phase === 'over') break;
              const legal = legalActions(cs, state);
              const rng = seedRng(`${dice}/${pick}`);
              const chosen = bambooPolicy.choose(cs, state, legal, new RngCursor(rng));
              expect(chosen).toEqual(reference(cs, state, legal, new RngCursor(rng)));
              const r = apply(cs, state, legal[pick % legal.length] as GameAction);
              if (!r.ok) throw new Error(r.error.message);
              state = r.state;
            }
          },
        ),
        { numRuns: 40 },
      );
    });
  }
});
