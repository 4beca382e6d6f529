/**
 * The engine's public face: start a game, list what the player may do, apply
 * a decision. `apply` never throws and never mutates its input: an illegal
 * decision comes back as a typed error and the caller keeps its state.
 */
import type { Action, Choice, Formula } from '../scenario/schema';
import type { CompiledScenario } from './compile';
import { evalFormula, holds, type Pred } from './conditions';
import { applyOutcome } from './effects';
import { scoreOf } from './endings';
import type { Explanation } from './explain';
import {
  clampIndicator,
  INDICATOR_KEYS,
  INDICATORS,
  type IndicatorKey,
  roundIndicator,
} from './indicators';
import { countOf, type OwnedTables, ownedTables } from './owned';
import { seedRng } from './rng';
import { type GameAction, type GameState, type ScoreBreakdown, STATE_FORMAT } from './state';
import { beginTurn, endTurn } from './turn';
import { Tx } from './tx';
import { stateView, type View } from './view';

export type ApplyErrorCode =
  | 'game-over'
  | 'wrong-phase'
  | 'unknown-action'
  | 'unknown-event'
  | 'unknown-choice'
  | 'not-pending'
  | 'not-allowed'
  | 'too-expensive'
  | 'already-played'
  | 'malformed';

export interface ApplyError {
  readonly code: ApplyErrorCode;
  readonly message: string;
}

export type ApplyResult =
  | { readonly ok: true; readonly state: GameState; readonly explanation: Explanation }
  | { readonly ok: false; readonly error: ApplyError };

/** Indicators a scenario does not set start at these values. */
const DEFAULT_START: Partial<Record<IndicatorKey, number>> = {
  'patience.cn': 6,
  'patience.us': 6,
  'patience.jp': 6,
};

function midpoint(key: IndicatorKey): number {
  const { min, max } = INDICATORS[key];
  return min < 0 ? 0 : key.startsWith('sea.incidents') ? 0 : Math.round((min + max) / 2);
}

export function newGame(
  cs: CompiledScenario,
  seed: string,
): { state: GameState; explanation: Explanation } {
  const start = cs.scenario.start;
  const ind = {} as Record<IndicatorKey, number>;
  for (const key of INDICATOR_KEYS) {
    const given = (start.indicators as Partial<Record<string, number>>)[key];
    ind[key] = roundIndicator(clampIndicator(key, given ?? DEFAULT_START[key] ?? midpoint(key)));
  }
  const state: GameState = {
    format: STATE_FORMAT,
    scenario: { id: cs.scenario.id, hash: cs.hash },
    seed,
    rng: seedRng(seed),
    turn: 0,
    step: 0,
    phase: 'actions',
    ind,
    tiers: { ...start.tiers },
    flags: [...new Set(start.flags)].sort(),
    pending: [],
    lean: { cn: 0, us: 0, jp: 0 },
    playedThisTurn: [],
    counts: {},
    lastTurn: {},
    ending: null,
  };
  const tx = new Tx(state, 0);
  beginTurn(tx, cs);
  return tx.finish();
}

/** The formula each action's cost follows, built once (formulas are compiled per object). */
const costFormulas = new WeakMap<Action, Formula>();

function costWith(action: Action, view: View): number {
  if (!action.costPer) return action.cost;
  let formula = costFormulas.get(action);
  if (!formula) {
    formula = { base: action.cost, per: action.costPer };
    costFormulas.set(action, formula);
  }
  return Math.max(0, Math.round(evalFormula(formula, view)));
}

/** Political capital an action costs now: dearer when the powers it worries are suspicious. */
export function actionCost(action: Action, state: GameState): number {
  return costWith(action, stateView(state));
}

export function isOver(state: GameState): boolean {
  return state.phase === 'over';
}

/** The score so far, or the final one when the game has ended. */
export function score(state: GameState): ScoreBreakdown {
  return state.ending?.score ?? scoreOf(state.ind, false);
}

/** Why an action cannot be played now, or null if it can. */
export function whyNotPlay(
  cs: CompiledScenario,
  state: GameState,
  action: Action,
): ApplyError | null {
  if (state.phase !== 'actions') {
    return {
      code: 'wrong-phase',
      message: `actions can be played only after the turn's events are answered (phase is "${state.phase}")`,
    };
  }
  if (state.playedThisTurn.includes(action.id)) {
    return { code: 'already-played', message: `"${action.id}" has already been played this turn` };
  }
  if (action.once && countOf(state, `action:${action.id}`) > 0) {
    return { code: 'already-played', message: `"${action.id}" can be played only once a game` };
  }
  if (!holds(action.requires, stateView(state), cs.turnIndex)) {
    return {
      code: 'not-allowed',
      message: `"${action.id}" is not available now: its conditions do not hold`,
    };
  }
  const cost = actionCost(action, state);
  if (cost > state.ind['home.capital']) {
    return {
      code: 'too-expensive',
      message: `"${action.id}" costs ${cost} political capital; ${state.ind['home.capital']} is left`,
    };
  }
  return null;
}

export function whyNotChoose(
  cs: CompiledScenario,
  state: GameState,
  eventId: string,
  choice: Choice,
): ApplyError | null {
  if (state.pending[0] !== eventId) {
    return {
      code: 'not-pending',
      message: `event "${eventId}" is not the one awaiting an answer (${state.pending[0] ?? 'none is'})`,
    };
  }
  if (!holds(choice.requires, stateView(state), cs.turnIndex)) {
    return {
      code: 'not-allowed',
      message: `choice "${choice.id}" is not available now: its conditions do not hold`,
    };
  }
  if ((choice.cost ?? 0) > state.ind['home.capital']) {
    return {
      code: 'too-expensive',
      message: `choice "${choice.id}" costs ${choice.cost} political capital; ${state.ind['home.capital']} is left`,
    };
  }
  return null;
}

export function legalActions(cs: CompiledScenario, state: GameState): GameAction[] {
  if (state.phase === 'over') return [];
  if (state.phase === 'event') {
    const eventId = state.pending[0];
    const ev = eventId === undefined ? undefined : cs.events.get(eventId);
    if (!ev?.choices || eventId === undefined) return [];
    return ev.choices
      .filter((c) => whyNotChoose(cs, state, eventId, c) === null)
      .map((c) => ({ type: 'choose', event: eventId, choice: c.id }));
  }
  // The checks of whyNotPlay, without building a refusal for every card that fails them.
  const plays: GameAction[] = [];
  const view = stateView(state);
  const capital = state.ind['home.capital'];
  const actions = cs.scenario.actions;
  const { actionCount, play } = cs.keys;
  const requires = cs.checks.actionRequires;
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i] as Action;
    if (action.cost > capital && !action.costPer) continue;
    if (state.playedThisTurn.includes(action.id)) continue;
    if (action.once && countOf(state, actionCount[i] as string) > 0) continue;
    if (!(requires[i] as Pred)(view)) continue;
    if (costWith(action, view) > capital) continue;
    plays.push(play[i] as GameAction);
  }
  plays.push({ type: 'end-turn' });
  return plays;
}

function isGameAction(value: unknown): value is GameAction {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  switch (v.type) {
    case 'end-turn':
      return true;
    case 'play':
      return typeof v.action === 'string';
    case 'choose':
      return typeof v.event === 'string' && typeof v.choice === 'string';
    default:
      return false;
  }
}

export function apply(cs: CompiledScenario, state: GameState, action: GameAction): ApplyResult {
  const tx = resolve(cs, state, action, null);
  return tx instanceof Tx ? { ok: true, ...tx.finish() } : { ok: false, error: tx };
}

/**
 * `apply` for simulations: the same rules written straight into `state`,
 * which the caller must own (see sim.ts), with no explanation. Returns the
 * error and leaves the state untouched when the decision is illegal.
 */
export function applyOwned(
  cs: CompiledScenario,
  state: GameState,
  action: GameAction,
): ApplyError | null {
  const tables = ownedTables(state);
  if (!tables) return refuse('malformed', 'applyOwned needs a state made by ownedCopy');
  const tx = resolve(cs, state, action, tables);
  if (!(tx instanceof Tx)) return tx;
  tx.finishOwned();
  return null;
}

function refuse(code: ApplyErrorCode, message: string): ApplyError {
  return { code, message };
}

/** Checks a decision and runs its rules on a working copy, or says why it is refused. */
function resolve(
  cs: CompiledScenario,
  state: GameState,
  action: GameAction,
  owned: OwnedTables | null,
): Tx | ApplyError {
  if (!isGameAction(action)) {
    return refuse('malformed', `not a decision: ${JSON.stringify(action)?.slice(0, 120)}`);
  }
  if (state.phase === 'over') return refuse('game-over', 'the game is over');
  switch (action.type) {
    case 'choose': {
      if (state.phase !== 'event')
        return refuse('wrong-phase', 'no event is waiting for an answer');
      const ev = cs.events.get(action.event);
      if (!ev)
        return refuse(
          'unknown-event',
          `no event "${action.event}" in scenario "${cs.scenario.id}"`,
        );
      const index = ev.choices?.findIndex((c) => c.id === action.choice) ?? -1;
      const choice = ev.choices?.[index];
      if (!choice)
        return refuse('unknown-choice', `event "${action.event}" has no choice "${action.choice}"`);
      const why = whyNotChoose(cs, state, action.event, choice);
      if (why) return why;
      const tx = new Tx(state, state.step + 1, owned);
      const source = cs.keys.choiceSource.get(ev.id)?.[index] ?? `choice:${ev.id}/${choice.id}`;
      tx.add('home.capital', -(choice.cost ?? 0), source);
      tx.bump(source);
      if (tx.recording) tx.say({ kind: 'choice', source, text: choice.label });
      applyOutcome(tx, choice.effects, {
        source,
        kind: 'choice',
        ...(ev.place ? { place: ev.place } : {}),
      });
      tx.dequeue();
      if (tx.pending.length === 0) tx.phase = 'actions';
      return tx;
    }
    case 'play': {
      const act = cs.actions.get(action.action);
      if (!act)
        return refuse(
          'unknown-action',
          `no action "${action.action}" in scenario "${cs.scenario.id}"`,
        );
      const why = whyNotPlay(cs, state, act);
      if (why) return why;
      const cost = actionCost(act, state);
      const tx = new Tx(state, state.step + 1, owned);
      const source = cs.keys.actionSource.get(act.id) ?? `action:${act.id}`;
      tx.add('home.capital', -cost, source);
      tx.bump(source);
      tx.markPlayed(act.id);
      if (tx.recording) tx.say({ kind: 'action', source, text: act.title });
      applyOutcome(tx, act.effects, { source, kind: 'action' });
      return tx;
    }
    case 'end-turn': {
      if (state.phase !== 'actions')
        return refuse('wrong-phase', 'answer the waiting events before ending the turn');
      const tx = new Tx(state, state.step + 1, owned);
      endTurn(tx, cs);
      return tx;
    }
    default: {
      const _exhaustive: never = action;
      return refuse('malformed', `unknown decision ${JSON.stringify(_exhaustive)}`);
    }
  }
}
