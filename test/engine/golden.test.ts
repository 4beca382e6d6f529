/**
 * Golden replays pin what a list of decisions produces. If this fails after a
 * rule or scenario change, the change altered games already played: if that
 * is intended, run `npm run golden:update` and commit the new files (and bump
 * ENGINE_VERSION when rules changed, so old replays are refused clearly).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runReplay, stateHash } from '../../src/engine';
import { parseReplayText } from '../../src/replay/parse';
import { formatProblem, loadScenarioText } from '../../src/scenario/load';
import { GOLDEN_GAMES } from '../golden/games';

describe.each(GOLDEN_GAMES)('golden replay $file', (game) => {
  it('replays to the pinned final state, checkpoint by checkpoint', () => {
    const scenarioPath = new URL(`../../${game.scenario}`, import.meta.url);
    const loaded = loadScenarioText(readFileSync(scenarioPath, 'utf8'), game.scenario);
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    const file = new URL(`../golden/${game.file}`, import.meta.url);
    const parsed = parseReplayText(readFileSync(file, 'utf8'), game.file);
    if (!parsed.ok) throw new Error(parsed.message);
    const { replay } = parsed;
    const result = runReplay(loaded.compiled, replay, true);
    if (!result.ok) {
      throw new Error(
        `${game.file} no longer replays (${result.problem.code}): ${result.problem.message}. ` +
          'If the rule or scenario change was deliberate, run `npm run golden:update` and commit the result.',
      );
    }
    expect(stateHash(result.state), 'final state hash').toBe(replay.final?.stateHash);
    expect(result.state.ending?.outcome ?? null).toBe(replay.final?.outcome);
    const turnEnds = (result.steps ?? []).filter((s) => s.action?.type === 'end-turn');
    expect(turnEnds.map((s) => stateHash(s.state))).toEqual(replay.checkpoints);
  });
});
