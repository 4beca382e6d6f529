/**
 * A card played again keeps a share of its effects (the rules' `cards.repeatFade`): its preview
 * shows the figures the engine applies on that play, and says why, not the printed ones.
 */
import { describe, expect, it } from 'vitest';
import { apply, type GameAction, type GameState, legalActions, newGame } from '../../src/engine';
import { setLocale, TEXT } from '../../src/i18n';
import { previewAction } from '../../src/view';
import { allCardsOpen, loadShipped } from '../helpers';

// Every card open (no dealt hand), so a card comes back once its rest is over.
const cs = allCardsOpen(loadShipped('2023'));

function act(state: GameState, action: GameAction) {
  const r = apply(cs, state, action);
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

describe('a card played again', () => {
  it('previews the very changes its second and third plays make', () => {
    /** Plays whose figures were compared with the engine's, by play number. */
    const checked = new Map<number, number>();
    /** Plays whose share was checked, by play number. */
    const faded = new Map<number, number>();
    // A year played this greedily may end early: a few seeds give second and third plays.
    for (const seed of ['repeat-fade', 'hanoi-2023', 'fade-2', 'fade-3', 'fade-4', 'fade-5']) {
      if ((checked.get(2) ?? 0) > 0) break;
      let state = newGame(cs, seed).state;
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
        // A risk that fires may be recorded under the card too: only riskless cards compare.
        const risky = (cs.actions.get(play.action)?.effects.risks?.length ?? 0) > 0;
        if (!risky) expect(shown, `${play.action} at step ${state.step}`).toEqual(applied);
        const n = (state.counts[source] ?? 0) + 1;
        expect(preview?.fade?.play ?? 1).toBe(n);
        if (n > 1) expect(preview?.fade?.share).toBeCloseTo(0.7 ** (n - 1), 6);
        if (!risky) checked.set(n, (checked.get(n) ?? 0) + 1);
        faded.set(n, (faded.get(n) ?? 0) + 1);
        state = r.state;
      }
    }
    expect(checked.get(2) ?? 0).toBeGreaterThan(0);
  });

  it('previews a third play at the share the engine gives it', () => {
    let state = newGame(cs, 'repeat-fade').state;
    while (state.phase === 'event') {
      const id = state.pending[0] ?? '';
      state = act(state, {
        type: 'choose',
        event: id,
        choice: cs.events.get(id)?.choices?.[0]?.id ?? '',
      }).state;
    }
    const card = legalActions(cs, state).find(
      (a): a is Extract<GameAction, { type: 'play' }> =>
        a.type === 'play' && (cs.actions.get(a.action)?.effects.risks?.length ?? 0) === 0,
    );
    expect(card).toBeDefined();
    if (!card) return;
    const key = `action:${card.action}`;
    for (const before of [1, 2]) {
      const again = { ...state, counts: { ...state.counts, [key]: before } };
      const preview = previewAction(cs, again, card.action);
      expect(preview?.fade?.play).toBe(before + 1);
      const r = act(again, card);
      const printed = cs.actions.get(card.action)?.effects.delta ?? {};
      for (const line of preview?.certain ?? []) {
        const change = r.explanation.changes.find((c) => c.indicator === line.indicator);
        const mine = (change?.causes ?? [])
          .filter((c) => c.source === key)
          .reduce((a, c) => a + c.delta, 0);
        expect(line.delta).toBeCloseTo(mine, 5);
        expect(Math.abs(line.delta)).toBeLessThan(Math.abs(printed[line.indicator] ?? 0));
      }
      expect(preview?.certain.length).toBeGreaterThan(0);
    }
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
