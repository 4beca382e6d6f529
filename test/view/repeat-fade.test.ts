/**
 * A card played again keeps a share of its effects (the rules' `cards.repeatFade`): its preview
 * shows the figures the engine applies on that play, and says why, not the printed ones.
 */
import { describe, expect, it } from 'vitest';
import { apply, type GameAction, type GameState, legalActions, newGame } from '../../src/engine';
import { setLocale, TEXT } from '../../src/i18n';
import { previewAction } from '../../src/view';
import { loadShipped } from '../helpers';

const cs = loadShipped('2023');

function act(state: GameState, action: GameAction) {
  const r = apply(cs, state, action);
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

describe('a card played again', () => {
  it('previews the very changes its second and third plays make', () => {
    let state = newGame(cs, 'repeat-fade').state;
    const checked = new Map<number, number>();
    while (state.phase !== 'over') {
      if (state.phase === 'event') {
        const id = state.pending[0] ?? '';
        const choice = cs.events.get(id)?.choices?.[0]?.id ?? '';
        state = act(state, { type: 'choose', event: id, choice }).state;
        continue;
      }
      // Cards played before first, so that repeats come early and often.
      const plays = legalActions(cs, state)
        .filter((a): a is Extract<GameAction, { type: 'play' }> => a.type === 'play')
        .sort(
          (a, b) =>
            (state.counts[`action:${b.action}`] ?? 0) - (state.counts[`action:${a.action}`] ?? 0),
        );
      const play = plays[0];
      if (!play) {
        state = act(state, { type: 'end-turn' }).state;
        continue;
      }
      const preview = previewAction(cs, state, play.action);
      const printed = cs.actions.get(play.action)?.effects.delta ?? {};
      const r = act(state, play);
      const source = `action:${play.action}`;
      const applied = Object.fromEntries(
        r.explanation.changes
          .filter((c) => c.indicator in printed)
          .map((c) => [
            c.indicator,
            Math.round(
              c.causes.filter((k) => k.source === source).reduce((s, k) => s + k.delta, 0) * 10,
            ) / 10,
          ])
          .filter(([, d]) => d !== 0),
      );
      const shown = Object.fromEntries(preview?.certain.map((l) => [l.indicator, l.delta]) ?? []);
      expect(shown, `${play.action} at step ${state.step}`).toEqual(applied);
      const n = (state.counts[source] ?? 0) + 1;
      expect(preview?.fade?.play ?? 1).toBe(n);
      if (n > 1) expect(preview?.fade?.share).toBeCloseTo(0.7 ** (n - 1), 6);
      checked.set(n, (checked.get(n) ?? 0) + 1);
      state = r.state;
    }
    expect(checked.get(2) ?? 0).toBeGreaterThan(0);
    expect(checked.get(3) ?? 0).toBeGreaterThan(0);
  });

  it('says why its figures are smaller, in English and Vietnamese', () => {
    expect(TEXT.game.preview.repeatFade(1, '70%', '70%')).toBe(
      'Played once before: a second play keeps 70% of the card’s printed effects.',
    );
    setLocale('vi');
    try {
      expect(TEXT.game.preview.repeatFade(2, '49%', '70%')).toBe(
        'Đã dùng 2 lần: lần này chỉ còn 49% tác động ghi trên thẻ (mỗi lần lặp lại còn 70% so với lần trước).',
      );
    } finally {
      setLocale('en');
    }
  });
});
