/**
 * How this player has played so far, read from the state's counts: the lean their cards and
 * answers signalled, how many of them were rash, how many months passed without a card, and
 * which powers they left unattended. The
 * advisor's futures are played by one plausible player with these ways (advisor-player.ts),
 * the decision being weighed counted as made, so the forecast answers "if I carry on like
 * this, this choice included, where do I end?". Pure: reads the scenario and the counts.
 */
import { type PlayerWays, playerPolicy } from './advisor-player';
import type { Policy } from './bots/policy';
import type { CompiledScenario } from './compile';
import type { Outcome } from './scenario';
import type { GameAction, GameState } from './state';

export type { PlayerWays } from './advisor-player';

/**
 * What the advisor assumes before any evidence, worth this many decisions: a careful player
 * who still acts on impulse now and then, so one rash card in January moves the forecast
 * without taking it over, and a long careful record earns a calm one.
 */
const PRIOR_DECISIONS = 4;
/** Impulses of the careful prior: one decision in twenty taken unweighed. */
const BASE_SLIP = 0.05;
/** How far a record made only of rash decisions raises the share taken on impulse. */
const RASH_SLIP = 0.8;
/** A decision is rash when it leans this far (drift-weighted) … */
const RASH_LEAN = 5;
/** … or costs a relation, or raises a suspicion, by at least this much at once. */
const RASH_HARM = 8;
/** Months without a card weigh against two careful months of prior. */
const PRIOR_MONTHS = 2;
/** Cards a month the prior assumes: about what the hedging bot plays when nothing holds it back. */
const PRIOR_PACE = 3;

function outcomeOfKey(cs: CompiledScenario, key: string): Outcome | undefined {
  if (key.startsWith('action:')) return cs.actions.get(key.slice('action:'.length))?.effects;
  if (key.startsWith('choice:')) {
    const [event, choice] = key.slice('choice:'.length).split('/');
    return cs.events.get(event ?? '')?.choices?.find((c) => c.id === choice)?.effects;
  }
  return undefined;
}

function outcomeOfDecision(cs: CompiledScenario, d: GameAction): Outcome | undefined {
  if (d.type === 'play') return cs.actions.get(d.action)?.effects;
  if (d.type === 'choose')
    return cs.events.get(d.event)?.choices?.find((c) => c.id === d.choice)?.effects;
  return undefined;
}

/** Lean toward the drift axis's positive pole minus lean toward its negative pole. */
function netLean(cs: CompiledScenario, outcome: Outcome | undefined): number {
  const weights = cs.scenario.rules.drift.weights;
  let net = 0;
  for (const [p, lean] of Object.entries(outcome?.lean ?? {}))
    net += (weights[p] ?? 0) * (lean ?? 0);
  return net;
}

/** A lurch to one side, or a blow to a partner: what a careful player rarely does. */
function isRash(cs: CompiledScenario, outcome: Outcome | undefined): boolean {
  if (!outcome) return false;
  if (Math.abs(netLean(cs, outcome)) >= RASH_LEAN) return true;
  const delta: Readonly<Record<string, number | undefined>> = outcome.delta ?? {};
  for (const [key, by] of Object.entries(delta)) {
    if (by === undefined) continue;
    if (key.startsWith('relations.') && by <= -RASH_HARM) return true;
    if (key.startsWith('suspicion.') && by >= RASH_HARM) return true;
  }
  return false;
}

/**
 * Per power: the months (counted by decisions) in which the player leaned toward it at least
 * as far as the neglect rule asks, a decision engaging one month at most once.
 */
function engagements(cs: CompiledScenario, outcome: Outcome | undefined): number[] {
  const at = cs.scenario.rules.neglect?.engagedAt ?? 1;
  return cs.tables.vocab.powers.map((p) => ((outcome?.lean?.[p] ?? 0) >= at ? 1 : 0));
}

/** The record's decisions so far, `decision` counted as already made. */
interface PlayRecord {
  /** Per power (vocabulary order): decisions that leaned toward it enough to tend it. */
  engaged: number[];
  decisions: number;
  /** Cards of the months already over. */
  priorCards: number;
  cards: number;
  lean: number;
  rash: number;
}

function readRecord(cs: CompiledScenario, state: GameState, decision?: GameAction): PlayRecord {
  const r: PlayRecord = {
    engaged: cs.tables.vocab.powers.map(() => 0),
    decisions: 0,
    priorCards: 0,
    cards: 0,
    lean: 0,
    rash: 0,
  };
  const count = (outcome: Outcome | undefined, times: number, card: boolean) => {
    r.decisions += times;
    engagements(cs, outcome).forEach((e, i) => {
      r.engaged[i] = (r.engaged[i] ?? 0) + e * times;
    });
    if (card) r.cards += times;
    r.lean += times * netLean(cs, outcome);
    if (isRash(cs, outcome)) r.rash += times;
  };
  for (const [key, times] of Object.entries(state.counts)) {
    if (!times || !(key.startsWith('action:') || key.startsWith('choice:'))) continue;
    const outcome = outcomeOfKey(cs, key);
    if (outcome) count(outcome, times, key.startsWith('action:'));
  }
  if (decision && decision.type !== 'end-turn')
    count(outcomeOfDecision(cs, decision), 1, decision.type === 'play');
  return r;
}

/**
 * The player's ways so far, `decision` counted as already made: the average lean of their
 * decisions, the share of them taken rashly (on top of the careful prior's impulses), and
 * the share of months that passed without a card (the current one still has time for one).
 */
export function playerTendencies(
  cs: CompiledScenario,
  state: GameState,
  decision?: GameAction,
): PlayerWays {
  const r = readRecord(cs, state, decision);
  r.priorCards = r.cards - state.playedThisTurn.length - (decision?.type === 'play' ? 1 : 0);
  const idleMonths = Math.max(0, state.turn - r.cards);
  return {
    lean: r.lean / (r.decisions + PRIOR_DECISIONS),
    slip: BASE_SLIP + (RASH_SLIP * r.rash) / (r.decisions + PRIOR_DECISIONS),
    idle: idleMonths / (state.turn + PRIOR_MONTHS),
    // Months over so far (the current one is still being played).
    pace: (r.priorCards + PRIOR_PACE * PRIOR_MONTHS) / (state.turn + PRIOR_MONTHS),
    // Months over without a decision toward the power, against two attentive months of prior;
    // the current month's decisions count as attention (it is still being played).
    neglect: r.engaged.map((e) => Math.max(0, state.turn - e) / (state.turn + PRIOR_MONTHS)),
  };
}

/** The advisor's player for one decision from one state: this player's ways, it included. */
export function advisorStylesFor(
  cs: CompiledScenario,
  state: GameState,
  decision: GameAction,
): Policy[] {
  return [playerPolicy(playerTendencies(cs, state, decision))];
}
