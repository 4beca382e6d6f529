/** Plays whole games with a bot policy: for the command line, tests, balance and benchmarks. */
import type { Policy } from './bots/policy';
import type { CompiledScenario } from './compile';
import { apply, legalActions, newGame, newPacked } from './game';
import { pack, unpackFinal } from './packed';
import { buildReplay, type Replay, stateHash } from './replay';
import { RngCursor, seedRng } from './rng';
import { simulatePacked } from './sim';
import type { GameAction, GameState } from './state';

/** Far more decisions than any game can hold: a guard against a rule that never ends a turn. */
export const MAX_STEPS = 10_000;

export interface PlayedGame {
  readonly state: GameState;
  readonly actions: readonly GameAction[];
  readonly checkpoints: readonly string[];
}

export function policyRng(seed: string, policy: string): RngCursor {
  return new RngCursor(seedRng(`${seed}\u0000policy:${policy}`));
}

export function playGame(
  cs: CompiledScenario,
  seed: string,
  policy: Policy,
  opts: { record?: boolean; from?: GameState } = {},
): PlayedGame {
  const record = opts.record ?? true;
  const rand = policyRng(seed, policy.name);
  if (!record) {
    // Nothing to record: play on a packed state, the same rules without explanations.
    const p = opts.from ? pack(cs, opts.from) : newPacked(cs, seed);
    simulatePacked(cs, p, policy, rand);
    return { state: unpackFinal(p), actions: [], checkpoints: [] };
  }
  let state = opts.from ?? newGame(cs, seed).state;
  const actions: GameAction[] = [];
  const checkpoints: string[] = [];
  for (let i = 0; state.phase !== 'over'; i++) {
    if (i >= MAX_STEPS) throw new Error(`game did not end within ${MAX_STEPS} decisions`);
    const legal = legalActions(cs, state);
    const action = policy.choose(cs, state, legal, rand);
    const result = apply(cs, state, action);
    if (!result.ok)
      throw new Error(`policy ${policy.name} chose an illegal decision: ${result.error.message}`);
    state = result.state;
    actions.push(action);
    if (action.type === 'end-turn') checkpoints.push(stateHash(state));
  }
  return { state, actions, checkpoints };
}

export function replayOf(
  cs: CompiledScenario,
  seed: string,
  game: PlayedGame,
  policy?: string,
): Replay {
  return buildReplay(
    cs,
    seed,
    game.actions,
    game.state,
    game.checkpoints,
    policy ? { policy } : {},
  );
}
