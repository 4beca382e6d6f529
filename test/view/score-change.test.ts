/** The month review explains a score that moved as the month ended, part by part. */
import { describe, expect, it } from 'vitest';
import {
  apply,
  type GameAction,
  type GameState,
  legalActions,
  newGame,
  score,
} from '../../src/engine';
import { inSteps, monthEndScoreChange, scoreChange, signed } from '../../src/view';
import { loadShipped } from '../helpers';
import { playedSteps, turnEnds } from './played-steps';

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
    const { month, ...end } = change;
    expect(end).toEqual(scoreChange(cs, before, after));
    expect(change.parts.length).toBeGreaterThan(0);
    const sum = change.parts.reduce((a, p) => a + p.delta, 0);
    // The total is rounded to a tenth and parts under 0.05 are left out.
    expect(Math.abs(sum - change.delta)).toBeLessThan(0.1 + 0.05 * 6);
    for (let i = 1; i < change.parts.length; i++)
      expect(Math.abs(change.parts[i - 1]?.shown ?? 0)).toBeGreaterThanOrEqual(
        Math.abs(change.parts[i]?.shown ?? 0),
      );
    // As written, to the tenth, the parts make the change exactly.
    const shown = change.parts.reduce((a, p) => a + inSteps(p.shown), 0);
    expect(shown).toBe(inSteps(change.delta));
  });

  it('adds up as shown at every month’s end of whole games played by the bots', () => {
    for (const [seed, policy] of [
      ['parts-1', 'random'],
      ['parts-2', 'bamboo'],
      ['parts-3', 'beijing-first'],
    ] as const) {
      const steps = playedSteps(cs, seed, policy);
      for (const end of turnEnds(steps)) {
        const change = monthEndScoreChange(cs, steps.slice(0, end + 1));
        if (!change) throw new Error(`no change at step ${end}`);
        const shown = change.parts.reduce((a, p) => a + inSteps(p.shown), 0);
        expect(shown, `${seed} step ${end}`).toBe(inSteps(change.delta));
        for (const p of change.parts) expect(p.text).toContain(signed(p.shown));
      }
    }
  });

  it('names the gauges behind each part, in the player’s words', () => {
    const named = change?.parts.filter((p) => /\(.+ [+\u2212][\d.]+/.test(p.text)) ?? [];
    expect(named.length).toBeGreaterThan(0);
    expect(change?.parts[0]?.text).toMatch(
      /^(Your weakest relation|Relations on average|Growth|Sovereignty at sea|Stability at home|Autonomy \(drift\)) [+\u2212][\d.]+/,
    );
  });

  it('tells the whole month from the score the player saw as it began, and the two add up', () => {
    const month = change?.month;
    if (!month) throw new Error('no month figure');
    const start = score(cs, steps[0]?.state as GameState).total;
    const now = score(cs, steps.at(-1)?.state as GameState).total;
    expect(month.from).toBeCloseTo(start, 9);
    expect(month.to).toBeCloseTo(now, 9);
    expect(month.moves + month.end).toBeCloseTo(now - start, 9);
    expect(month.end).toBeCloseTo(change?.delta ?? Number.NaN, 9);
  });

  it('never puts a part’s gain down to a gauge that moved against it', () => {
    const start = steps[0]?.state as GameState;
    // Tension well above the level the score ignores, so each of its moves counts.
    const tense = { ...start, ind: { ...start.ind, 'sea.tension': 70 } };
    const at = (d: Record<string, number>) => ({ ...tense, ind: { ...tense.ind, ...d } });
    const sea = (after: GameState) =>
      scoreChange(cs, tense, after).parts.find((p) => p.part === 'sovereignty');
    // Standing up 10, tension up 5: the part rises, for the standing alone.
    const gain = sea(at({ 'sea.standing': tense.ind['sea.standing'] + 10, 'sea.tension': 75 }));
    expect(gain?.delta).toBeGreaterThan(0);
    expect(gain?.text).not.toContain('Tension');
    expect(gain?.text).toContain('+10');
    // Tension down 5: the part rises, and the calmer sea is named.
    expect(sea(at({ 'sea.tension': 65 }))?.text).toContain('Tension');
  });

  it('is null before any month has ended', () => {
    expect(monthEndScoreChange(cs, steps.slice(0, 1))).toBeNull();
  });
});

describe('the weakest relation’s part', () => {
  const base = newGame(cs, 'score-change').state;
  const at = (cn: number, us: number, jp: number): GameState => ({
    ...base,
    ind: { ...base.ind, 'relations.cn': cn, 'relations.us': us, 'relations.jp': jp },
  });

  it('is explained by the weakest power’s relation, not by warmer ties that moved more', () => {
    // China is the weakest before and after; Washington and Tokyo rose more.
    const change = scoreChange(cs, at(81, 80.9 + 3, 82.7), at(81.4, 83.9 + 3, 83.7));
    const part = change.parts.find((p) => p.part === 'weakestLink');
    expect(part?.text).toBe(
      'Your weakest relation +0.1 (Relations with Beijing +0.4, at the month’s end)',
    );
  });

  it('names both when the weakest changed', () => {
    const change = scoreChange(cs, at(70, 65, 90), at(72, 75, 90));
    const part = change.parts.find((p) => p.part === 'weakestLink');
    expect(part?.text).toMatch(/Relations with Washington \+10/);
    expect(part?.text).toMatch(/Relations with Beijing \+2/);
    expect(part?.text).not.toMatch(/Tokyo/);
  });
});
