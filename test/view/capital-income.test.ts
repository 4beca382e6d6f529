/** The month's political capital: what the turn's end brought, read from its own causes. */
import { describe, expect, it } from 'vitest';
import { apply, type GameAction, type GameState, legalActions, newGame } from '../../src/engine';
import { capitalIncome } from '../../src/view';
import { loadShipped } from '../helpers';

const cs = loadShipped('2023');

function firstMonth() {
  let state: GameState = newGame(cs, 'income').state;
  const steps: { action: GameAction | null; state: GameState; explanation: never }[] = [
    { action: null, state, explanation: { changes: [], news: [] } as never },
  ];
  const push = (action: GameAction) => {
    const r = apply(cs, state, action);
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
    steps.push({ action, state, explanation: r.explanation as never });
  };
  while (state.phase === 'event') push(legalActions(cs, state)[0] as GameAction);
  const card = legalActions(cs, state).find((a) => a.type === 'play');
  if (card) push(card);
  const spent = state.ind['home.capital'];
  push({ type: 'end-turn' });
  return { steps, spent };
}

describe('capital income', () => {
  it('is nothing to report before a month has ended', () => {
    expect(capitalIncome(cs, firstMonth().steps.slice(0, 1))).toBeNull();
  });

  it('gives the change as the month ended, and causes that add up to it', () => {
    const { steps, spent } = firstMonth();
    const income = capitalIncome(cs, steps);
    const after = steps.at(-1)?.state.ind['home.capital'] ?? 0;
    expect(income?.delta).toBe(after - spent);
    expect(income?.causes.reduce((a, c) => a + c.delta, 0)).toBe(income?.delta);
    expect(income?.causes.length).toBeGreaterThan(0);
    // In the player's words, never a rule id.
    for (const c of income?.causes ?? []) expect(c.label).not.toMatch(/^rule:|capital-income/);
  });
});
