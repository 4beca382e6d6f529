/**
 * A replay is a scenario's identity, a seed and the list of decisions. Its
 * checkpoints (the state hash after every turn) and final summary let anyone
 * verify it by playing it again through the same rules.
 */
import type { CompiledScenario } from './compile';
import type { Explanation } from './explain';
import { apply, newGame } from './game';
import { hashJson } from './hash';
import type { GameAction, GameState, OutcomeId } from './state';

export const REPLAY_FORMAT = 'bamboo-replay/1';
/** Bump when a rule changes what a decision list produces. */
export const ENGINE_VERSION = '3.5.0';

export interface Replay {
  readonly format: typeof REPLAY_FORMAT;
  readonly engineVersion: string;
  readonly scenario: { readonly id: string; readonly hash: string };
  readonly seed: string;
  readonly player?: string;
  readonly policy?: string;
  readonly actions: readonly GameAction[];
  /** The state hash at the end of each completed turn. */
  readonly checkpoints?: readonly string[];
  readonly final?: {
    readonly stateHash: string;
    readonly turn: number;
    readonly over: boolean;
    readonly outcome: OutcomeId | null;
    readonly score: number | null;
  };
}

export function stateHash(state: GameState): string {
  return hashJson(state);
}

export interface ReplayStep {
  readonly action: GameAction | null;
  readonly state: GameState;
  readonly explanation: Explanation;
}

export type ReplayProblem =
  | { readonly code: 'format'; readonly message: string }
  | { readonly code: 'engine-version'; readonly message: string }
  | { readonly code: 'scenario'; readonly message: string }
  | { readonly code: 'illegal-action'; readonly message: string; readonly index: number }
  | { readonly code: 'checkpoint'; readonly message: string; readonly turn: number }
  | { readonly code: 'final'; readonly message: string };

export type ReplayResult =
  | { readonly ok: true; readonly state: GameState; readonly steps?: readonly ReplayStep[] }
  | { readonly ok: false; readonly problem: ReplayProblem };

/** Records a game as it is played, so a finished game yields its replay. */
export function buildReplay(
  cs: CompiledScenario,
  seed: string,
  actions: readonly GameAction[],
  state: GameState,
  checkpoints: readonly string[],
  extra: { player?: string; policy?: string } = {},
): Replay {
  return {
    format: REPLAY_FORMAT,
    engineVersion: ENGINE_VERSION,
    scenario: { id: cs.scenario.id, hash: cs.hash },
    seed,
    ...(extra.player !== undefined ? { player: extra.player } : {}),
    ...(extra.policy !== undefined ? { policy: extra.policy } : {}),
    actions,
    checkpoints,
    final: {
      stateHash: stateHash(state),
      turn: state.turn,
      over: state.phase === 'over',
      outcome: state.ending?.outcome ?? null,
      score: state.ending?.score.total ?? null,
    },
  };
}

/**
 * Plays a replay again. With `keepSteps` every intermediate state and its
 * explanation are returned (for the replay viewer and the debrief).
 */
export function runReplay(cs: CompiledScenario, replay: Replay, keepSteps = false): ReplayResult {
  if (replay.format !== REPLAY_FORMAT) {
    return {
      ok: false,
      problem: {
        code: 'format',
        message: `unknown replay format "${String(replay.format)}" (expected "${REPLAY_FORMAT}")`,
      },
    };
  }
  if (replay.engineVersion !== ENGINE_VERSION) {
    return {
      ok: false,
      problem: {
        code: 'engine-version',
        message: `made by engine ${replay.engineVersion}; this game runs engine ${ENGINE_VERSION}`,
      },
    };
  }
  if (replay.scenario.id !== cs.scenario.id || replay.scenario.hash !== cs.hash) {
    return {
      ok: false,
      problem: {
        code: 'scenario',
        message:
          replay.scenario.id !== cs.scenario.id
            ? `made for scenario "${replay.scenario.id}", not "${cs.scenario.id}"`
            : `made for a different version of scenario "${cs.scenario.id}" (content hash ${replay.scenario.hash}, this one is ${cs.hash})`,
      },
    };
  }
  const opening = newGame(cs, replay.seed);
  let state = opening.state;
  const steps: ReplayStep[] | undefined = keepSteps ? [{ action: null, ...opening }] : undefined;
  const checkpoints = replay.checkpoints;
  let turnsDone = 0;
  for (let i = 0; i < replay.actions.length; i++) {
    const action = replay.actions[i] as GameAction;
    const result = apply(cs, state, action);
    if (!result.ok) {
      return {
        ok: false,
        problem: {
          code: 'illegal-action',
          index: i,
          message: `decision ${i + 1} (${JSON.stringify(action)}) is illegal: ${result.error.message}`,
        },
      };
    }
    state = result.state;
    steps?.push({ action, state, explanation: result.explanation });
    if (action.type === 'end-turn' && checkpoints) {
      const want = checkpoints[turnsDone];
      if (want !== undefined && want !== stateHash(state)) {
        return {
          ok: false,
          problem: {
            code: 'checkpoint',
            turn: turnsDone,
            message: `after turn ${turnsDone + 1} the state differs from the recorded one: the decisions or the rules changed`,
          },
        };
      }
      turnsDone++;
    }
  }
  if (replay.final && replay.final.stateHash !== stateHash(state)) {
    return {
      ok: false,
      problem: {
        code: 'final',
        message: `the final state differs from the recorded one (hash ${stateHash(state)}, recorded ${replay.final.stateHash})`,
      },
    };
  }
  return steps ? { ok: true, state, steps } : { ok: true, state };
}
