/**
 * The historical path against the rules as they are now: every scheduled
 * event on it fires, and each campaign ends where 2023 ended.
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, scenarioFiles } from '../../src/cli/scenarios';
import {
  type CompiledScenario,
  POLICIES,
  playGame,
  replayOf,
  runReplay,
  TIERS,
} from '../../src/engine';
import { formatProblem } from '../../src/scenario/load';
import { allCardsOpen } from '../helpers';

const TOP = TIERS[TIERS.length - 1];

function load(name: string): CompiledScenario {
  const file = scenarioFiles().find((f) => basename(f) === name);
  if (!file) throw new Error(`no scenario ${name}`);
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  return loaded.compiled;
}

/** The historical bot's game, with every intermediate state. */
function history(cs: CompiledScenario, seed = cs.scenario.defaultSeed) {
  const game = playGame(cs, seed, POLICIES.historical!);
  const replayed = runReplay(cs, replayOf(cs, seed, game, 'historical'), true);
  if (!replayed.ok || !replayed.steps) throw new Error('the historical path does not replay');
  return { state: game.state, steps: replayed.steps };
}

/** The calendar id of the turn in which `power` first reached the top tier. */
function turnReachingTop(cs: CompiledScenario, power: 'cn' | 'us' | 'jp'): string | undefined {
  const step = history(cs).steps.find((s) => s.state.tiers[power] === TOP);
  return step ? cs.scenario.calendar[step.state.turn]?.id : undefined;
}

describe.each(['2023.json', 'september-2023.json', 'xi-visit-2023.json'])('%s', (name) => {
  const cs = load(name);

  it.each([cs.scenario.defaultSeed, 'history-2', 'history-3'])(
    'fires every scheduled event on the historical path (seed %s)',
    (seed) => {
      const { state } = history(allCardsOpen(cs), seed);
      const missed = cs.scenario.events
        .filter((ev) => (state.counts[`event:${ev.id}`] ?? 0) === 0)
        .map((ev) => ev.id);
      expect(missed).toEqual([]);
    },
  );

  it('answers every event the path names with the choice it names', () => {
    const { steps } = history(cs);
    const answered = new Map<string, string>();
    for (const s of steps)
      if (s.action?.type === 'choose') answered.set(s.action.event, s.action.choice);
    for (const step of cs.scenario.historicalPath.steps)
      for (const [event, choice] of Object.entries(step.choose))
        expect(answered.get(event), `${step.turn}: ${event}`).toBe(choice);
  });
});

describe('the main campaign ends as 2023 did', () => {
  const cs = load('2023.json');
  const { state, steps } = history(cs);

  it('keeps China at the top tier all year, as it had been since 2008', () => {
    expect(cs.scenario.start.tiers.cn).toBe(TOP);
    for (const s of steps) expect(s.state.tiers.cn).toBe(TOP);
  });

  it('raises the United States in September and Japan in November', () => {
    expect(turnReachingTop(cs, 'us')).toBe('sep');
    expect(turnReachingTop(cs, 'jp')).toBe('nov');
    expect(state.tiers).toEqual({ cn: TOP, us: TOP, jp: TOP });
  });

  it('signs the shared-future wording, not the common destiny, with the railway aid and the US memoranda', () => {
    expect(state.flags).toEqual(
      expect.arrayContaining([
        'shared-future',
        'railway-aid',
        'us-csp',
        'jp-csp',
        'us-chips',
        'us-minerals',
      ]),
    );
    expect(state.flags).not.toContain('common-destiny');
  });
});

describe('the shorter campaigns end as their months did', () => {
  it('september-2023 raises the United States in the first half of September', () => {
    expect(turnReachingTop(load('september-2023.json'), 'us')).toBe('sep-1');
  });

  it('xi-visit-2023 ends with three top-tier partners, the shared future and the railway aid', () => {
    const { state } = history(load('xi-visit-2023.json'));
    expect(state.tiers).toEqual({ cn: TOP, us: TOP, jp: TOP });
    expect(state.flags).toEqual(expect.arrayContaining(['shared-future', 'railway-aid']));
    expect(state.flags).not.toContain('common-destiny');
  });
});
