/** Every shipped scenario loads, plays to an end under every policy, and its history replays. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, scenarioFiles } from '../../src/cli/scenarios';
import { POLICIES, playGame, policyNames, replayOf, runReplay, TIERS } from '../../src/engine';
import { formatProblem, loadScenarioText } from '../../src/scenario/load';
import { allCardsOpen, fixturePath } from '../helpers';

const files = scenarioFiles();

describe('shipped scenarios', () => {
  it('include the three campaigns', () => {
    expect(files.map((f) => basename(f))).toEqual(
      expect.arrayContaining(['2023.json', 'september-2023.json', 'xi-visit-2023.json']),
    );
  });

  describe.each(files.map((f) => [basename(f), f]))('%s', (_name, file) => {
    const loaded = loadScenarioFile(file);
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    const cs = loaded.compiled;

    it('references its JSON Schema so editors can help authors', () => {
      expect(JSON.parse(readFileSync(file, 'utf8')).$schema).toBe('./schema.json');
    });

    it.each(policyNames())('plays to an end under the %s policy', (name) => {
      for (const seed of ['shipped-1', 'shipped-2']) {
        const game = playGame(cs, seed, POLICIES[name]!);
        expect(game.state.phase).toBe('over');
        expect(game.state.ending?.outcome).toBeTruthy();
        const again = runReplay(cs, replayOf(cs, seed, game, name));
        expect(again.ok).toBe(true);
      }
    });

    it('replays its historical path and plays every card it lists', () => {
      const game = playGame(allCardsOpen(cs), cs.scenario.defaultSeed, POLICIES.historical!);
      const played = new Set(game.actions.flatMap((a) => (a.type === 'play' ? [a.action] : [])));
      for (const step of cs.scenario.historicalPath.steps) {
        for (const action of step.play) expect(played, `${step.turn}: ${action}`).toContain(action);
      }
      expect(game.state.phase).toBe('over');
    });

    it('cites a source for every scheduled event', () => {
      for (const ev of cs.scenario.events) expect(ev.sources.length, ev.id).toBeGreaterThan(0);
    });
  });

  it('ends the main campaign history with all three partnerships at the top tier', () => {
    const loaded = loadScenarioFile(files.find((f) => f.endsWith('/2023.json'))!);
    if (!loaded.ok) throw new Error('2023 does not load');
    const game = playGame(loaded.compiled, loaded.scenario.defaultSeed, POLICIES.historical!);
    const top = TIERS[TIERS.length - 1];
    expect(game.state.tiers).toEqual({ cn: top, us: top, jp: top });
  });
});

describe('broken scenario fixtures', () => {
  it.each([
    [
      'missing-field.json',
      'powers.us.agenda: missing required field "agenda". What this power wants from Vietnam in this scenario; shown to the player.',
    ],
    [
      'wrong-type.json',
      'actions[0] "visit-beijing".cost: expected a number, found the text "three"',
    ],
    [
      'unknown-reference.json',
      'historicalPath.steps[1].play[0]: expected the id of an action, found unknown action "visit-moscow"',
    ],
    [
      'malformed.json',
      '(top level): not valid JSON: line 5, column 2: a comma is missing at the end of line 4, before "summary": separate the items of a list or object with commas',
    ],
  ])('%s gives its message', (name, message) => {
    const path = fixturePath(`broken/${name}`);
    const result = loadScenarioText(readFileSync(path, 'utf8'), `broken/${name}`);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map(formatProblem)).toEqual([`broken/${name}: ${message}`]);
  });

  it('the authoring guide example loads and plays', () => {
    const path = fixturePath('guide-example.json');
    const result = loadScenarioText(readFileSync(path, 'utf8'), path);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(playGame(result.compiled, 'guide', POLICIES.random!).state.phase).toBe('over');
  });
});
