/**
 * Indicators nothing reads. An indicator counts as read when the scenario's
 * data names it where a value is tested or weighed (a condition's
 * `min`/`max`, a formula's `per`, a card's `costPer`), or when the engine's
 * own rules (dynamics, income, reactions, endings, the score) depend on it.
 * The second is measured, not listed by hand: played games are replayed
 * decision by decision from states where the indicator was pushed to each
 * end of its range, and if nothing else in the game ever differs (another
 * indicator, a flag, a tier, an event, the ending, a decision's legality),
 * the rules did not read it. A rule that only writes an indicator, or reads
 * it to change it, does not count.
 */
import {
  apply,
  type CompiledScenario,
  type GameAction,
  type GameState,
  type IndicatorKey,
  indicatorRange,
  isIndicatorOf,
  legalActions,
  newGame,
  POLICIES,
  type Policy,
  playGame,
} from '../../engine';

/** Keys under which scenario data reads indicators (the others, such as `delta`, write them). */
const READING_KEYS = new Set(['min', 'max', 'per', 'costPer']);

/** Indicators the scenario's data tests or weighs anywhere. */
export function dataReads(cs: CompiledScenario): Set<IndicatorKey> {
  const out = new Set<IndicatorKey>();
  const walk = (node: unknown, key: string) => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, '');
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [k, v] of Object.entries(node)) {
      if (READING_KEYS.has(key) && isIndicatorOf(cs.tables.vocab, k)) out.add(k);
      walk(v, k);
    }
  };
  walk(cs.scenario, '');
  return out;
}

/** The games replayed: a few seeds of bots that play very differently. */
const PROBES: readonly (readonly [string, string])[] = [
  ['historical', 'reads-0'],
  ['historical', 'reads-1'],
  ['bamboo', 'reads-0'],
  ['random', 'reads-0'],
  ['random', 'reads-1'],
];

/** A state as text without one indicator: what must stay equal if the rules ignore it. */
function without(state: GameState, key: IndicatorKey): string {
  const { [key]: _ignored, ...ind } = state.ind;
  return JSON.stringify({ ...state, ind });
}

interface Recorded {
  readonly actions: readonly GameAction[];
  /** states[i] is the state before actions[i]; the last is the final state. */
  readonly states: readonly GameState[];
  /** The decisions legal in each state, as text: which cards an indicator opens is a read too. */
  readonly legal: readonly string[];
  /** Per indicator, the states as `without` writes them (filled as they are needed). */
  readonly texts: Map<IndicatorKey, string[]>;
}

function record(cs: CompiledScenario, policy: Policy, seed: string): Recorded {
  const { actions } = playGame(cs, seed, policy);
  let state = newGame(cs, seed).state;
  const states = [state];
  for (const action of actions) {
    const r = apply(cs, state, action);
    if (!r.ok) throw new Error(`a recorded decision became illegal: ${r.error.message}`);
    state = r.state;
    states.push(state);
  }
  const legal = states.map((s) => JSON.stringify(legalActions(cs, s)));
  return { actions, states, legal, texts: new Map() };
}

function baselineText(game: Recorded, key: IndicatorKey, i: number): string {
  let texts = game.texts.get(key);
  if (!texts) {
    texts = [];
    game.texts.set(key, texts);
  }
  texts[i] ??= without(game.states[i] as GameState, key);
  return texts[i] as string;
}

/** Whether pushing `key` to `value` before decision `from` changes anything else later on. */
function changesSomething(
  cs: CompiledScenario,
  game: Recorded,
  from: number,
  key: IndicatorKey,
  value: number,
): boolean {
  const start = game.states[from] as GameState;
  let state: GameState = { ...start, ind: { ...start.ind, [key]: value } };
  for (let i = from; i < game.actions.length; i++) {
    if (JSON.stringify(legalActions(cs, state)) !== game.legal[i]) return true;
    const r = apply(cs, state, game.actions[i] as GameAction);
    if (!r.ok) return true;
    state = r.state;
    if (without(state, key) !== baselineText(game, key, i + 1)) return true;
  }
  return false;
}

/** Indicators the engine's rules depend on, measured by perturbation (see the module comment). */
export function engineReads(
  cs: CompiledScenario,
  skip: ReadonlySet<IndicatorKey>,
): Set<IndicatorKey> {
  const games = PROBES.map(([name, seed]) => record(cs, POLICIES[name] as Policy, seed));
  const read = new Set<IndicatorKey>();
  for (const key of cs.tables.vocab.keys) {
    if (skip.has(key)) continue;
    const { min, max } = indicatorRange(cs.tables.vocab, key) ?? { min: 0, max: 100 };
    search: for (const game of games)
      for (let i = 0; i < game.actions.length; i++) {
        // Before every end of turn: the turn's dynamics, reactions, ending and the next news all run.
        if (game.actions[i]?.type !== 'end-turn') continue;
        const was = (game.states[i] as GameState).ind[key];
        for (const value of [min, max])
          if (value !== was && changesSomething(cs, game, i, key, value)) {
            read.add(key);
            break search;
          }
      }
  }
  return read;
}

/** Indicators that neither the data nor the engine's rules read, in the engine's order. */
export function unreadIndicators(cs: CompiledScenario): IndicatorKey[] {
  const data = dataReads(cs);
  const engine = engineReads(cs, data);
  return cs.tables.vocab.keys.filter((k) => !data.has(k) && !engine.has(k));
}
