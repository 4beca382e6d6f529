import { describe, expect, it } from 'vitest';
import { apply, type GameState, legalActions, type News, newGame } from '../../src/engine';
import type { RandomEvent } from '../../src/engine/scenario';
import { TEXT } from '../../src/i18n';
import { eventCard, eventSources, newsView } from '../../src/view';
import { loadShipped } from '../helpers';

const cs = loadShipped('2023');
const EVENT = 'lang-son-slowdown';

/**
 * Plays seeds (ending turns, first answers) until the event is waiting a second time;
 * `news` is what the game reported since that turn began.
 */
function secondTime(): { first: GameState; second: GameState; news: News[] } | null {
  for (let s = 0; s < 60; s++) {
    let state = newGame(cs, `again-${s}`).state;
    let first: GameState | null = null;
    let news: News[] = [];
    for (let i = 0; i < 300 && !state.ending; i++) {
      if (state.pending[0] === EVENT) {
        if (first && first.pending[0] !== undefined && state.turn !== first.turn) {
          return { first, second: state, news };
        }
        first ??= state;
      }
      const legal = legalActions(cs, state);
      const next =
        legal.find((a) => a.type === 'choose') ?? legal.find((a) => a.type === 'end-turn');
      if (!next) break;
      const result = apply(cs, state, next);
      if (!result.ok) break;
      news =
        result.state.turn === state.turn
          ? [...news, ...result.explanation.news]
          : [...result.explanation.news];
      state = result.state;
    }
  }
  return null;
}

describe('an event that comes back', () => {
  const ev = cs.events.get(EVENT) as RandomEvent;
  const found = secondTime();

  it('tells its second occurrence in words of its own, with their sources', () => {
    const variant = ev.variants?.[0];
    expect(variant).toBeDefined();
    expect(found).not.toBeNull();
    const { first, second, news } = found!;
    expect(eventCard(cs, EVENT, first)).toMatchObject({
      title: ev.title,
      text: ev.text,
      sources: eventSources(ev.sources ?? [], monthEnd(first)),
    });
    const again = eventCard(cs, EVENT, second)!;
    expect(again.title).toBe(variant!.title);
    expect(again.text).toBe(variant!.text);
    expect(again.title).not.toBe(ev.title);
    expect(again.sources).toEqual(eventSources(variant!.sources ?? [], monthEnd(second)));
    // The news of that month carries the same headline, and its detail the variant's text.
    const item = news.find((n) => n.source === `random:${EVENT}`);
    expect(item?.text).toBe(variant!.title);
    expect(newsView(cs, item!).detail).toBe(variant!.text);
  });

  it('is introduced as a recurrence once its own words have run out', () => {
    const { second } = found!;
    const third = { ...second, counts: { ...second.counts, [`event:${EVENT}`]: 3 } };
    const card = eventCard(cs, EVENT, third)!;
    expect(card.title).toBe(TEXT.view.again(ev.title));
    expect(card.text).toBe(`${TEXT.view.againText(3)} ${ev.text}`);
  });
});

describe('sources written after the event', () => {
  it('come after those of the time and say they reported it later', () => {
    const sources = [
      { publication: 'VOA', date: '2023-04-15' },
      { publication: 'Nhân Dân', date: '2023-03-29' },
      { publication: 'Fulcrum', date: '2023-03' },
    ];
    expect(eventSources(sources, '2023-03-29')).toEqual([
      'Nhân Dân, 29 March 2023',
      'Fulcrum, March 2023',
      'VOA, 15 April 2023 (reported later)',
    ]);
    expect(eventSources(sources, null)).toHaveLength(3);
  });

  it('of a random event, dated after the month it came in, say so too', () => {
    const may = { ...newGame(cs, 'later').state, turn: 4 };
    const card = eventCard(cs, 'credit-squeeze', may);
    // Both sources (November and December 2023) came out after May 2023.
    expect(card?.sources).toHaveLength(2);
    for (const source of card?.sources ?? []) expect(source).toMatch(/\(reported later\)$/);
    // In December, the December report is of the time; November's is too.
    const dec = { ...may, turn: 11 };
    for (const source of eventCard(cs, 'credit-squeeze', dec)?.sources ?? [])
      expect(source).not.toMatch(/reported later/);
  });

  it('marks the Biden–Trọng call’s only source, a report from the next month', () => {
    const card = eventCard(cs, 'biden-trong-call');
    expect(card?.sources).toEqual(['VOA, 15 April 2023 (reported later)']);
  });
});

/** The last day of the month a state is in: the day a random event's card stands on. */
function monthEnd(state: GameState): string | null {
  return cs.scenario.calendar[state.turn]?.end ?? null;
}
