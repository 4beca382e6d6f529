/**
 * The engine's public face: start a game, list what the player may do, apply
 * a decision. `apply` never throws and never mutates its input: an illegal
 * decision comes back as a typed error and the caller keeps its state.
 */
import type { Action, Choice } from '../scenario/schema';
import type { CompiledScenario } from './compile';
import { evalFormula, holds } from './conditions';
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
import { seedRng } from './rng';
import { type GameAction, type GameState, type ScoreBreakdown, STATE_FORMAT } from './state';
import { beginTurn, endTurn } from './turn';
import { Tx } from './tx';
import { stateView } from './view';

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

/** Political capital an action costs now: dearer when the powers it worries are suspicious. */
export function actionCost(action: Action, state: GameState): number {
  if (!action.costPer) return action.cost;
  return Math.max(
    0,
    Math.round(evalFormula({ base: action.cost, per: action.costPer }, stateView(state))),
  );
}

export function isOver(state: GameState): boolean {
  return state.phase === 'over';
}

/** The score so far, or the final one when the game has ended. */
export function score(state: GameState): ScoreBreakdown {
  return state.ending?.score ?? scoreOf(state.ind, false);
}

function reject(code: ApplyErrorCode, message: string): ApplyResult {
  return { ok: false, error: { code, message } };
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
  if (action.once && (state.counts[`action:${action.id}`] ?? 0) > 0) {
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
  const plays: GameAction[] = [];
  for (const action of cs.scenario.actions) {
    if (whyNotPlay(cs, state, action) === null) plays.push({ type: 'play', action: action.id });
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
  if (!isGameAction(action)) {
    return reject('malformed', `not a decision: ${JSON.stringify(action)?.slice(0, 120)}`);
  }
  if (state.phase === 'over') return reject('game-over', 'the game is over');
  switch (action.type) {
    case 'choose': {
      if (state.phase !== 'event')
        return reject('wrong-phase', 'no event is waiting for an answer');
      const ev = cs.events.get(action.event);
      if (!ev)
        return reject(
          'unknown-event',
          `no event "${action.event}" in scenario "${cs.scenario.id}"`,
        );
      const choice = ev.choices?.find((c) => c.id === action.choice);
      if (!choice)
        return reject('unknown-choice', `event "${action.event}" has no choice "${action.choice}"`);
      const why = whyNotChoose(cs, state, action.event, choice);
      if (why) return { ok: false, error: why };
      const tx = new Tx(state, state.step + 1);
      const source = `choice:${ev.id}/${choice.id}`;
      tx.add('home.capital', -(choice.cost ?? 0), source);
      tx.bump(source);
      tx.say({ kind: 'choice', source, text: choice.label });
      applyOutcome(tx, choice.effects, {
        source,
        kind: 'choice',
        ...(ev.place ? { place: ev.place } : {}),
      });
      tx.dequeue();
      if (tx.pending.length === 0) tx.phase = 'actions';
      return { ok: true, ...tx.finish() };
    }
    case 'play': {
      const act = cs.actions.get(action.action);
      if (!act)
        return reject(
          'unknown-action',
          `no action "${action.action}" in scenario "${cs.scenario.id}"`,
        );
      const why = whyNotPlay(cs, state, act);
      if (why) return { ok: false, error: why };
      const tx = new Tx(state, state.step + 1);
      const source = `action:${act.id}`;
      tx.add('home.capital', -actionCost(act, state), source);
      tx.bump(source);
      tx.markPlayed(act.id);
      tx.say({ kind: 'action', source, text: act.title });
      applyOutcome(tx, act.effects, { source, kind: 'action' });
      return { ok: true, ...tx.finish() };
    }
    case 'end-turn': {
      if (state.phase !== 'actions')
        return reject('wrong-phase', 'answer the waiting events before ending the turn');
      const tx = new Tx(state, state.step + 1);
      endTurn(tx, cs);
      return { ok: true, ...tx.finish() };
    }
    default: {
      const _exhaustive: never = action;
      return reject('malformed', `unknown decision ${JSON.stringify(_exhaustive)}`);
    }
  }
}
