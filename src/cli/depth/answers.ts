/**
 * The fixed rules a plan answers events by. A fixed plan is "these cards
 * every month, and events answered by this rule": the rules are the
 * answers a player could settle into without thinking about the month.
 */
import type { CompiledScenario, GameAction, GameState } from '../../engine';
import { POLICIES } from '../../engine';
import { lookaheadValues } from '../../engine/bots/lookahead';
import type { Packed } from '../../engine/packed';
import type { RngCursor } from '../../engine/rng';

export const ANSWER_RULES = ['historical', 'first', 'cautious', 'lookahead'] as const;
export type AnswerRule = (typeof ANSWER_RULES)[number];

/** What a plan sees of a position: the packed state the fast simulation plays on. */
export type Position = Packed;

type Answer = (
  cs: CompiledScenario,
  p: Position,
  legal: readonly GameAction[],
  rand: RngCursor,
) => GameAction;

const historical = POLICIES.historical;

/**
 * History's answer, as the historical bot gives it (the step's named
 * choice, else the one marked historical, else the first). That bot reads
 * only the turn, the phase and the waiting events, which a packed state
 * holds under the same names.
 */
const historicalAnswer: Answer = (cs, p, legal, rand) => {
  if (!historical) throw new Error('the historical bot is missing');
  return historical.choose(cs, p as unknown as GameState, legal, rand);
};

const firstAnswer: Answer = (_cs, _p, legal) => {
  const first = legal[0];
  if (!first) throw new Error('no legal answer to the waiting event');
  return first;
};

/** How loud an answer is: the lean it signals, then its risks, then its price. */
function caution(cs: CompiledScenario, d: GameAction): readonly [number, number, number] {
  if (d.type !== 'choose') return [0, 0, 0];
  const choice = cs.events.get(d.event)?.choices?.find((c) => c.id === d.choice);
  const lean = Object.values(choice?.effects.lean ?? {}).reduce(
    (a: number, x) => a + Math.abs(x ?? 0),
    0,
  );
  return [lean, choice?.effects.risks?.length ?? 0, choice?.cost ?? 0];
}

/** The quietest answer: least lean signalled, then fewest risks, then cheapest, then first listed. */
const cautiousAnswer: Answer = (cs, p, legal, rand) => {
  let best = firstAnswer(cs, p, legal, rand);
  let bestKey = caution(cs, best);
  for (const d of legal) {
    const key = caution(cs, d);
    if (
      key[0] < bestKey[0] ||
      (key[0] === bestKey[0] &&
        (key[1] < bestKey[1] || (key[1] === bestKey[1] && key[2] < bestKey[2])))
    ) {
      best = d;
      bestKey = key;
    }
  }
  return best;
};

/** The answer the lookahead bot would give: each tried on a few simulated futures. */
const lookaheadAnswer: Answer = (cs, p, legal, rand) => {
  if (legal.length === 1) return firstAnswer(cs, p, legal, rand);
  const values = lookaheadValues(cs, p, legal, rand);
  let best = 0;
  for (let i = 1; i < values.length; i++) if ((values[i] ?? 0) > (values[best] ?? 0)) best = i;
  return legal[best] as GameAction;
};

export const ANSWERS: Readonly<Record<AnswerRule, Answer>> = {
  historical: historicalAnswer,
  first: firstAnswer,
  cautious: cautiousAnswer,
  lookahead: lookaheadAnswer,
};
