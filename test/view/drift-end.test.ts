/**
 * The preview's "bamboo meter at the month's end" is what the month's end does: the month's
 * whole lean, then the fade. Checked against the engine on the shipped 2023 year, for every
 * answer and card that moves the meter, from the states a real year passes through.
 */
import { describe, expect, it } from 'vitest';
import {
  apply,
  type GameAction,
  type GameState,
  historicalPath,
  legalActions,
  newGame,
} from '../../src/engine';
import { setLocale, TEXT } from '../../src/i18n';
import { previewAction, previewChoice } from '../../src/view';
import { loadShipped } from '../helpers';

const cs = loadShipped('2023');
const END_TURN: GameAction = { type: 'end-turn' };

/** The drift the engine leaves after ending the turn, from its own lean and fade only. */
function engineDriftEnd(
  state: GameState,
  action: GameAction,
): { lean: number; all: number } | null {
  const played = apply(cs, state, action);
  if (!played.ok) throw new Error(played.error.message);
  // An answer that leaves other events waiting ends no month by itself.
  if (played.state.pending.length > 0) return null;
  const ended = apply(cs, played.state, END_TURN);
  if (!ended.ok) throw new Error(ended.error.message);
  const change = ended.explanation.changes.find((c) => c.indicator === 'autonomy.drift');
  const before = played.state.ind['autonomy.drift'];
  const own = (change?.causes ?? [])
    .filter((c) => c.source === 'rule:lean' || c.source === 'rule:drift-fades')
    .reduce((sum, c) => sum + c.delta, 0);
  return { lean: Math.round((before + own) * 10) / 10, all: change?.to ?? before };
}

function statesOfTheYear(): GameState[] {
  const path = historicalPath(cs, 'drift-end');
  if (!path) throw new Error('no historical path');
  return [newGame(cs, 'drift-end').state, ...path.steps.map((s) => s.state)].filter(
    (s) => s.phase !== 'over',
  );
}

describe("the preview's drift at the month's end", () => {
  it('equals the engine’s drift after the month ends when nothing else is played', () => {
    let checked = 0;
    let exact = 0;
    for (const state of statesOfTheYear()) {
      for (const action of legalActions(cs, state)) {
        if (action.type === 'end-turn') continue;
        const preview =
          action.type === 'play'
            ? previewAction(cs, state, action.action)
            : previewChoice(cs, state, action.event, action.choice);
        if (!preview?.driftEnd || preview.blocked) continue;
        const engine = engineDriftEnd(state, action);
        if (!engine) continue;
        expect(preview.driftEnd.to, `${JSON.stringify(action)} in turn ${state.turn}`).toBeCloseTo(
          engine.lean,
          5,
        );
        if (engine.all === engine.lean) exact++;
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
    // Most months nothing else moves the meter at its end: the figure is then the meter's own.
    expect(exact).toBeGreaterThan(checked / 2);
  });

  it('reads the fade from the rules and counts the leans already signalled this month', () => {
    const state = statesOfTheYear().find((s) => s.phase === 'actions' && s.turn === 1);
    if (!state) throw new Error('no February');
    const card = legalActions(cs, state).find(
      (a) => a.type === 'play' && previewAction(cs, state, a.action)?.driftEnd,
    );
    if (card?.type !== 'play') throw new Error('no leaning card in February');
    const preview = previewAction(cs, state, card.action);
    expect(preview?.driftEnd?.fade).toBeLessThanOrEqual(cs.scenario.rules.drift.decay);
  });

  it('adds up as it reads: the meter, this choice, the month’s earlier moves, then the fade', () => {
    let withEarlier = 0;
    let faded = 0;
    for (const state of statesOfTheYear()) {
      for (const action of legalActions(cs, state)) {
        if (action.type === 'end-turn') continue;
        const preview =
          action.type === 'play'
            ? previewAction(cs, state, action.action)
            : previewChoice(cs, state, action.event, action.choice);
        const d = preview?.driftEnd;
        if (!d) continue;
        const moved = d.from + d.own + d.earlier;
        // The fade pulls toward the centre and never past it.
        const back = moved > 0 ? moved - d.fade : moved + d.fade;
        expect(back, `${JSON.stringify(action)} in turn ${state.turn}`).toBeCloseTo(d.to, 5);
        expect(d.fade).toBeLessThanOrEqual(cs.scenario.rules.drift.decay);
        expect(d.fade).toBeGreaterThanOrEqual(0);
        if (d.earlier !== 0) withEarlier++;
        if (d.fade > 0) faded++;
      }
    }
    // The case that read wrong in play: leans already taken this month moved the end figure.
    expect(withEarlier).toBeGreaterThan(0);
    expect(faded).toBeGreaterThan(0);
  });

  it('names each part in words, in English and Vietnamese', () => {
    expect(TEXT.game.preview.driftEnd('month', '1.2', '−2.8', '−8', '+2', '2')).toBe(
      'Bamboo meter at the month’s end: 1.2 → −2.8 (−8 from this choice, +2 from this month’s earlier moves, then 2 back toward the centre)',
    );
    expect(TEXT.game.preview.driftEnd('month', '−12', '0', '+14', null, '2')).toBe(
      'Bamboo meter at the month’s end: −12 → 0 (+14 from this choice, then 2 back toward the centre)',
    );
    setLocale('vi');
    try {
      expect(TEXT.game.preview.driftEnd('tháng', '1,2', '−2,8', '−8', '+2', '2')).toBe(
        'Thước cây tre cuối tháng: 1,2 → −2,8 (−8 từ lựa chọn này, +2 từ các bước trước trong tháng, rồi lùi 2 về giữa)',
      );
    } finally {
      setLocale('en');
    }
  });
});
