/** The month review explains a score that moved as the month ended, part by part. */
import { describe, expect, it } from 'vitest';
import { apply, type GameAction, type GameState, legalActions, newGame } from '../../src/engine';
import { monthEndScoreChange, scoreChange } from '../../src/view';
import { loadShipped } from '../helpers';

const cs = loadShipped('2023');

/** January's events answered with their first choice, a card played, then the month ended. */
function firstMonth() {
  let state: GameState = newGame(cs, 'score-change').state;
  const steps: { action: GameAction | null; state: GameState; explanation: never }[] = [];
  const push = (action: GameAction) => {
    const r = apply(cs, state, action);
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
    steps.push({ action, state, explanation: r.explanation as never });
  };
  steps.push({ action: null, state, explanation: { changes: [], news: [] } as never });
  while (state.phase === 'event') push(legalActions(cs, state)[0] as GameAction);
  const card = legalActions(cs, state).find((a) => a.type === 'play');
  if (card) push(card);
  push({ type: 'end-turn' });
  return steps;
}

describe('the score’s change at the month’s end', () => {
  const steps = firstMonth();
  const change = monthEndScoreChange(cs, steps);

  it('is measured across the end of the month and split into parts that add up to it', () => {
    expect(change).not.toBeNull();
    if (!change) return;
    const before = steps.at(-2)?.state as GameState;
    const after = steps.at(-1)?.state as GameState;
    expect(change).toEqual(scoreChange(cs, before, after));
    expect(change.parts.length).toBeGreaterThan(0);
    const sum = change.parts.reduce((a, p) => a + p.delta, 0);
    // The total is rounded to a tenth and parts under 0.05 are left out.
    expect(Math.abs(sum - change.delta)).toBeLessThan(0.1 + 0.05 * 6);
    for (let i = 1; i < change.parts.length; i++)
      expect(Math.abs(change.parts[i - 1]?.delta ?? 0)).toBeGreaterThanOrEqual(
        Math.abs(change.parts[i]?.delta ?? 0),
      );
  });

  it('names the gauges behind each part, in the player’s words', () => {
    const named = change?.parts.filter((p) => /\(.+ [+\u2212][\d.]+/.test(p.text)) ?? [];
    expect(named.length).toBeGreaterThan(0);
    expect(change?.parts[0]?.text).toMatch(
      /^(Your weakest relation|Relations on average|Growth|Sovereignty at sea|Stability at home|Autonomy \(drift\)) [+\u2212][\d.]+/,
    );
  });

  it('is null before any month has ended', () => {
    expect(monthEndScoreChange(cs, steps.slice(0, 1))).toBeNull();
  });
});
