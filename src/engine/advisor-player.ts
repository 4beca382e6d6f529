/**
 * The player the advisor's futures are played by: the hedging judgement of the bamboo bot,
 * bent by this player's own ways — a pull toward the side they have leaned to, a share of
 * decisions taken without weighing them, months left without a card, powers left unattended.
 * Every future is played
 * by the same plausible player, so a choice changes the year through its consequences (and
 * through what it says about the player), not by swapping in a caricature that collapses
 * nearly always: a mixture of whole-year bots read ~45% collapse for any careful record,
 * because an idle or one-sided bot collapses every year under rules that punish neglect.
 */
import { decisionValue } from './bots/bamboo';
import { marginalValue } from './bots/marginal-value';
import { tableOf } from './bots/outcome-of';
import { type Policy, pickOne } from './bots/policy';
import type { CompiledScenario } from './compile';
import { END_TURN } from './game';
import { type Packed, pack } from './packed';
import type { RngCursor } from './rng';
import { registerPacked } from './sim';
import type { GameAction } from './state';
import type { DecisionTable } from './tables';

/** How a player plays, read from their record (advisor-tendencies.ts). */
export interface PlayerWays {
  /**
   * Lean signalled per decision, drift-weighted: positive toward the drift axis's positive
   * pole, negative toward the other. The futures favour decisions leaning the same way.
   */
  readonly lean: number;
  /** Share of decisions taken on impulse (any legal decision, unweighed). */
  readonly slip: number;
  /** Share of months left without a card. */
  readonly idle: number;
  /**
   * Cards played in a month, on average: a player who leaves capital unspent does so in the
   * futures too (the rules punish it), instead of spending it all as the hedging bot would.
   */
  readonly pace: number;
  /**
   * Per power (the vocabulary's order): the share of months the player left it unattended
   * (no decision leaning toward it). The futures leave it as often: a player who has let
   * Beijing cool for months is not forecast as one who tends it, or the forecast would hide
   * the slide the player is on.
   */
  readonly neglect: readonly number[];
}

/** As the bamboo bot: a card must be worth this much more than the capital it costs. */
const PLAY_THRESHOLD = 0.15;
const JITTER = 0.02;
/** Value added per point of drift-weighted lean, per point of the player's own lean per decision. */
const LEAN_PULL = 0.6;

const driftBySlot = new WeakMap<CompiledScenario, Float64Array>();

/** Each power slot's drift weight: a decision's lean in the drift axis's own units. */
function driftWeights(cs: CompiledScenario): Float64Array {
  let w = driftBySlot.get(cs);
  if (!w) {
    const weights = cs.scenario.rules.drift.weights;
    w = Float64Array.from(cs.tables.vocab.powers, (p) => weights[p] ?? 0);
    driftBySlot.set(cs, w);
  }
  return w;
}

function driftLean(drift: Float64Array, t: DecisionTable): number {
  if (!t) return 0;
  const { at, by } = t.effects.lean;
  let v = 0;
  for (let i = 0; i < at.length; i++) v += (drift[at[i] as number] ?? 0) * (by[i] as number);
  return v;
}

function chooseAs(
  ways: PlayerWays,
  cs: CompiledScenario,
  p: Packed,
  legal: readonly GameAction[],
  rand: RngCursor,
  tables: readonly DecisionTable[],
): GameAction {
  if (legal.length === 1 && legal[0]?.type === 'end-turn') return END_TURN;
  const event = p.phase === 'event';
  // A month's first look at the cards: some months this player lets pass.
  if (!event && p.playedThisTurn.length === 0 && rand.next() < ways.idle) return END_TURN;
  // Past the player's usual number of cards a month, the month ends (the fraction by chance).
  if (!event) {
    const played = p.playedThisTurn.length;
    const usual = Math.floor(ways.pace);
    if (played > usual || (played === usual && rand.next() >= ways.pace - usual)) return END_TURN;
  }
  if (rand.next() < ways.slip) {
    const choices = event ? legal.filter((d) => d.type !== 'end-turn') : legal;
    return pickOne(choices.length > 0 ? choices : legal, rand);
  }
  const mv = marginalValue(cs, p);
  const drift = driftWeights(cs);
  const pull = LEAN_PULL * ways.lean;
  // This time, the powers the player tends to leave alone are left alone (one draw a look).
  const look = neglectsAny(ways) ? rand.next() : 1;
  const engagedAt = cs.scenario.rules.neglect?.engagedAt ?? 1;
  const weigh = (skipNeglected: boolean): GameAction => {
    let best = END_TURN;
    let bestValue = event ? Number.NEGATIVE_INFINITY : PLAY_THRESHOLD;
    for (let i = 0; i < legal.length; i++) {
      const decision = legal[i] as GameAction;
      if (decision.type === 'end-turn') continue;
      const t = tables[i] ?? null;
      if (skipNeglected && tendsNeglected(ways.neglect, look, engagedAt, t)) continue;
      const value = decisionValue(p, mv, t) + pull * driftLean(drift, t) + rand.next() * JITTER;
      if (value > bestValue) {
        best = decision;
        bestValue = value;
      }
    }
    return best;
  };
  let best = weigh(look < 1);
  // An event must be answered: if every answer tends a neglected power, one of them is taken.
  if (event && best.type === 'end-turn' && look < 1) best = weigh(false);
  if (event && best.type === 'end-turn')
    throw new Error('advisor player: no legal answer to the waiting event');
  return best;
}

function neglectsAny(ways: PlayerWays): boolean {
  for (const share of ways.neglect) if (share > 0) return true;
  return false;
}

/** Whether a decision leans toward a power this look leaves alone (`look` below its share). */
function tendsNeglected(
  neglect: readonly number[],
  look: number,
  engagedAt: number,
  t: DecisionTable,
): boolean {
  if (!t) return false;
  const { at, by } = t.effects.lean;
  for (let i = 0; i < at.length; i++)
    if ((by[i] as number) >= engagedAt && look < (neglect[at[i] as number] ?? 0)) return true;
  return false;
}

/** A policy that plays as a player with these ways would (registered for packed simulation). */
export function playerPolicy(ways: PlayerWays): Policy {
  const policy: Policy = {
    name: 'your-way',
    description:
      'hedges as the bamboo bot does, bent by one player’s lean, impulses and idle months',
    choose: (cs, state, legal, rand) =>
      chooseAs(
        ways,
        cs,
        pack(cs, state),
        legal,
        rand,
        legal.map((d) => tableOf(cs, d) ?? null),
      ),
  };
  registerPacked(policy, (cs, p, legal, rand, tables) =>
    chooseAs(ways, cs, p, legal, rand, tables),
  );
  return policy;
}
