import { describe, expect, it } from 'vitest';
import { newGame } from '../../src/engine';
import { forecast } from '../../src/engine/advisor';
import { forecastLines, styleMixLine } from '../../src/view';
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
      /^Bamboo score at the end: [\d.]+ \([\d.]+ to [\d.]+\); [+\u2212]?[\d.]+ against ending the month now$/,
    );
    expect(lines[1]).toMatch(/^Chance of a collapse: \d+%|<1%/);
    expect(lines.some((l) => l.startsWith('Relations at the end: China '))).toBe(true);
    expect(lines.at(-1)).toMatch(/^Drift .*, growth .* %, tension at sea .*, public mood /);
  });
});

describe('whose futures the advisor played', () => {
  it('names the styles by the player’s own words, largest share first, the poles by their capitals', () => {
    const c = loadShipped('2023');
    const line = styleMixLine(c, {
      bamboo: 0.5,
      random: 0.05,
      passive: 0.1,
      'washington-first': 0.3,
      'beijing-first': 0.05,
    }).text;
    expect(line).toBe(
      'Played your way, this choice included: careful 50%, leaning to Washington 30%, idle 10%, erratic 5%, leaning to Beijing 5%',
    );
  });
});
