/**
 * The engine's public face: start a game, list what the player may do, apply
 * a decision. `apply` never throws and never mutates its input: an illegal
 * decision comes back as a typed error and the caller keeps its state.
 *
 * The rules run on a packed copy of the state (packed.ts): `apply` packs its
 * input, records an explanation while the rules run, and unpacks the result.
 * Simulations (sim.ts) keep the packed state between decisions instead and
 * record nothing: the same rules, so the same states.
 */

import type { CompiledScenario } from './compile';
import { holdsAt, valueAt } from './conditions';
import { applyOutcome } from './effects';
import { scoreOf } from './endings';
import type { Explanation } from './explain';
import { handSize, inHand } from './hand';
import { type IndicatorKey, roundIndicator } from './indicators';
import { handIds, Packed, pack, unpack } from './packed';
import { Recorder } from './record';
import { type RngState, seedRng } from './rng';
import type { Action, Choice } from './scenario';
import {
  type GameAction,
  type GameState,
  type Indicators,
  type ScoreBreakdown,
  STATE_FORMAT,
} from './state';
import type { ActionTable, ChoiceTable, DecisionTable, EventTable } from './tables';
import { beginTurn, endTurn, recheckScheduled } from './turn';
import { simTx, Tx } from './tx';

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
  | 'not-dealt'
  | 'malformed';

/**
 * Why a decision was refused: a code the screens put into words, the values
 * those words need, and a message for developers (ids, not prose for players).
 */
export type ApplyError =
  | {
      readonly code: 'already-played';
      readonly message: string;
      /** Played already this turn, or a once-a-game card played already this game. */
      readonly within: 'turn' | 'game';
    }
  | {
      readonly code: 'already-played';
      readonly message: string;
      /** Played in an earlier turn and still resting (the rules' card cooldown). */
      readonly within: 'recently';
      /** Turns to wait before it can be played again (1: next turn). */
      readonly turnsLeft: number;
    }
  | {
      readonly code: 'too-expensive';
      readonly message: string;
      readonly cost: number;
      readonly capital: number;
    }
  | {
      readonly code: Exclude<ApplyErrorCode, 'already-played' | 'too-expensive'>;
      readonly message: string;
    };

export type ApplyResult =
  | { readonly ok: true; readonly state: GameState; readonly explanation: Explanation }
  | { readonly ok: false; readonly error: ApplyError };

/** Political capital left, on a packed state. */
const capitalAt = (p: Packed): number => p.ind[p.layout.vocab.capital] as number;

function midpoint(key: IndicatorKey, min: number, max: number): number {
  return min < 0 ? 0 : key.startsWith('sea.incidents') ? 0 : Math.round((min + max) / 2);
}

/**
 * The state before the first turn begins. Indicators the scenario (merged
 * over its ruleset's start) does not set start at their midpoint.
 */
function startState(cs: CompiledScenario, seed: string, rng: RngState): GameState {
  const start = cs.scenario.start;
  const ind: Record<IndicatorKey, number> = {};
  const { keys, min, max } = cs.tables.vocab;
  keys.forEach((key, i) => {
    const lo = min[i] as number;
    const hi = max[i] as number;
    const given = (start.indicators as Partial<Record<string, number>>)[key];
    const value = given ?? midpoint(key, lo, hi);
    ind[key] = roundIndicator(value < lo ? lo : Math.min(value, hi));
  });
  return {
    format: STATE_FORMAT,
    scenario: { id: cs.scenario.id, hash: cs.hash },
    seed,
    rng,
    turn: 0,
    step: 0,
    phase: 'actions',
    ind: ind as Indicators,
    tiers: { ...start.tiers },
    flags: [...new Set(start.flags)].sort(),
    pending: [],
    lean: Object.fromEntries(cs.tables.vocab.powers.map((p) => [p, 0] as const)),
    playedThisTurn: [],
    counts: {},
    lastTurn: {},
    ending: null,
    // Dealt when the first turn begins; absent when every card is open every turn.
    ...(handSize(cs) > 0 ? { hand: [] } : {}),
  };
}

export function newGame(
  cs: CompiledScenario,
  seed: string,
): { state: GameState; explanation: Explanation } {
  const state = startState(cs, seed, seedRng(seed));
  const p = pack(cs, state);
  const rec = new Recorder(state.ind, 0);
  beginTurn(new Tx(p, rec), cs);
  return { state: unpack(p), explanation: rec.explain(p) };
}

/** Every game of a scenario starts from the same packed state but for its seed. */
const openings = new WeakMap<CompiledScenario, Packed>();

/** `newGame` for simulations: its packed state, with no explanation. */
export function newPacked(cs: CompiledScenario, seed: string): Packed {
  let opening = openings.get(cs);
  if (!opening) {
    opening = pack(cs, startState(cs, '', { c: 1, s0: 0, s1: 0, s2: 0 }));
    openings.set(cs, opening);
  }
  const rng = seedRng(seed);
  const origin = { ...opening.origin, state: { ...opening.origin.state, seed, rng } };
  const p = new Packed(opening.layout, origin, opening);
  p.rng.reset(rng);
  beginTurn(simTx(p), cs);
  return p;
}

/** Political capital an action costs now: dearer when the powers it worries are suspicious. */
export function actionCost(cs: CompiledScenario, action: Action, state: GameState): number {
  const t = actionTable(cs, action.id);
  return t ? costAt(t, pack(cs, state)) : action.cost;
}

/** `actionCost` on a packed state (a choice's cost, for a choice). */
export function costAt(t: ActionTable | ChoiceTable, p: Packed): number {
  return t.costFormula ? Math.max(0, Math.round(valueAt(t.costFormula, p))) : t.cost;
}

export function isOver(state: GameState): boolean {
  return state.phase === 'over';
}

/** The score so far, or the final one when the game has ended. */
export function score(cs: CompiledScenario, state: GameState): ScoreBreakdown {
  return state.ending?.score ?? scoreOf(cs.tables, state.ind, false, cs.scenario.rules.score);
}

type Refusal =
  | 'wrong-phase'
  | 'played-this-turn'
  | 'resting'
  | 'played-once'
  | 'not-dealt'
  | 'not-allowed'
  | 'too-expensive';

/**
 * Whether a card still rests after its last play: played this turn, or
 * fewer than its cooldown's turns ago. Routine is the enemy of strategy:
 * the same three cheap cards cannot be played every month.
 */
function restingAt(p: Packed, t: ActionTable): boolean {
  const last = p.lastTurn[t.slot] as number;
  return last >= 0 && p.turn - last <= t.cooldown;
}

/** The first turn a resting card can be played again. */
export function restsUntil(p: Packed, t: ActionTable): number {
  return (p.lastTurn[t.slot] as number) + t.cooldown + 1;
}

/**
 * The one legality check of a card: why it cannot be played now, or null.
 * It allocates nothing, so legalAt runs it for every card; whyNotPlayAt
 * turns its answer into the refusal the screens read.
 */
function refusalAt(p: Packed, t: ActionTable): Refusal | null {
  if (p.phase !== 'actions') return 'wrong-phase';
  if (p.played[t.index] === 1) return 'played-this-turn';
  if (t.once && (p.counts[t.slot] as number) > 0) return 'played-once';
  if (restingAt(p, t)) return 'resting';
  if (!inHand(p, t)) return 'not-dealt';
  if (!holdsAt(t.requires, p)) return 'not-allowed';
  if (costAt(t, p) > capitalAt(p)) return 'too-expensive';
  return null;
}

function whyNotPlayAt(p: Packed, t: ActionTable): ApplyError | null {
  const refusal = refusalAt(p, t);
  if (refusal === null) return null;
  const id = t.action.id;
  switch (refusal) {
    case 'wrong-phase':
      return {
        code: 'wrong-phase',
        message: `actions can be played only after the turn's events are answered (phase is "${p.phase}")`,
      };
    case 'played-this-turn':
      return {
        code: 'already-played',
        within: 'turn',
        message: `"${id}" has already been played this turn`,
      };
    case 'played-once':
      return {
        code: 'already-played',
        within: 'game',
        message: `"${id}" can be played only once a game`,
      };
    case 'resting': {
      const again = restsUntil(p, t);
      return {
        code: 'already-played',
        within: 'recently',
        turnsLeft: again - p.turn,
        message: `"${id}" was played on turn ${(p.lastTurn[t.slot] as number) + 1} and rests until turn ${again + 1}`,
      };
    }
    case 'not-dealt':
      return {
        code: 'not-dealt',
        message: `"${id}" is not in this turn's hand (${p.hand === null ? 'none' : handIds(p).join(', ')})`,
      };
    case 'not-allowed':
      return {
        code: 'not-allowed',
        message: `"${id}" is not available now: its conditions do not hold`,
      };
    case 'too-expensive': {
      const cost = costAt(t, p);
      const capital = capitalAt(p);
      return {
        code: 'too-expensive',
        cost,
        capital,
        message: `"${id}" costs ${cost} political capital; ${capital} is left`,
      };
    }
  }
}

function whyNotChooseAt(p: Packed, eventId: string, t: ChoiceTable): ApplyError | null {
  const choice = t.choice;
  if (p.pending[0] !== eventId) {
    return {
      code: 'not-pending',
      message: `event "${eventId}" is not the one awaiting an answer (${p.pending[0] ?? 'none is'})`,
    };
  }
  if (!holdsAt(t.requires, p)) {
    return {
      code: 'not-allowed',
      message: `choice "${choice.id}" is not available now: its conditions do not hold`,
    };
  }
  const capital = capitalAt(p);
  if ((choice.cost ?? 0) > capital) {
    return {
      code: 'too-expensive',
      cost: choice.cost ?? 0,
      capital,
      message: `choice "${choice.id}" costs ${choice.cost} political capital; ${capital} is left`,
    };
  }
  return null;
}

function actionTable(cs: CompiledScenario, id: string): ActionTable | undefined {
  const i = cs.tables.layout.actionIndex.get(id);
  return i === undefined ? undefined : cs.tables.actions[i];
}

function choiceTable(ev: EventTable | undefined, id: string): ChoiceTable | undefined {
  return ev?.choices.find((c) => c.choice.id === id);
}

/** Why an action cannot be played now, or null if it can. */
export function whyNotPlay(
  cs: CompiledScenario,
  state: GameState,
  action: Action,
): ApplyError | null {
  const t = actionTable(cs, action.id);
  if (!t)
    return refuse('unknown-action', `no action "${action.id}" in scenario "${cs.scenario.id}"`);
  return whyNotPlayAt(pack(cs, state), t);
}

export function whyNotChoose(
  cs: CompiledScenario,
  state: GameState,
  eventId: string,
  choice: Choice,
): ApplyError | null {
  const t = choiceTable(cs.tables.events.get(eventId), choice.id);
  if (!t) return refuse('unknown-choice', `event "${eventId}" has no choice "${choice.id}"`);
  return whyNotChooseAt(pack(cs, state), eventId, t);
}

export function legalActions(cs: CompiledScenario, state: GameState): GameAction[] {
  return legalAt(cs, pack(cs, state));
}

/**
 * The decisions legal in a packed state, in the order `legalActions` lists
 * them, written into `out` (simulations reuse one list for every decision);
 * `tables`, when given, gets the table of each (null for ending the turn).
 */
export function legalAt(
  cs: CompiledScenario,
  p: Packed,
  out: GameAction[] = [],
  tables: DecisionTable[] | null = null,
): GameAction[] {
  // Overwritten in place, then cut to length: `length = 0` would free the list's storage.
  const n =
    p.phase === 'actions'
      ? legalCards(cs, p, out, tables)
      : p.phase === 'event'
        ? legalAnswers(cs, p, out, tables)
        : 0;
  // Shortened by pops: setting `length` is a call into the runtime, `pop` is inlined.
  while (out.length > n) out.pop();
  while (tables && tables.length > n) tables.pop();
  return out;
}

/** legalAt in the actions phase: the cards playable now, then ending the turn; returns their count. */
function legalCards(
  cs: CompiledScenario,
  p: Packed,
  out: GameAction[],
  tables: DecisionTable[] | null,
): number {
  let n = 0;
  const capital = capitalAt(p);
  const actions = cs.tables.actions;
  const hand = p.hand;
  if (hand === null) {
    for (let i = 0; i < actions.length; i++) {
      const t = actions[i] as ActionTable;
      if (!playableNow(p, t, capital)) continue;
      if (tables) tables[n] = t;
      out[n++] = t.decision;
    }
  } else {
    // Under a hand rule only the dealt cards can be played: a handful, in card order.
    for (let k = 0; k < hand.length; k++) {
      const t = actions[hand[k] as number] as ActionTable;
      if (!playableNow(p, t, capital)) continue;
      if (tables) tables[n] = t;
      out[n++] = t.decision;
    }
  }
  if (tables) tables[n] = null;
  out[n++] = END_TURN;
  return n;
}

/**
 * refusalAt(p, t) === null, for a card in hand (or with no hand rule): a
 * plain card (no condition, fixed cost, not once) needs only a few of its checks.
 */
function playableNow(p: Packed, t: ActionTable, capital: number): boolean {
  if (t.plain) return !(t.cost > capital || p.played[t.index] === 1 || restingAt(p, t));
  return !((t.cost > capital && !t.costFormula) || refusalAt(p, t) !== null);
}

/** legalAt in the event phase: the waiting event's answers allowed now; returns their count. */
function legalAnswers(
  cs: CompiledScenario,
  p: Packed,
  out: GameAction[],
  tables: DecisionTable[] | null,
): number {
  let n = 0;
  const capital = capitalAt(p);
  const eventId = p.pending[0];
  const ev = eventId === undefined ? undefined : cs.tables.events.get(eventId);
  for (const c of ev?.choices ?? []) {
    if (!holdsAt(c.requires, p) || c.cost > capital) continue;
    if (tables) tables[n] = c;
    out[n++] = c.decision;
  }
  return n;
}

/** The one end-turn decision legal lists hold: a policy returning it skips the checks (applyListed). */
export const END_TURN: GameAction = Object.freeze({ type: 'end-turn' });

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
  const early = refusedEarly(action, state.phase);
  if (early) return { ok: false, error: early };
  const p = pack(cs, state);
  const rec = new Recorder(state.ind, state.turn);
  const error = resolve(cs, p, action, rec);
  if (error) return { ok: false, error };
  return { ok: true, state: unpack(p), explanation: rec.explain(p) };
}

/**
 * `apply` for simulations: the same rules written straight into a packed
 * state the caller owns, with no explanation. Returns the error and leaves
 * the state untouched when the decision is illegal.
 */
export function applyPacked(
  cs: CompiledScenario,
  p: Packed,
  action: GameAction,
): ApplyError | null {
  return refusedEarly(action, p.phase) ?? resolve(cs, p, action, null);
}

function refuse(
  code: Exclude<ApplyErrorCode, 'already-played' | 'too-expensive'>,
  message: string,
): ApplyError {
  return { code, message };
}

function refusedEarly(action: GameAction, phase: GameState['phase']): ApplyError | null {
  if (!isGameAction(action)) {
    return refuse('malformed', `not a decision: ${JSON.stringify(action)?.slice(0, 120)}`);
  }
  if (phase === 'over') return refuse('game-over', 'the game is over');
  return null;
}

/** Checks a decision and runs its rules on `p`, or says why it is refused (and leaves `p` alone). */
function resolve(
  cs: CompiledScenario,
  p: Packed,
  action: GameAction,
  rec: Recorder | null,
): ApplyError | null {
  switch (action.type) {
    case 'choose': {
      if (p.phase !== 'event') return refuse('wrong-phase', 'no event is waiting for an answer');
      const ev = cs.tables.events.get(action.event);
      if (!ev)
        return refuse(
          'unknown-event',
          `no event "${action.event}" in scenario "${cs.scenario.id}"`,
        );
      const t = choiceTable(ev, action.choice);
      if (!t)
        return refuse('unknown-choice', `event "${action.event}" has no choice "${action.choice}"`);
      const why = whyNotChooseAt(p, action.event, t);
      if (why) return why;
      run(cs, p, t, rec);
      return null;
    }
    case 'play': {
      const t = actionTable(cs, action.action);
      if (!t)
        return refuse(
          'unknown-action',
          `no action "${action.action}" in scenario "${cs.scenario.id}"`,
        );
      const why = whyNotPlayAt(p, t);
      if (why) return why;
      run(cs, p, t, rec);
      return null;
    }
    case 'end-turn': {
      if (p.phase !== 'actions')
        return refuse('wrong-phase', 'answer the waiting events before ending the turn');
      run(cs, p, null, rec);
      return null;
    }
    default: {
      const _exhaustive: never = action;
      return refuse('malformed', `unknown decision ${JSON.stringify(_exhaustive)}`);
    }
  }
}

/** A recorded decision gets its own Tx; an unrecorded one (simulations) the shared one. */
const txFor = (p: Packed, rec: Recorder | null): Tx => (rec ? new Tx(p, rec) : simTx(p));

/** The rules of a decision already found legal: a card, an event's answer, or (null) ending the turn. */
function run(cs: CompiledScenario, p: Packed, t: DecisionTable, rec: Recorder | null): void {
  if (t === null) {
    p.step += 1;
    endTurn(txFor(p, rec), cs);
    return;
  }
  const source = t.ctx.source;
  if ('action' in t) {
    const cost = costAt(t, p);
    p.step += 1;
    const tx = txFor(p, rec);
    tx.add(tx.p.layout.vocab.capital, -cost, source);
    tx.bump(t.slot);
    p.setLastTurn(t.slot, p.turn);
    tx.markPlayed(t.index, t.id);
    if (rec) tx.say({ kind: 'action', source, text: t.action.title });
    applyOutcome(tx, t.effects, t.ctx, repeatScale(cs, p.counts[t.slot] as number));
    return;
  }
  const choice = t.choice;
  p.step += 1;
  const tx = txFor(p, rec);
  tx.add(tx.p.layout.vocab.capital, -t.cost, source);
  tx.bump(t.slot);
  if (rec) tx.say({ kind: 'choice', source, text: choice.label });
  applyOutcome(tx, t.effects, t.ctx);
  tx.dequeue();
  recheckScheduled(tx, cs);
  if (p.pending.length === 0) p.phase = 'actions';
}

/**
 * What share of a card's certain effects its `plays`-th play (counting this
 * one) keeps: a third envoy in a year impresses less than the first, so a
 * routine wears out while a varied hand keeps its force.
 */
export function repeatScale(cs: CompiledScenario, plays: number): number {
  const fade = cs.scenario.rules.cards.repeatFade ?? 0;
  return fade > 0 && plays > 1 ? (1 - fade) ** (plays - 1) : 1;
}

/**
 * `applyPacked` for a decision taken from the list `legalAt` just wrote for
 * this very state (same object, at `index`): its checks have been made, so
 * only its rules run. Any other decision goes through every check.
 */
export function applyListed(
  cs: CompiledScenario,
  p: Packed,
  decision: GameAction,
  legal: readonly GameAction[],
  tables: readonly DecisionTable[],
): ApplyError | null {
  const index = legal.indexOf(decision);
  if (index < 0) return applyPacked(cs, p, decision);
  run(cs, p, tables[index] ?? null, null);
  return null;
}
