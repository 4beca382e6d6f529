import { describe, expect, it } from 'vitest';
import { POLICIES, playGame, replayOf, runReplay } from '../../src/engine';
import { axisRange, chartGroups, eventsMet, historicalPath, scenarioSources } from '../../src/view';
import { loadFixture } from '../helpers';

const cs = loadFixture('mini.json');

describe('chart groups', () => {
  it('holds every indicator exactly once', () => {
    const all = cs.tables.vocab.keys;
    const keys = chartGroups(all).flatMap((g) => g.keys);
    expect([...keys].sort()).toEqual([...all].sort());
  });
});

describe('axis ranges', () => {
  it.each([
    ['relations.cn', [40, 60], { lo: 0, hi: 100, ticks: [0, 25, 50, 75, 100] }],
    ['autonomy.drift', [-3, 12], { lo: -20, hi: 20, ticks: [-20, -10, 0, 10, 20] }],
    ['economy.growth', [5.2, 6.1], { lo: 4, hi: 7, ticks: [4, 5, 6, 7] }],
    ['economy.growth', [-2, 7], { lo: -5, hi: 10, ticks: [-5, 0, 5, 10] }],
    ['sea.incidentsTotal', [0, 3, 7], { lo: 0, hi: 10, ticks: [0, 5, 10] }],
    ['sea.incidents', [0, 49], { lo: 0, hi: 50, ticks: [0, 20, 40, 50] }],
    ['home.capital', [4, 4], { lo: 2, hi: 6, ticks: [2, 3, 4, 5, 6] }],
  ] as const)('%s over %j', (key, values, want) => {
    expect(axisRange(key, values)).toEqual(want);
  });

  it('never leaves the indicator range', () => {
    const r = axisRange('sea.incidents', [0, 49]);
    expect(r.lo).toBe(0);
    expect(r.hi).toBeLessThanOrEqual(50);
  });
});

describe('the historical path', () => {
  it('is the historical bot played with the same seed, with every step', () => {
    const path = historicalPath(cs, 'mini');
    expect(path).not.toBeNull();
    const game = playGame(cs, 'mini', POLICIES.historical!);
    expect(path?.ending).toEqual(game.state.ending);
    expect(path?.steps.length).toBe(game.actions.length + 1);
    expect(path?.steps.at(-1)?.state.phase).toBe('over');
  });
});

describe('sources', () => {
  it('lists every cited event of the scenario by date, then the what-ifs', () => {
    expect(
      scenarioSources(cs).map((e) => [e.id, e.date, e.sources[0]?.publication, e.whatIf]),
    ).toEqual([
      ['map', '2023-02-15', 'Test Gazette', false],
      ['after-upgrade', '2023-03-10', 'Test Gazette', false],
      ['typhoon', null, undefined, true],
      ['fishing-clash', null, undefined, true],
    ]);
  });

  it('lists the events a game met, once each, in order', () => {
    const game = playGame(cs, 'mini', POLICIES.historical!);
    const run = runReplay(cs, replayOf(cs, 'mini', game), true);
    if (!run.ok || !run.steps) throw new Error('replay failed');
    const met = eventsMet(cs, run.steps).map((e) => e.id);
    expect(met).toContain('map');
    expect(new Set(met).size).toBe(met.length);
    expect(met.indexOf('map')).toBeLessThan(
      met.includes('after-upgrade') ? met.indexOf('after-upgrade') : Infinity,
    );
  });
});
