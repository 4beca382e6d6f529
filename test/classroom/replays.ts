/** Replay files for the classroom tests, made by the engine's own bots on the mini fixture. */

import type { ReplayFile, ScenarioLookup } from '../../src/classroom';
import { POLICIES, playGame, type Replay, replayOf } from '../../src/engine';
import { loadFixture } from '../helpers';

export const mini = loadFixture('mini.json');
export const lookup: ScenarioLookup = (id) => (id === mini.scenario.id ? mini : undefined);

export function replayBy(policy: string, seed: string, player?: string): Replay {
  const p = POLICIES[policy];
  if (!p) throw new Error(`no policy ${policy}`);
  const replay = replayOf(mini, seed, playGame(mini, seed, p), policy);
  return player === undefined ? replay : { ...replay, player };
}

export const file = (name: string, data: unknown): ReplayFile => ({
  name,
  text: typeof data === 'string' ? data : JSON.stringify(data),
});
