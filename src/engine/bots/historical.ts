/**
 * What Hanoi actually did, as the scenario's historical path records it:
 * per turn, answer events as the step says (else the choice marked
 * historical, else the first one available), play the step's cards in order
 * when they are legal, then end the turn. The path is data, so a card that a
 * different year's dice made unaffordable is simply skipped.
 */
import type { CompiledScenario } from '../compile';
import { registerPacked } from '../sim';
import type { GameAction, Phase } from '../state';
import type { Policy } from './policy';

type Step = CompiledScenario['scenario']['historicalPath']['steps'][number];

/** What the policy reads of a position, from a GameState or a packed state alike. */
interface Position {
  readonly turn: number;
  readonly phase: Phase;
  readonly pending: readonly string[];
}

function stepOf(cs: CompiledScenario, state: Position): Step | undefined {
  const turnId = cs.scenario.calendar[state.turn]?.id;
  return cs.scenario.historicalPath.steps.find((s) => s.turn === turnId);
}

function isLegal(legal: readonly GameAction[], want: GameAction): GameAction | undefined {
  return legal.find((d) =>
    want.type === 'play'
      ? d.type === 'play' && d.action === want.action
      : want.type === 'choose'
        ? d.type === 'choose' && d.event === want.event && d.choice === want.choice
        : d.type === 'end-turn',
  );
}

function historicalAnswer(
  cs: CompiledScenario,
  state: Position,
  legal: readonly GameAction[],
): GameAction {
  const eventId = state.pending[0];
  const step = stepOf(cs, state);
  const named = eventId === undefined ? undefined : step?.choose[eventId];
  if (eventId !== undefined && named !== undefined) {
    const hit = isLegal(legal, { type: 'choose', event: eventId, choice: named });
    if (hit) return hit;
  }
  const marked = cs.events.get(eventId ?? '')?.choices?.find((c) => c.historical);
  if (eventId !== undefined && marked) {
    const hit = isLegal(legal, { type: 'choose', event: eventId, choice: marked.id });
    if (hit) return hit;
  }
  const first = legal[0];
  if (!first) throw new Error('historical: no legal answer to the waiting event');
  return first;
}

function historicalChoice(
  cs: CompiledScenario,
  state: Position,
  legal: readonly GameAction[],
): GameAction {
  if (state.phase === 'event') return historicalAnswer(cs, state, legal);
  for (const action of stepOf(cs, state)?.play ?? []) {
    const hit = isLegal(legal, { type: 'play', action });
    if (hit) return hit;
  }
  return { type: 'end-turn' };
}

export const historicalPolicy: Policy = {
  name: 'historical',
  description: "follows the scenario's historical path: what Hanoi actually did in 2023",
  choose: historicalChoice,
};
registerPacked(historicalPolicy, historicalChoice);
