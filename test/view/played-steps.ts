/** Whole games played by the bots, step by step, as the store keeps them: for the view tests. */
import {
  apply,
  type CompiledScenario,
  type GameAction,
  legalActions,
  newGame,
  POLICIES,
  type Policy,
  policyRng,
} from '../../src/engine';
import type { StepLike } from '../../src/view';

export type PlayedStep = StepLike & { readonly action: GameAction | null };

export function playedSteps(cs: CompiledScenario, seed: string, policy: string): PlayedStep[] {
  const bot = POLICIES[policy] as Policy;
  const rand = policyRng(seed, bot.name);
  const opening = newGame(cs, seed);
  const steps: PlayedStep[] = [{ action: null, ...opening }];
  let state = opening.state;
  for (let i = 0; state.phase !== 'over' && i < 2_000; i++) {
    const action = bot.choose(cs, state, legalActions(cs, state), rand);
    const result = apply(cs, state, action);
    if (!result.ok) throw new Error(result.error.message);
    state = result.state;
    steps.push({ action, state, explanation: result.explanation });
  }
  return steps;
}

/** The indices of the steps that ended a turn: where the month in review opens. */
export function turnEnds(steps: readonly PlayedStep[]): number[] {
  return steps.flatMap((s, i) => (s.action?.type === 'end-turn' ? [i] : []));
}
