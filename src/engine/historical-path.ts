/**
 * What Hà Nội actually did, played through the same rules with the same seed,
 * so the player's year and history's meet the same dice. The debrief draws it
 * and the class report compares students with it.
 */
import { POLICIES } from './bots';
import type { CompiledScenario } from './compile';
import { playGame, replayOf } from './play';
import { type ReplayStep, runReplay } from './replay';
import type { Ending, ScoreBreakdown } from './state';

export interface PlayedPath {
  readonly steps: readonly ReplayStep[];
  readonly ending: Ending | null;
  readonly score: ScoreBreakdown | null;
}

export function historicalPath(cs: CompiledScenario, seed: string): PlayedPath | null {
  const policy = POLICIES.historical;
  if (!policy) return null;
  const game = playGame(cs, seed, policy);
  const result = runReplay(cs, replayOf(cs, seed, game, policy.name), true);
  if (!result.ok || !result.steps) return null;
  return {
    steps: result.steps,
    ending: result.state.ending,
    score: result.state.ending?.score ?? null,
  };
}
