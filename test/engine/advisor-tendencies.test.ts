/** The advisor plays its futures in the player's own styles: a reckless choice forecasts worse. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADVISOR_STYLES,
  advisorStylesFor,
  apply,
  forecast,
  type GameAction,
  type GameState,
  legalActions,
  newGame,
  playerTendencies,
  policyRng,
  stylesByTendency,
} from '../../src/engine';
import { STYLE_SLOTS, styleSlots } from '../../src/engine/advisor-tendencies';
import { historicalPolicy } from '../../src/engine/bots/historical';
import { allCardsOpen, loadShipped } from '../helpers';

const cs = allCardsOpen(loadShipped('2023'));

/** History's own decisions up to May's cards: a balanced record so far. */
function historyTo(turn: number): GameState {
  let state = newGame(cs, 'tendencies').state;
  const rand = policyRng('tendencies', 'historical');
  while ((state.turn < turn || state.phase !== 'actions') && !state.ending) {
    const r = apply(cs, state, historicalPolicy.choose(cs, state, legalActions(cs, state), rand));
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
  }
  return state;
}

const state = historyTo(4);
const CAREFUL: GameAction = { type: 'play', action: 'even-handed-calls' };
const RECKLESS: GameAction = { type: 'play', action: 'us-upgrade-early' };

describe('the player’s tendencies', () => {
  it('count the decision being weighed: a hard lean to Washington feeds the Washington-first style', () => {
    const careful = playerTendencies(cs, state, CAREFUL);
    const reckless = playerTendencies(cs, state, RECKLESS);
    expect(reckless['washington-first']).toBeGreaterThan(careful['washington-first'] + 0.1);
    expect(reckless.bamboo).toBeLessThan(careful.bamboo);
    expect(careful.bamboo).toBeGreaterThan(0.5);
  });

  it('see idle months as passive play', () => {
    let idle = newGame(cs, 'idle').state;
    while (idle.turn < 4 && !idle.ending) {
      const [first] = legalActions(cs, idle).filter((a) => a.type !== 'play');
      const r = apply(cs, idle, first as GameAction);
      if (!r.ok) throw new Error(r.error.message);
      idle = r.state;
    }
    expect(playerTendencies(cs, idle).passive).toBeGreaterThan(
      playerTendencies(cs, newGame(cs, 'idle').state).passive + 0.1,
    );
  });

  it('always weigh every style, summing to one, in STYLE_SLOTS rollouts spread out', () => {
    const keys = [...cs.actions.keys()].map((a) => `action:${a}`);
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...keys), fc.integer({ min: 0, max: 12 })),
        fc.integer({ min: 0, max: 11 }),
        (counts, turn) => {
          const w = playerTendencies(cs, { ...state, counts, turn });
          const total = Object.values(w).reduce((a, b) => a + b, 0);
          expect(total).toBeCloseTo(1, 9);
          for (const v of Object.values(w)) expect(v).toBeGreaterThan(0);
          const slots = styleSlots(w);
          expect(Object.values(slots).reduce((a, b) => a + b, 0)).toBe(STYLE_SLOTS);
          const order = stylesByTendency(w);
          expect(order).toHaveLength(STYLE_SLOTS);
          for (const p of ADVISOR_STYLES)
            expect(order.filter((o) => o === p)).toHaveLength(slots[p.name as keyof typeof slots]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the forecast in the player’s styles', () => {
  it('forecasts a reckless card visibly worse than a careful one from the same record', () => {
    const run = (d: GameAction) => {
      const r = forecast(cs, state, d, { rollouts: 200, styles: advisorStylesFor(cs, state, d) });
      if (!r.ok) throw new Error(r.error.message);
      return r.forecast;
    };
    const careful = run(CAREFUL);
    const reckless = run(RECKLESS);
    expect(reckless.failure).toBeGreaterThan(careful.failure + 0.05);
    // Five styles in equal turns drown the choice: the old mix saw both as near coin tosses.
    const even = forecast(cs, state, CAREFUL, { rollouts: 200, styles: ADVISOR_STYLES });
    expect(even.ok && even.forecast.failure).toBeGreaterThan(careful.failure);
  });
});
