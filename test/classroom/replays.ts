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

/**
 * A student's game: the random bot on a stream of its own (named after the
 * student), so it is nobody else's game and no bot's game for the seed.
 */
export function studentReplay(seed: string, player: string, cs = mini): Replay {
  const p = POLICIES.random;
  if (!p) throw new Error('no random policy');
  const own = { ...p, name: `student:${player}` };
  const { policy: _bot, ...replay } = replayOf(cs, seed, playGame(cs, seed, own), own.name);
  return { ...replay, player };
}

/** A replay cut to its first `n` decisions, without the hashes that would refuse it. */
export function cut(replay: Replay, n: number): Replay {
  const { final: _f, checkpoints: _c, ...rest } = replay;
  return { ...rest, actions: replay.actions.slice(0, n) };
}
