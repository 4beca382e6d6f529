/**
 * Invariants over random legal decision sequences: whatever the player does,
 * indicators stay in range, nothing is NaN, turns only advance, every game
 * ends, apply never mutates its input, and replaying the log reproduces it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apply,
  type GameAction,
  type GameState,
  indicatorRange,
  legalActions,
  MAX_STEPS,
  newGame,
  runReplay,
  stateHash,
} from '../../src/engine';
import { buildReplay } from '../../src/engine/replay';
import { loadFixture } from '../helpers';

const cs = loadFixture('mini.json');

/** Plays a game where each decision is picked by the next of `picks` (cycled). */
function playWith(seed: string, picks: readonly number[]) {
  let state = newGame(cs, seed).state;
  const actions: GameAction[] = [];
  const checkpoints: string[] = [];
  const states: GameState[] = [state];
  for (let i = 0; state.phase !== 'over'; i++) {
    if (i > MAX_STEPS) throw new Error('game did not end');
    const legal = legalActions(cs, state);
    const pick = picks[i % picks.length] ?? 0;
    const action = legal[pick % legal.length] as GameAction;
    const before = JSON.stringify(state);
    const result = apply(cs, state, action);
    expect(JSON.stringify(state)).toBe(before);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.state.turn).toBeGreaterThanOrEqual(state.turn);
    expect(result.state.step).toBe(state.step + 1);
    state = result.state;
    actions.push(action);
    if (action.type === 'end-turn') checkpoints.push(stateHash(state));
    states.push(state);
  }
  return { state, actions, checkpoints, states };
}

const picks = fc.array(fc.nat({ max: 20 }), { minLength: 1, maxLength: 40 });

describe('engine invariants', () => {
  it('keeps every indicator in range and finite', () => {
    fc.assert(
      fc.property(fc.string(), picks, (seed, p) => {
        for (const state of playWith(seed, p).states) {
          for (const key of cs.tables.vocab.keys) {
            const v = state.ind[key] as number;
            const range = indicatorRange(cs.tables.vocab, key);
            expect(Number.isFinite(v), `${key} is ${v}`).toBe(true);
            expect(v).toBeGreaterThanOrEqual(range?.min as number);
            expect(v).toBeLessThanOrEqual(range?.max as number);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('ends every game, within the calendar', () => {
    fc.assert(
      fc.property(fc.string(), picks, (seed, p) => {
        const { state } = playWith(seed, p);
        expect(state.phase).toBe('over');
        expect(state.ending).not.toBeNull();
        expect(state.turn).toBeLessThan(cs.scenario.calendar.length);
      }),
      { numRuns: 150 },
    );
  });

  it('reproduces the game exactly from its replay', () => {
    fc.assert(
      fc.property(fc.string(), picks, (seed, p) => {
        const game = playWith(seed, p);
        const replay = buildReplay(cs, seed, game.actions, game.state, game.checkpoints);
        const again = runReplay(cs, JSON.parse(JSON.stringify(replay)));
        expect(again.ok).toBe(true);
        if (again.ok) expect(stateHash(again.state)).toBe(stateHash(game.state));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the state plain JSON at every step', () => {
    fc.assert(
      fc.property(fc.string(), picks, (seed, p) => {
        for (const state of playWith(seed, p).states) {
          expect(JSON.parse(JSON.stringify(state))).toEqual(state);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('refuses random decisions without changing the state', () => {
    const action = fc.oneof(
      fc.record({ type: fc.constant('play'), action: fc.string() }),
      fc.record({ type: fc.constant('choose'), event: fc.string(), choice: fc.string() }),
      fc.record({ type: fc.constant('end-turn') }),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.string(), picks, action, (seed, p, a) => {
        const { states } = playWith(seed, p);
        const state = states[(p[0] ?? 0) % states.length];
        if (!state) return;
        const before = JSON.stringify(state);
        const result = apply(cs, state, a as GameAction);
        expect(JSON.stringify(state)).toBe(before);
        if (result.ok) expect(legalActions(cs, state)).toContainEqual(a);
        else expect(result.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
