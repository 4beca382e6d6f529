import { describe, expect, it } from 'vitest';
import { apply, type GameAction, type GameState, newGame } from '../../src/engine';
import { historicalPath } from '../../src/engine/historical-path';
import { TEXT } from '../../src/i18n';
import { closedLabel } from '../../src/view/block-reason';
import { previewChoice } from '../../src/view/preview';
import { loadShipped } from '../helpers';

const cs = loadShipped('2023');

function act(state: GameState, action: GameAction): GameState {
  const r = apply(cs, state, action);
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
}

/** The year played as Hà Nội played it, up to the moment `eventId` waits for its answer. */
function until(eventId: string): GameState {
  let s = newGame(cs, 'hanoi-2023').state;
  for (const step of historicalPath(cs, 'hanoi-2023')?.steps ?? []) {
    if (s.phase === 'event' && s.pending[0] === eventId) return s;
    if (step.action) s = act(s, step.action);
  }
  throw new Error(`${eventId} never came`);
}

describe('an answer that closes later options says so, and the closed options say why', () => {
  const visit = until('biden-visit');

  it('deferring the Biden upgrade names the memoranda it shuts', () => {
    const defer = previewChoice(cs, visit, 'biden-visit', 'defer');
    const deals = cs.events.get('biden-deals');
    expect(defer?.closes).toEqual([
      TEXT.view.closes(deals?.title ?? '', 'Sign both memoranda and the Boeing order'),
      TEXT.view.closes(deals?.title ?? '', 'Chips yes, minerals later'),
    ]);
  });

  it('signing the partnership closes none of them', () => {
    expect(previewChoice(cs, visit, 'biden-visit', 'sign-csp')?.closes).toEqual([]);
  });

  it('the greyed memoranda name the answer they waited for', () => {
    const deferred = act(visit, { type: 'choose', event: 'biden-visit', choice: 'defer' });
    expect(deferred.pending[0]).toBe('biden-deals');
    const chips = previewChoice(cs, deferred, 'biden-deals', 'chips-only');
    expect(chips?.blocked).toContain('Sign the comprehensive strategic partnership');
    expect(previewChoice(cs, deferred, 'biden-deals', 'boeing-only')?.blocked).toBeNull();
    // The greyed button itself carries the reason, under its label.
    const label = closedLabel('Chips yes, minerals later', chips?.blocked ?? null);
    expect(label.split('\n')).toEqual([
      'Chips yes, minerals later',
      `${TEXT.game.preview.blocked}${chips?.blocked}`,
    ]);
    expect(closedLabel('Only the Boeing order', null)).toBe('Only the Boeing order');
  });
});
