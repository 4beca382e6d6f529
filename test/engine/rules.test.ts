import { describe, expect, it } from 'vitest';
import {
  apply,
  type GameAction,
  type GameState,
  legalActions,
  newGame,
  score,
} from '../../src/engine';
import { collapseOf, scoreOf } from '../../src/engine/endings';
import { loadFixture } from '../helpers';

const cs = loadFixture('mini.json');

function play(state: GameState, action: GameAction) {
  const result = apply(cs, state, action);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

/** Ends turns (answering events with their first choice) until the named turn begins. */
function advanceTo(turn: number, seed = 'rules'): GameState {
  let state = newGame(cs, seed).state;
  while (state.turn < turn && state.phase !== 'over') {
    const [first] = legalActions(cs, state);
    if (!first) throw new Error('stuck');
    state = play(state, state.phase === 'event' ? first : { type: 'end-turn' }).state;
  }
  return state;
}

describe('a new game', () => {
  it('starts on the first turn with the scenario indicators and tiers', () => {
    const { state, explanation } = newGame(cs, 'x');
    expect(state.turn).toBe(0);
    expect(state.ind['relations.cn']).toBe(60);
    expect(state.ind['home.capital']).toBe(8);
    expect(state.tiers).toEqual({
      cn: 'comprehensive-strategic',
      us: 'comprehensive',
      jp: 'extensive-strategic',
    });
    expect(explanation.news[0]).toMatchObject({ kind: 'turn', text: 'Month 1' });
    expect(state.scenario).toEqual({ id: 'mini', hash: cs.hash });
  });

  it('is plain JSON', () => {
    const { state } = newGame(cs, 'x');
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

describe('actions', () => {
  it('cost political capital, move indicators and explain every change with its cause', () => {
    const state = newGame(cs, 'x').state;
    const { state: next, explanation } = play(state, { type: 'play', action: 'protest-note' });
    expect(next.ind['home.capital']).toBe(state.ind['home.capital'] - 1);
    expect(next.ind['sea.standing']).toBe(state.ind['sea.standing'] + 3);
    const standing = explanation.changes.find((c) => c.indicator === 'sea.standing');
    expect(standing).toEqual({
      indicator: 'sea.standing',
      from: 50,
      to: 53,
      delta: 3,
      causes: [{ source: 'action:protest-note', delta: 3 }],
    });
    expect(next.lean.us).toBe(1);
    expect(next.playedThisTurn).toEqual(['protest-note']);
  });

  it('cost more when the worried power is suspicious', () => {
    const state = newGame(cs, 'x').state;
    const { state: next } = play(state, { type: 'play', action: 'visit-beijing' });
    // cost 3 + 0.02 × suspicion 30 = 3.6, rounded to 4
    expect(state.ind['home.capital'] - next.ind['home.capital']).toBe(4);
  });

  it('are refused with a clear error, leaving the state untouched', () => {
    const state = newGame(cs, 'x').state;
    const frozen = JSON.stringify(state);
    const early = apply(cs, state, { type: 'play', action: 'us-upgrade' });
    expect(early).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    const unknown = apply(cs, state, { type: 'play', action: 'invade-paracels' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-action' } });
    const twice = apply(cs, play(state, { type: 'play', action: 'protest-note' }).state, {
      type: 'play',
      action: 'protest-note',
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'already-played' } });
    const garbage = apply(cs, state, { type: 'fly' } as unknown as GameAction);
    expect(garbage).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(JSON.stringify(state)).toBe(frozen);
  });

  it('are refused when capital runs out', () => {
    let state = newGame(cs, 'x').state;
    state = { ...state, ind: { ...state.ind, 'home.capital': 2 } };
    expect(apply(cs, state, { type: 'play', action: 'visit-beijing' })).toMatchObject({
      ok: false,
      error: { code: 'too-expensive' },
    });
    expect(legalActions(cs, state)).toEqual([
      { type: 'play', action: 'protest-note' },
      { type: 'end-turn' },
    ]);
  });
});

describe('events', () => {
  it('fire on their date and wait for the player to choose', () => {
    const state = advanceTo(1);
    expect(state.pending[0]).toBe('map');
    expect(state.phase).toBe('event');
    expect(legalActions(cs, state).map((a) => a.type === 'choose' && a.choice)).toEqual([
      'protest',
      'silence',
    ]);
    expect(apply(cs, state, { type: 'end-turn' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-phase' },
    });
    const { state: next } = play(state, { type: 'choose', event: 'map', choice: 'protest' });
    expect(next.pending).not.toContain('map');
    expect(next.counts['choice:map/protest']).toBe(1);
  });

  it('only fire when their condition holds', () => {
    const state = advanceTo(2);
    expect(state.counts['event:after-upgrade']).toBeUndefined();
  });
});

describe('the end of a turn', () => {
  it('turns leaning into suspicion of the rivals, with named causes', () => {
    let state = newGame(cs, 'x').state;
    state = play(state, { type: 'play', action: 'protest-note' }).state;
    const { explanation } = play(state, { type: 'end-turn' });
    const cn = explanation.changes.find((c) => c.indicator === 'suspicion.cn');
    expect(cn?.causes).toContainEqual({ source: 'rule:rival-lean', delta: 1.2 });
    expect(cn?.causes).toContainEqual({ source: 'rule:suspicion-fades', delta: -3 });
  });

  it('gives causes that add up to every change', () => {
    let state = newGame(cs, 'sum').state;
    for (let i = 0; i < 12 && state.phase !== 'over'; i++) {
      const [first] = legalActions(cs, state);
      const { state: next, explanation } = play(
        state,
        state.phase === 'event' && first ? first : { type: 'end-turn' },
      );
      for (const change of explanation.changes) {
        const sum = change.causes.reduce((acc, c) => acc + c.delta, 0);
        expect(Math.round(sum * 10) / 10).toBe(change.delta);
        expect(change.to).toBe(next.ind[change.indicator]);
      }
      state = next;
    }
  });

  it('ends the game after the last turn with a named outcome and a score', () => {
    const state = advanceTo(99);
    expect(state.phase).toBe('over');
    expect(state.ending?.turn).toBe(3);
    expect(state.ending?.outcome).toMatch(/master|survivor|isolated|beijing-orbit|washington-camp/);
    expect(score(cs, state).total).toBe(state.ending?.score.total);
    expect(legalActions(cs, state)).toEqual([]);
    expect(apply(cs, state, { type: 'end-turn' })).toMatchObject({
      ok: false,
      error: { code: 'game-over' },
    });
  });
});

describe('endings and the bamboo score', () => {
  const base = newGame(cs, 'x').state.ind;
  const th = cs.scenario.thresholds;
  const sr = cs.scenario.rules.score;

  it('detects each collapse', () => {
    expect(collapseOf(cs.tables, { ...base, 'relations.us': 5 }, th)).toBe('rupture-us');
    expect(collapseOf(cs.tables, { ...base, 'sea.tension': 96 }, th)).toBe('armed-clash');
    expect(collapseOf(cs.tables, { ...base, 'home.mood': 10 }, th)).toBe('unrest');
    expect(collapseOf(cs.tables, { ...base, 'economy.growth': -2 }, th)).toBe('economic-crisis');
    expect(collapseOf(cs.tables, { ...base, 'autonomy.drift': -85 }, th)).toBe('satellite');
    expect(collapseOf(cs.tables, { ...base, 'autonomy.drift': 85 }, th)).toBe('frontline');
    expect(collapseOf(cs.tables, base, th)).toBeNull();
  });

  it('rewards the weakest link more than the sum of relations', () => {
    const balanced = scoreOf(
      cs.tables,
      { ...base, 'relations.cn': 60, 'relations.us': 60, 'relations.jp': 60 },
      false,
      sr,
    );
    const lopsided = scoreOf(
      cs.tables,
      { ...base, 'relations.cn': 30, 'relations.us': 75, 'relations.jp': 75 },
      false,
      sr,
    );
    expect(balanced.total).toBeGreaterThan(lopsided.total);
  });

  it('takes a penalty for a collapse', () => {
    expect(scoreOf(cs.tables, base, true, sr).total).toBeLessThan(
      scoreOf(cs.tables, base, false, sr).total,
    );
  });
});

describe('every indicator', () => {
  it('has a number in the new game', () => {
    const { state } = newGame(cs, 'x');
    for (const key of cs.tables.vocab.keys) expect(Number.isFinite(state.ind[key])).toBe(true);
  });
});
