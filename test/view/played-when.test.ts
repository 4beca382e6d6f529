/**
 * A card already played says on its face when it was played, in the scenario's own turns
 * ("done in Jan", "done in fortnight 1"), and while it rests how many turns are left.
 */
import { describe, expect, it } from 'vitest';
import {
  apply,
  type CompiledScenario,
  type GameAction,
  type GameState,
  legalActions,
  newGame,
  whyNotPlay,
} from '../../src/engine';
import { setLocale } from '../../src/i18n';
import {
  actionCards,
  playedTag,
  playedTagShort,
  previewAction,
  shortTurnName,
} from '../../src/view';
import { allCardsOpen, loadFixture, loadShipped } from '../helpers';

function act(cs: CompiledScenario, state: GameState, action: GameAction): GameState {
  const r = apply(cs, state, action);
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
}

/** Answers every waiting event with its first choice. */
function answered(cs: CompiledScenario, state: GameState): GameState {
  let s = state;
  while (s.phase === 'event') {
    const choice = legalActions(cs, s).find((a) => a.type === 'choose');
    if (!choice) throw new Error('an event with no choice');
    s = act(cs, s, choice);
  }
  return s;
}

const nextTurn = (cs: CompiledScenario, s: GameState) =>
  answered(cs, act(cs, s, { type: 'end-turn' }));

const tagOf = (cs: CompiledScenario, s: GameState, id: string) =>
  playedTag(cs, s, id, whyNotPlay(cs, s, cs.actions.get(id)!));

/** A card that can be played now, and not only once a game. */
const playable = (cs: CompiledScenario, s: GameState, once = false) => {
  const id = legalActions(cs, s).find(
    (a) => a.type === 'play' && (cs.actions.get(a.action)?.once ?? false) === once,
  );
  if (id?.type !== 'play') throw new Error('no card to play');
  return id.action;
};

describe('a card played this year, on its face', () => {
  // 2023's cards rest three months after a play.
  const cs = allCardsOpen(loadShipped('2023'));
  const start = answered(cs, newGame(cs, 'played-when').state);

  it('says the month it was played, then how long it still rests', () => {
    const id = playable(cs, start);
    expect(tagOf(cs, start, id)).toBeNull();
    const jan = act(cs, start, { type: 'play', action: id });
    expect(tagOf(cs, jan, id)).toBe('done in Jan');
    const feb = nextTurn(cs, jan);
    expect(tagOf(cs, feb, id)).toBe('done in Jan · rests 3');
    expect(actionCards(cs, feb).find((c) => c.id === id)?.tag).toBe('done in Jan · rests 3');
    // A face too narrow for all of it keeps the rest; the reason says both, in words.
    expect(actionCards(cs, feb).find((c) => c.id === id)?.tagShort).toBe('rests 3');
    expect(actionCards(cs, feb).find((c) => c.id === id)?.blocked).toBe(
      'Played in Jan; it can be played again in 3 turns.',
    );
    expect(previewAction(cs, feb, id)?.blocked).toBe(
      'Played in Jan; it can be played again in 3 turns.',
    );
    expect(playedTagShort(whyNotPlay(cs, jan, cs.actions.get(id)!))).toBeNull();
    const apr = nextTurn(cs, nextTurn(cs, feb));
    expect(tagOf(cs, apr, id)).toBe('done in Jan · rests 1');
    // Rested: it can be played again, and its face shows its price, not a date.
    const may = nextTurn(cs, apr);
    expect(tagOf(cs, may, id)).toBeNull();
    expect(actionCards(cs, may).find((c) => c.id === id)?.tag).toBeNull();
  });

  it('in Vietnamese: “đã làm T1 · nghỉ 3”', () => {
    const id = playable(cs, start);
    const feb = nextTurn(cs, act(cs, start, { type: 'play', action: id }));
    setLocale('vi');
    try {
      expect(tagOf(cs, feb, id)).toBe('đã làm T1 · nghỉ 3');
      expect(previewAction(cs, feb, id)?.blocked).toBe(
        'Đã dùng vào T1, phải chờ thêm 3 lượt nữa mới dùng lại được.',
      );
    } finally {
      setLocale('en');
    }
  });

  it('a once-a-game card keeps the month it was used', () => {
    const feb = nextTurn(cs, start);
    const id = playable(cs, feb, true);
    const mar = nextTurn(cs, act(cs, feb, { type: 'play', action: id }));
    expect(whyNotPlay(cs, mar, cs.actions.get(id)!)).toMatchObject({ within: 'game' });
    expect(tagOf(cs, mar, id)).toBe('done in Feb');
    expect(previewAction(cs, mar, id)?.blocked).toBe('Already used in Feb: only once a game.');
  });

  it('says nothing of a card that something else holds back', () => {
    const poor = { ...start, ind: { ...start.ind, 'home.capital': 0 } };
    const id = playable(cs, start);
    expect(whyNotPlay(cs, poor, cs.actions.get(id)!)?.code).toBe('too-expensive');
    expect(tagOf(cs, poor, id)).toBeNull();
  });
});

describe('the turn a card was played, in the scenario’s own turns', () => {
  it('a month by its short name, another turn by its unit and number', () => {
    const year = loadShipped('2023');
    expect(shortTurnName(year, 0)).toBe('Jan');
    expect(shortTurnName(year, 11)).toBe('Dec');
    const fortnights = loadFixture('hd981-2014.json');
    expect(shortTurnName(fortnights, 0)).toBe('fortnight 1');
    const weeks = loadShipped('xi-visit-2023');
    expect(shortTurnName(weeks, 2)).toBe('week 3');
    setLocale('vi');
    try {
      expect(shortTurnName(year, 0)).toBe('T1');
      expect(shortTurnName(fortnights, 1)).toBe('nửa tháng 2');
      expect(shortTurnName(weeks, 2)).toBe('tuần 3');
    } finally {
      setLocale('en');
    }
  });

  it('a card played in a fortnight says which', () => {
    const cs = loadFixture('hd981-2014.json');
    const start = answered(cs, newGame(cs, 'fortnight').state);
    const id = playable(cs, start);
    const after = act(cs, start, { type: 'play', action: id });
    expect(tagOf(cs, after, id)).toBe('done in fortnight 1');
  });
});
