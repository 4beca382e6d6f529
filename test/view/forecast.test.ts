import { describe, expect, it } from 'vitest';
import { newGame } from '../../src/engine';
import { forecast } from '../../src/engine/advisor';
import { setLocale } from '../../src/i18n';
import { forecastLines, playerWaysLine } from '../../src/view';
import { loadFixture, loadShipped } from '../helpers';

const cs = loadFixture('mini.json');

describe('forecast in words', () => {
  it('gives the score range, the difference a decision makes, collapse odds and the main indicators', () => {
    const state = { ...newGame(cs, 'f').state, phase: 'actions' as const, pending: [] };
    const mine = forecast(cs, state, { type: 'play', action: 'protest-note' }, { rollouts: 50 });
    const base = forecast(cs, state, { type: 'end-turn' }, { rollouts: 50 });
    if (!mine.ok || !base.ok) throw new Error('forecast failed');
    const lines = forecastLines(
      cs.scenario.powers,
      mine.forecast,
      base.forecast,
      'ending the month now',
    ).map((l) => l.text);
    expect(lines[0]).toMatch(
      /^Bamboo score at the end: [\d.]+ \([\d.]+ to [\d.]+\); ([+\u2212][\d.]+ against|about equal to) ending the month now$/,
    );
    expect(lines[1]).toMatch(
      /^Future by future against ending the month now: better in \d+%, worse in \d+%$/,
    );
    expect(lines[2]).toMatch(
      /^Chance of a collapse: (\d+%|<1%)[^;]*(; [+\u2212]\d+ in 100 against ending the month now)?$/,
    );
    expect(lines.some((l) => l.startsWith('Relations at the end: China '))).toBe(true);
    expect(lines.at(-1)).toMatch(/^Drift .*, growth .* %, tension at sea .*, public mood /);
  });

  it('calls two forecasts closer than half a point about equal, and claims neither better', () => {
    const state = { ...newGame(cs, 'f').state, phase: 'actions' as const, pending: [] };
    const base = forecast(cs, state, { type: 'end-turn' }, { rollouts: 4 });
    if (!base.ok) throw new Error('forecast failed');
    const at = (median: number) => ({
      ...base.forecast,
      score: { ...base.forecast.score, median },
    });
    const line = (mine: number) =>
      forecastLines(cs.scenario.powers, at(mine), at(50), 'waiting')[0];
    for (const close of [50, 50.3, 49.6, 50.49]) {
      expect(line(close)?.text).toMatch(/; about equal to waiting$/);
      expect(line(close)?.tone).toBeUndefined();
    }
    expect(line(50.6)?.text).toMatch(/; \+0\.6 against waiting$/);
    expect(line(50.6)?.tone).toBe('good');
    expect(line(49.4)?.text).toMatch(/; \u22120\.6 against waiting$/);
    expect(line(49.4)?.tone).toBe('bad');
    setLocale('vi');
    try {
      expect(line(50.2)?.text).toMatch(/; gần như nhau so với waiting$/);
    } finally {
      setLocale('en');
    }
  });
});

describe('future by future', () => {
  it('counts the same futures ending better or worse than the yardstick, small differences as none', () => {
    const state = { ...newGame(cs, 'f').state, phase: 'actions' as const, pending: [] };
    const base = forecast(cs, state, { type: 'end-turn' }, { rollouts: 4 });
    if (!base.ok) throw new Error('forecast failed');
    const at = (scores: number[]) => ({ ...base.forecast, scores });
    const line = (mine: number[]) =>
      forecastLines(cs.scenario.powers, at(mine), at([50, 50, 50, 50]), 'waiting')[1];
    expect(line([60, 40, 50.2, 55])).toEqual({
      text: 'Future by future against waiting: better in 50%, worse in 25%',
      tone: 'good',
    });
    expect(line([45, 49, 50.4, 51])).toEqual({
      text: 'Future by future against waiting: better in 25%, worse in 50%',
      tone: 'bad',
    });
    expect(line([50, 50, 50, 50])?.tone).toBeUndefined();
  });
});

describe('whose futures the advisor played', () => {
  it('names the player’s ways in their words, the lean by the pole’s capital', () => {
    const c = loadShipped('2023');
    expect(
      playerWaysLine(c, { lean: 1.2, slip: 0.15, idle: 0, pace: 2.5, neglect: [0, 0, 0] }).text,
    ).toBe(
      'Played your way, this choice included: leaning to Washington, 15% of decisions on impulse, cards a month: 2.5',
    );
    expect(
      playerWaysLine(c, { lean: -0.8, slip: 0.05, idle: 0.25, pace: 1, neglect: [0.1, 0.2, 0] })
        .text,
    ).toBe(
      'Played your way, this choice included: leaning to Beijing, 5% of decisions on impulse, cards a month: 1, 25% of months without a card',
    );
    // The power left alone most is named (the futures leave it alone too); only that one.
    const alone = playerWaysLine(c, {
      lean: 0.6,
      slip: 0.05,
      idle: 0,
      pace: 2,
      neglect: [0.6, 0, 0.35],
    });
    expect(alone.text).toBe(
      'Played your way, this choice included: leaning to Washington, 5% of decisions on impulse, cards a month: 2, Beijing left alone in 60% of months',
    );
    expect(alone.tone).toBe('bad');
    expect(
      playerWaysLine(c, { lean: 0.2, slip: 0.05, idle: 0, pace: 3, neglect: [0, 0, 0] }).text,
    ).toMatch(/: even-handed, /);
  });
});
