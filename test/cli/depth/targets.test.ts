import { describe, expect, it } from 'vitest';
import {
  type DepthFigures,
  depthTargetsFor,
  FULL_YEAR_DEPTH,
  judgeDepth,
  SHORT_DEPTH,
} from '../../../src/cli/balance/targets';

/** Figures that meet every full-year target by a hair. */
const passing: DepthFigures = {
  bots: {
    lookahead: { median: 80, sd: 2 },
    historical: { median: 77, sd: 1 },
    random: { median: 62, sd: 6 },
  },
  bestRotation: { cards: ['a', 'b'], answers: 'historical', median: 74, masterShare: 0.5 },
  events: [
    ...['e1', 'e2', 'e3', 'e4', 'e5'].map((id) => ({
      id,
      gapMedian: 5,
      historicalBestShare: 0.9,
    })),
    ...['c1', 'c2', 'c3'].map((id) => ({ id, gapMedian: 1, historicalBestShare: 0.7 })),
  ],
  neverFired: [],
  neverFiredReactions: [],
  unreadIndicators: [],
};

const metOf = (f: DepthFigures) =>
  Object.fromEntries(judgeDepth(f, FULL_YEAR_DEPTH).map((t) => [t.id, t.met]));

describe('the depth targets', () => {
  it('are all met at their boundaries', () => {
    const met = metOf(passing);
    expect(Object.keys(met)).toHaveLength(9);
    expect(Object.values(met).every(Boolean)).toBe(true);
  });

  it.each([
    ['no-winning-rotation', { bestRotation: { ...passing.bestRotation, median: 74.1 } }],
    ['rotation-rarely-master', { bestRotation: { ...passing.bestRotation, masterShare: 0.51 } }],
    ['dilemmas-matter', { events: passing.events.slice(1) }],
    ['history-not-always-best', { events: passing.events.slice(0, 7) }],
    ['nothing-never-fires', { neverFired: ['biden-deals'] }],
    ['every-reaction-reached', { neverFiredReactions: ['us/washington-cools-off'] }],
    ['every-indicator-read', { unreadIndicators: ['economy.rareEarths'] }],
    ['history-between', { bots: { ...passing.bots, historical: { median: 77.1, sd: 1 } } }],
    ['random-far-below', { bots: { ...passing.bots, random: { median: 62.1, sd: 6 } } }],
  ] as const)('%s fails just past its boundary', (id, change) => {
    const met = metOf({ ...passing, ...change } as DepthFigures);
    expect(met[id]).toBe(false);
    expect(Object.values(met).filter((x) => !x)).toHaveLength(1);
  });

  it('puts history below random as a failure too', () => {
    const bots = { ...passing.bots, historical: { median: 60, sd: 1 } };
    expect(metOf({ ...passing, bots })['history-between']).toBe(false);
  });

  it('gives the shipped short scenarios their own targets', () => {
    expect(depthTargetsFor('2023', 12)).toBe(FULL_YEAR_DEPTH);
    expect(depthTargetsFor('september-2023', 5)).toBe(SHORT_DEPTH);
    expect(depthTargetsFor('xi-visit-2023', 6)).toBe(SHORT_DEPTH);
    expect(depthTargetsFor('someone-elses', 12)).toBe(FULL_YEAR_DEPTH);
    expect(depthTargetsFor('someone-elses', 4)).toBe(SHORT_DEPTH);
    expect(SHORT_DEPTH.rotationGap).toBeLessThan(FULL_YEAR_DEPTH.rotationGap);
  });
});
