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
import { loadFixture, loadShipped } from '../helpers';

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

describe('the marginal values', () => {
  // The weights keep what the last decision computed when its inputs have not moved (a power's
  // gap to the weakest link, the leans): whatever came before, a state must get the weights a
  // scenario compiled afresh (nothing kept) gives it.
  it('are those a fresh scenario gives, whatever states were weighed before', () => {
    const cs = requireScenario('2023');
    fc.assert(
      fc.property(
        fc.string({ maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (seed, picks, revisits) => {
          const seen: GameState[] = [];
          let state = newGame(cs, seed).state;
          for (const pick of picks) {
            if (state.phase === 'over') break;
            seen.push(state);
            const legal = legalActions(cs, state);
            const r = apply(cs, state, legal[pick % legal.length] as GameAction);
            if (!r.ok) throw new Error(r.error.message);
            state = r.state;
          }
          // Some states again, out of order, after all the others.
          const order = [...seen, ...revisits.map((i) => seen[i % seen.length] as GameState)];
          for (const s of order) {
            const kept = marginalValue(cs, pack(cs, s));
            const got = { ind: [...kept.ind], lean: [...kept.lean] };
            const again = requireFresh();
            const fresh = marginalValue(again, pack(again, s));
            expect(got).toEqual({ ind: [...fresh.ind], lean: [...fresh.lean] });
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});

/** The 2023 scenario compiled again: a scenario the weights have never seen. */
function requireFresh(): ReturnType<typeof requireScenario> {
  return loadShipped('2023');
}
