import { describe, expect, it } from 'vitest';
import { newGame } from '../../src/engine';
import { TEXT } from '../../src/i18n';
import { eventCard } from '../../src/view';
import { loadFixture } from '../helpers';

const cs = loadFixture('mini.json');

describe('an event that comes back', () => {
  it('is introduced as a recurrence instead of repeating the same words', () => {
    const ev = cs.scenario.randomEvents.events[0]!;
    const start = newGame(cs, 'again').state;
    const first = { ...start, counts: { ...start.counts, [`random:${ev.id}`]: 1 } };
    const second = { ...start, counts: { ...start.counts, [`random:${ev.id}`]: 2 } };
    expect(eventCard(cs, ev.id, first)).toMatchObject({ title: ev.title, text: ev.text });
    const again = eventCard(cs, ev.id, second)!;
    expect(again.title).toBe(TEXT.view.again(ev.title));
    expect(again.text).toBe(`${TEXT.view.againText(2)} ${ev.text}`);
    expect(again.text).not.toBe(eventCard(cs, ev.id, first)!.text);
  });
});
