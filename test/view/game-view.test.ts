import { describe, expect, it } from 'vitest';
import { apply, type GameState, legalActions, newGame, type PlaceMark } from '../../src/engine';
import {
  actionCards,
  changeTone,
  earlierPlaces,
  eventCard,
  gaugeValue,
  longDate,
  MARK_MEMORY,
  monthNews,
  type NewsView,
  newsPlaces,
  type StepLike,
  signed,
  status,
  timeline,
  trendText,
} from '../../src/view';
import { loadFixture, loadShipped } from '../helpers';

const cs = loadFixture('mini.json');

/** The opening state with any waiting events answered, so that cards can be played. */
function actionsPhase(seed: string): GameState {
  let { state } = newGame(cs, seed);
  while (state.phase === 'event') {
    const choose = legalActions(cs, state).find((a) => a.type === 'choose');
    if (!choose) throw new Error('an event without a choice');
    const next = apply(cs, state, choose);
    if (!next.ok) throw new Error(next.error.message);
    state = next.state;
  }
  return state;
}

describe('the game screen view models', () => {
  it('lists every action in the scenario’s order, each with its reason when blocked', () => {
    const state = actionsPhase('cards');
    const cards = actionCards(cs, state);
    expect(cards.map((c) => c.id)).toEqual(cs.scenario.actions.map((a) => a.id));
    expect(cards.some((c) => c.blocked !== null)).toBe(true);
    expect(cards.some((c) => c.blocked === null)).toBe(true);
    const upgrade = cards.find((c) => c.id === 'us-upgrade');
    expect(upgrade?.blocked).toMatch(/\S/);
    expect(cards.find((c) => c.id === 'protest-note')).toMatchObject({
      categoryLabel: 'Sea',
      cost: 1,
      blocked: null,
    });
  });

  it('keeps every card in its place after a play, even when the play blocks it', () => {
    const state = actionsPhase('stable');
    const before = actionCards(cs, state).map((c) => c.id);
    const played = apply(cs, state, { type: 'play', action: 'protest-note' });
    if (!played.ok) throw new Error(played.error.message);
    const after = actionCards(cs, played.state);
    expect(after.map((c) => c.id)).toEqual(before);
    expect(after.find((c) => c.id === 'protest-note')?.blocked).toMatch(/\S/);
    // Its face says why at a glance: played, and when, not "too expensive".
    expect(after.find((c) => c.id === 'protest-note')?.tag).toMatch(/^done in \S+( · rests \d)?$/);
    expect(actionCards(cs, state).find((c) => c.id === 'protest-note')?.tag).toBeNull();
    // While an event waits, no card is "locked" or priced out of reach: the face says to
    // answer the event first.
    const waiting: GameState = { ...state, phase: 'event' };
    const faces = actionCards(cs, waiting);
    expect(faces.every((c) => c.tag === 'answer the event first' && !c.priced)).toBe(true);
  });

  it('puts the dealt hand first, and keeps every place through the month', () => {
    const year = loadShipped('2023');
    let state = newGame(year, 'hand-first').state;
    while (state.phase === 'event') {
      const answer = legalActions(year, state)[0];
      if (!answer) throw new Error('no answer');
      const r = apply(year, state, answer);
      if (!r.ok) throw new Error(r.error.message);
      state = r.state;
    }
    const hand = new Set(state.hand ?? []);
    expect(hand.size).toBeGreaterThan(0);
    const cards = actionCards(year, state);
    expect(cards).toHaveLength(year.scenario.actions.length);
    const dealt = cards.map((c) => hand.has(c.id));
    expect(dealt.slice(0, hand.size).every(Boolean)).toBe(true);
    expect(dealt.slice(hand.size).some(Boolean)).toBe(false);
    // Within each group, the scenario's own order.
    const order = new Map(year.scenario.actions.map((a, i) => [a.id, i]));
    const rank = (c: { id: string }) => order.get(c.id) ?? -1;
    for (let i = 1; i < cards.length; i++) {
      if (i === hand.size) continue;
      expect(rank(cards[i] as { id: string })).toBeGreaterThan(
        rank(cards[i - 1] as { id: string }),
      );
    }
    const play = legalActions(year, state).find((a) => a.type === 'play');
    if (!play) throw new Error('nothing to play');
    const after = apply(year, state, play);
    if (!after.ok) throw new Error(after.error.message);
    expect(actionCards(year, after.state).map((c) => c.id)).toEqual(cards.map((c) => c.id));
  });

  it('tells the month, the turn out of the year, capital and the score so far', () => {
    const state = actionsPhase('status');
    const view = status(cs, state);
    expect(view).toMatchObject({ month: 'Month 1', turn: 1, turns: 4, phase: state.phase });
    expect(view.capital).toBe(state.ind['home.capital']);
    expect(view.score).toBeGreaterThan(0);
    const next = apply(cs, state, { type: 'end-turn' });
    if (!next.ok) throw new Error(next.error.message);
    expect(status(cs, next.state).turn).toBe(2);
  });

  it('judges changes from Hà Nội’s side, and drift by its distance from the centre', () => {
    expect(changeTone('relations.us', 3)).toBe('good');
    expect(changeTone('suspicion.cn', 3)).toBe('bad');
    expect(changeTone('sea.tension', -2)).toBe('good');
    expect(changeTone('home.nationalism', 4)).toBe('neutral');
    expect(changeTone('autonomy.drift', 5, -10)).toBe('good');
    expect(changeTone('autonomy.drift', 5, 10)).toBe('bad');
    expect(changeTone('relations.cn', 0.01)).toBe('neutral');
    expect(trendText(3, '+3')).toBe('▲ +3');
    expect(trendText(-2, '−2')).toBe('▼ −2');
    expect(trendText(0, '0')).toBe('= 0');
    // A change too small to show as written gets no arrow.
    expect(trendText(-0.05, signed(-0.05))).toBe('= 0');
    expect(trendText(-0.3, '0')).toBe('= 0');
    expect(trendText(0.2, '+0%')).toBe('= 0%');
    expect(trendText(0.5, '+0.5')).toBe('▲ +0.5');
    expect(gaugeValue('economy.growth', 5.14)).toBe('5.1%');
    expect(gaugeValue('patience.cn', 8)).toBe('8/10');
    expect(gaugeValue('autonomy.drift', -12.5)).toBe('\u221212.5');
  });

  it('shows an event with its date, place, sources and choices', () => {
    expect(longDate('2023-12-12')).toBe('12 December 2023');
    expect(longDate('someday')).toBe('someday');
    expect(eventCard(cs, 'map')).toMatchObject({
      title: 'A new map',
      date: '15 February 2023',
      sources: ['Test Gazette, 15 February 2023'],
      disputes: [],
      choices: [
        { id: 'protest', label: expect.any(String) },
        { id: 'silence', label: expect.any(String) },
      ],
    });
    expect(eventCard(cs, 'nope')).toBeNull();
  });

  it('gathers the news by place for the map', () => {
    const look = (actor: string) => ({
      actor,
      actorName: actor.toUpperCase(),
      actorSlot: 0,
      actorColor: null,
    });
    const item = (
      name: string | null,
      actor: NewsView['actor'],
      mark?: PlaceMark,
      headline = 'h',
    ): NewsView => ({
      actor,
      kind: 'reaction',
      headline,
      detail: null,
      place: name ? { name, lon: 105, lat: 21, ...(mark ? { mark } : {}) } : null,
      source: 's',
      actorName: actor.toUpperCase(),
      actorSlot: 0,
      actorColor: null,
    });
    expect(
      newsPlaces([
        item('Hà Nội', 'cn', undefined, 'A delegation'),
        item(null, 'us'),
        item('Hà Nội', 'us', 'visit', 'Biden in Hà Nội'),
        item('Tokyo', 'jp', 'warship', 'A port call'),
      ]),
    ).toEqual([
      {
        ...look('cn'),
        name: 'Hà Nội',
        lon: 105,
        lat: 21,
        count: 2,
        // The first item there that says what to draw decides the mark.
        mark: 'visit',
        headlines: ['A delegation', 'Biden in Hà Nội'],
        age: 0,
      },
      {
        ...look('jp'),
        name: 'Tokyo',
        lon: 105,
        lat: 21,
        count: 1,
        mark: 'warship',
        headlines: ['A port call'],
        age: 0,
      },
    ]);
  });
});

describe('the map’s marks over the months', () => {
  const shipped = loadShipped('2023');

  /** Plays the historical answers and the first legal card until `turns` months have ended. */
  function play(turns: number): StepLike[] {
    const steps: StepLike[] = [newGame(shipped, 'marks')];
    for (let i = 0; i < 400; i++) {
      const state = steps.at(-1)!.state;
      if (state.phase === 'over' || state.turn >= turns) break;
      const legal = legalActions(shipped, state);
      const action =
        legal.find((a) => a.type === 'choose') ??
        legal.find((a) => a.type === 'end-turn') ??
        legal[0];
      if (!action) break;
      const next = apply(shipped, state, action);
      if (!next.ok) throw new Error(next.error.message);
      steps.push(next);
    }
    return steps;
  }

  it('keeps the places of the two months before, aged, and leaves this month’s to this month', () => {
    const steps = play(5);
    const turn = steps.at(-1)!.state.turn;
    const current = newsPlaces(monthNews(shipped, steps));
    const earlier = earlierPlaces(shipped, steps, turn, current);
    const byAge = timeline(shipped, steps)
      .filter((t) => t.turn < turn && t.turn >= turn - MARK_MEMORY)
      .flatMap((t) => t.items.filter((n) => n.place).map((n) => [n.place!.name, turn - t.turn]));
    expect(earlier.length).toBeGreaterThan(0);
    for (const place of earlier) {
      expect(place.age).toBeGreaterThanOrEqual(1);
      expect(place.age).toBeLessThanOrEqual(MARK_MEMORY);
      // Its age is that of the newest month that placed news there.
      const ages = byAge.filter(([name]) => name === place.name).map(([, age]) => age as number);
      expect(place.age).toBe(Math.min(...ages));
      expect(current.map((p) => p.name)).not.toContain(place.name);
      expect(place.headlines.length).toBe(place.count);
    }
    expect(new Set(earlier.map((p) => p.name)).size).toBe(earlier.length);
  });

  it('draws the shipped scenario’s ships, visits and clashes from its data', () => {
    const marks = [...shipped.events.values()]
      .filter((e) => e.place?.mark)
      .map((e) => [e.id, e.place?.mark]);
    expect(marks).toContainEqual(['xiang-yang-hong-10', 'survey-ship']);
    expect(marks).toContainEqual(['biden-visit', 'visit']);
    expect(marks).toContainEqual(['second-thomas-oct', 'incident']);
    expect(marks).toContainEqual(['reagan-da-nang', 'warship']);
  });
});
