/** The preview lists a risk only when it can happen, and never reads a real chance as 0%. */
import { describe, expect, it } from 'vitest';
import { newGame } from '../../src/engine';
import { percent, previewAction } from '../../src/view';
import { allCardsOpen, loadShipped } from '../helpers';

const cs = allCardsOpen(loadShipped('2023'));
const start = newGame(cs, 'risks').state;
const withSuspicion = (us: number) => ({ ...start, ind: { ...start.ind, 'suspicion.us': us } });

describe('risks in the preview', () => {
  it('leaves out a risk that cannot happen in this state, and lists it once it can', () => {
    // Envoy to Beijing: Washington takes offence only once its suspicion is high enough.
    const calm = previewAction(cs, withSuspicion(0), 'envoy-beijing');
    expect(calm?.chances).toEqual([]);
    const wary = previewAction(cs, withSuspicion(80), 'envoy-beijing');
    expect(wary?.chances.length).toBe(1);
    expect(wary?.chances[0]?.chance).toBeGreaterThan(0);
  });

  it('writes a small chance as <1% and a near-certain one as >99%, never 0% or 100%', () => {
    expect(percent(0.004)).toBe('<1%');
    expect(percent(0.996)).toBe('>99%');
    expect(percent(0)).toBe('0%');
    expect(percent(1)).toBe('100%');
    for (let s = 30; s <= 100; s++) {
      for (const r of previewAction(cs, withSuspicion(s), 'envoy-beijing')?.chances ?? [])
        expect(percent(r.chance)).not.toBe('0%');
    }
  });
});
