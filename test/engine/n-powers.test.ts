/**
 * Any number of powers, two to six, taken from the scenario: a four-power fixture (India
 * beside the 2023 three) and a two-power one play under every bot, through the command line
 * too, and the views name every power.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program';
import {
  apply,
  forecast,
  forecastShape,
  type GameState,
  legalActions,
  newGame,
  outcomeIds,
  playGame,
  policyByName,
  policyNames,
} from '../../src/engine';
import { type LoadResult, loadScenarioData } from '../../src/scenario/load';
import { gauges, indicatorLabel, outcomeLabel } from '../../src/view';
import { captureConsole } from '../cli/capture-console';
import { fixturePath, loadFixture, readFixtureJson } from '../helpers';

const FOUR = fixturePath('four-powers.json');
const four = loadFixture('four-powers.json');
const { out } = captureConsole({ stdout: true });

/** The mini fixture with Japan taken out: two powers, one on each side of the drift axis. */
function twoPowers(): LoadResult {
  const data = structuredClone(readFixtureJson('mini.json')) as Record<string, never>;
  const s = data as unknown as {
    powers: Record<string, { rivals: string[] }>;
    start: { indicators: Record<string, number>; tiers: Record<string, string> };
    actions: { effects: { lean?: Record<string, number> } }[];
  };
  delete s.powers.jp;
  s.powers.cn = { ...s.powers.cn, rivals: ['us'] } as never;
  for (const key of Object.keys(s.start.indicators))
    if (key.endsWith('.jp')) delete s.start.indicators[key];
  delete s.start.tiers.jp;
  for (const a of s.actions) if (a.effects.lean) delete a.effects.lean.jp;
  return loadScenarioData(data, 'two-powers.json');
}

describe('four powers', () => {
  it('lists its powers in the order the file gives them, and their indicators', () => {
    expect(four.tables.vocab.powers).toEqual(['cn', 'us', 'jp', 'in']);
    const { state } = newGame(four, 'x');
    expect(state.ind['relations.in']).toBe(62);
    expect(state.ind['patience.in']).toBe(6);
    expect(state.tiers.in).toBe('comprehensive-strategic');
    expect(state.lean).toEqual({ cn: 0, us: 0, jp: 0, in: 0 });
    expect(outcomeIds(four.tables, four.scenario.rules).collapses).toContain('rupture-in');
  });

  it.each(policyNames())('plays to the end under the %s bot', (name) => {
    const policy = policyByName(name);
    if (!policy) throw new Error(name);
    for (const seed of ['a', 'b']) {
      const { state } = playGame(four, seed, policy);
      expect(state.phase).toBe('over');
      expect(Object.keys(state.tiers)).toEqual(['cn', 'us', 'jp', 'in']);
      for (const key of four.tables.vocab.keys) expect(Number.isFinite(state.ind[key])).toBe(true);
    }
  });

  it.each(policyNames())('plays under the %s bot through the command line', (name) => {
    expect(run(['sim', '--scenario', FOUR, '--json', '--seed', 's1', '--policy', name])).toBe(0);
    const summary = JSON.parse(out.pop() ?? '{}') as {
      over: boolean;
      tiers: Record<string, string>;
      indicators: Record<string, number>;
    };
    expect(summary.over).toBe(true);
    expect(Object.keys(summary.tiers)).toEqual(['cn', 'us', 'jp', 'in']);
    expect(typeof summary.indicators['relations.in']).toBe('number');
  });

  it('checks clean through the command line', () => {
    expect(run(['check', FOUR])).toBe(0);
  });

  it('leans toward India without moving drift (a power on neither side)', () => {
    let state: GameState = newGame(four, 'lean').state;
    // The month's news first: the first answer to each waiting event.
    while (state.phase === 'event') {
      const answer = legalActions(four, state)[0];
      if (!answer) throw new Error('no answer');
      const answered = apply(four, state, answer);
      if (!answered.ok) throw new Error(answered.error.message);
      state = answered.state;
    }
    const legal = legalActions(four, state);
    expect(legal).toContainEqual({ type: 'play', action: 'visit-new-delhi' });
    const played = apply(four, state, { type: 'play', action: 'visit-new-delhi' });
    if (!played.ok) throw new Error(played.error.message);
    state = played.state;
    expect(state.lean.in).toBe(2);
    const ended = apply(four, state, { type: 'end-turn' });
    if (!ended.ok) throw new Error(ended.error.message);
    const drift = ended.explanation.changes.find((c) => c.indicator === 'autonomy.drift');
    expect(drift?.causes.some((c) => c.source === 'rule:lean') ?? false).toBe(false);
    // Beijing counts India among its rivals: leaning there raises its suspicion.
    const suspicion = ended.explanation.changes.find((c) => c.indicator === 'suspicion.cn');
    expect(suspicion?.causes.some((c) => c.source === 'rule:rival-lean')).toBe(true);
  });

  it('forecasts every relation and names every power on the screens', () => {
    const { state } = newGame(four, 'f');
    const f = forecast(four, state, { type: 'end-turn' }, { rollouts: 20 });
    if (!f.ok) throw new Error('forecast failed');
    expect(Object.keys(f.forecast.indicators)).toEqual(forecastShape(four.scenario).indicators);
    expect(f.forecast.indicators['relations.in']).toBeDefined();
    const view = gauges(four, [{ state, explanation: newGame(four, 'f').explanation }]);
    expect(view.find((g) => g.key === 'relations.in')?.name).toBe('Relations with New Delhi');
    expect(indicatorLabel(four.scenario.powers, 'economy.investment.in').name).toBe(
      'Investment from India',
    );
    expect(outcomeLabel(four.scenario.powers, 'rupture-in').name).toBe('Rupture with New Delhi');
  });
});

describe('two powers', () => {
  const loaded = twoPowers();

  it('loads, with the ruleset speaking only of its own powers', () => {
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.compiled.tables.vocab.powers).toEqual(['cn', 'us']);
    expect(loaded.scenario.rules.drift.weights).toEqual({ cn: -1, us: 1 });
    expect(Object.keys(loaded.scenario.start.indicators)).not.toContain('patience.jp');
  });

  it.each(policyNames())('plays to the end under the %s bot', (name) => {
    if (!loaded.ok) throw new Error('two powers did not load');
    const policy = policyByName(name);
    if (!policy) throw new Error(name);
    const { state } = playGame(loaded.compiled, 'two', policy);
    expect(state.phase).toBe('over');
    expect(Object.keys(state.ind).filter((k) => k.startsWith('relations.'))).toEqual([
      'relations.cn',
      'relations.us',
    ]);
    expect(state.ending?.score.relations).toBeCloseTo(
      ((state.ind['relations.cn'] as number) + (state.ind['relations.us'] as number)) / 2,
      1,
    );
  });

  it('refuses a power the scenario does not have, naming the field', () => {
    const data = structuredClone(readFixtureJson('mini.json')) as {
      actions: { effects: { lean?: Record<string, number>; delta?: Record<string, number> } }[];
    };
    const first = data.actions[0];
    if (!first) throw new Error('no action');
    first.effects.lean = { ...first.effects.lean, ru: 2 };
    first.effects.delta = { ...first.effects.delta, 'relations.ru': 1 };
    const result = loadScenarioData(data, 'bad.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toContain(
      'actions[0] "visit-beijing".effects.lean.ru: expected one of the scenario\'s powers (cn, us, jp), found "ru"',
    );
    expect(messages.some((m) => m.includes('effects.delta.relations.ru'))).toBe(true);
  });
});
