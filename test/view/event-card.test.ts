import { describe, expect, it } from 'vitest';
import { apply, type GameState, legalActions, newGame } from '../../src/engine';
import { TEXT } from '../../src/i18n';
import { eventCard, eventSources } from '../../src/view';
import { loadShipped } from '../helpers';

const cs = loadShipped('2023');
const EVENT = 'lang-son-slowdown';

/** Plays seeds (ending turns, first answers) until the event is waiting a second time. */
function secondTime(): { first: GameState; second: GameState } | null {
  for (let s = 0; s < 60; s++) {
    let state = newGame(cs, `again-${s}`).state;
    let first: GameState | null = null;
    for (let i = 0; i < 300 && !state.ending; i++) {
      if (state.pending[0] === EVENT) {
        if (first && first.pending[0] !== undefined && state.turn !== first.turn) {
          return { first, second: state };
        }
        first ??= state;
      }
      const legal = legalActions(cs, state);
      const next =
        legal.find((a) => a.type === 'choose') ?? legal.find((a) => a.type === 'end-turn');
      if (!next) break;
      const result = apply(cs, state, next);
      if (!result.ok) break;
      state = result.state;
    }
  }
  return null;
}

describe('an event that comes back', () => {
  it('is introduced as a recurrence instead of repeating the same words', () => {
    const ev = cs.events.get(EVENT)!;
    const found = secondTime();
    expect(found).not.toBeNull();
    const { first, second } = found!;
    expect(eventCard(cs, EVENT, first)).toMatchObject({ title: ev.title, text: ev.text });
    const again = eventCard(cs, EVENT, second)!;
    expect(again.title).toBe(TEXT.view.again(ev.title));
    expect(again.text).toBe(`${TEXT.view.againText(2)} ${ev.text}`);
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

  it('marks the Biden–Trọng call’s only source, a report from the next month', () => {
    const card = eventCard(cs, 'biden-trong-call');
    expect(card?.sources).toEqual(['VOA, 15 April 2023 (reported later)']);
  });
});
