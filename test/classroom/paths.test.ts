import { describe, expect, it } from 'vitest';
import { classResultsChart, historicalChartPath, verifyClass } from '../../src/classroom';
import { file, lookup, mini, replayBy, studentReplay } from './replays';

describe('class path chart', () => {
  const results = verifyClass(
    [
      file('a.json', studentReplay('c', 'A')),
      file('b.json', studentReplay('c', 'B')),
      file('other-seed.json', studentReplay('d', 'C')),
      file('other-seed-2.json', studentReplay('c', 'D')),
    ],
    lookup,
  );

  it('draws the students of the class seed beside the historical path', () => {
    const chart = classResultsChart(results, lookup, { seed: 'c' });
    expect(chart).not.toBeNull();
    if (!chart) return;
    expect(chart.scenario).toBe('mini');
    expect(chart.turns.map((t) => t.label)).toEqual([
      'Start',
      'Month 1',
      'Month 2',
      'Month 3',
      'Month 4',
    ]);
    expect(chart.students.map((s) => s.name).sort()).toEqual(['A', 'B', 'D']);
    expect(chart.historical?.kind).toBe('historical');
    for (const path of [...chart.students, chart.historical!]) {
      expect(path.points[0]?.turn).toBe(0);
      expect(path.points.map((p) => p.turn)).toEqual(path.points.map((_, i) => i));
      for (const p of path.points) expect(Object.keys(p.values)).toEqual([...chart.series]);
    }
    // Every path starts from the same opening (the seed draws the first news).
    const starts = new Set(
      [...chart.students, chart.historical!].map((p) => JSON.stringify(p.points[0]?.values)),
    );
    expect(starts.size).toBe(1);
  });

  it('ends each student path on the row score', () => {
    const chart = classResultsChart(results, lookup, { seed: 'c' })!;
    for (const s of chart.students) expect(s.points.at(-1)?.values.score).toBe(s.score);
  });

  it('picks the most played seed when the teacher gave none', () => {
    expect(classResultsChart(results, lookup)?.seed).toBe('c');
  });

  it('plays the historical path like the historical bot', () => {
    const h = historicalChartPath(mini, 'c')!;
    const bot = replayBy('historical', 'c');
    expect(h.score).toBe(bot.final?.score);
    expect(h.outcome).toBe(bot.final?.outcome);
  });
});
