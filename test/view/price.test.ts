/** A card's tile and its preview show the same price, and say why a suspicious power raised it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newGame } from '../../src/engine';
import { setLocale } from '../../src/i18n';
import { actionCards, previewAction, priceRaised, priceWhy } from '../../src/view';
import { allCardsOpen, loadShipped } from '../helpers';

const cs = allCardsOpen(loadShipped('2023'));
const start = newGame(cs, 'price').state;

describe('card prices', () => {
  it('are the same on the tile and in the preview, whatever the gauges', () => {
    const keys = Object.keys(start.ind);
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...keys), fc.integer({ min: 0, max: 100 })),
        (changes) => {
          const state = { ...start, ind: { ...start.ind, ...changes } };
          for (const card of actionCards(cs, state)) {
            const preview = previewAction(cs, state, card.id);
            expect(preview?.cost).toBe(card.cost);
            expect(preview?.price).toEqual(card.price);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('rise with Beijing’s suspicion, and the tile and preview say so', () => {
    const calm = { ...start, ind: { ...start.ind, 'suspicion.cn': 0 } };
    const wary = { ...start, ind: { ...start.ind, 'suspicion.cn': 90 } };
    const at = (s: typeof start) => actionCards(cs, s).find((c) => c.id === 'us-upgrade-early');
    const base = cs.actions.get('us-upgrade-early')?.cost ?? 0;
    expect(at(calm)?.cost).toBe(base);
    expect(priceRaised(at(calm)?.price ?? { cost: 0, base: 0, rises: [] })).toBe(false);
    const raised = at(wary);
    expect(raised?.cost).toBeGreaterThan(base);
    expect(raised && priceRaised(raised.price)).toBe(true);
    // Written as a sum the player can check: the printed price and what each gauge adds.
    expect(raised && priceWhy(raised.price)).toBe(
      `Price ${raised?.cost} = ${base} printed + 3.6 for Beijing's suspicion, rounded.`,
    );
  });

  it('of a card printed at 0 read as the sum of what raises it, with no “0 printed”', () => {
    const price = {
      cost: 2,
      base: 0,
      rises: [
        { label: 'Relations with Washington', amount: 1.7 },
        { label: "Washington's suspicion", amount: 0.4 },
      ],
    };
    expect(priceWhy(price)).toBe(
      "Price 2 = 1.7 for Relations with Washington + 0.4 for Washington's suspicion, rounded.",
    );
    setLocale('vi');
    try {
      expect(priceWhy(price)).toBe(
        "Giá 2 = 1,7 do Relations with Washington + 0,4 do Washington's suspicion, đã làm tròn.",
      );
    } finally {
      setLocale('en');
    }
  });

  it('say when they moved since last month, on the tile and in the preview alike', () => {
    const calm = { ...start, ind: { ...start.ind, 'suspicion.cn': 0 } };
    const wary = { ...start, ind: { ...start.ind, 'suspicion.cn': 90 } };
    const tile = actionCards(cs, wary, calm).find((c) => c.id === 'us-upgrade-early');
    const base = cs.actions.get('us-upgrade-early')?.cost ?? 0;
    expect(tile?.price.was).toBe(base);
    expect(priceWhy(tile?.price ?? { cost: 0, base: 0, rises: [] })).toMatch(
      new RegExp(`Up from ${base} last month\\.$`),
    );
    expect(previewAction(cs, wary, 'us-upgrade-early', calm)?.price).toEqual(tile?.price);
    // Unmoved: nothing said.
    const same = actionCards(cs, wary, wary).find((c) => c.id === 'us-upgrade-early');
    expect(same?.price.was).toBeUndefined();
  });
});
