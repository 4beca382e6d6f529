/**
 * How much one more point of each indicator, and one more point of lean
 * toward each power, is worth to a hedging player right now. It is the
 * bamboo score's slope at the current state, steepened near every collapse
 * threshold and projected to the end of the turn (the lean already signalled
 * this turn counts), so that a decision can be valued in a few additions
 * without simulating it. Rough by design: the bots that simulate are
 * `greedy` and the advisor.
 */
import type { CompiledScenario } from '../compile';
import { IND, INDICATOR_COUNT, POWERS, type PowerId } from '../indicators';
import type { Packed } from '../packed';
import { leanSignalsInto, type PackedSignals, packedSignals } from '../signals';

/** Weights by indicator slot and by power slot (packed.ts). */
export interface MarginalValue {
  readonly ind: Float64Array;
  readonly lean: Float64Array;
}

/** 0 far from a threshold, rising to 1 at it: how close `value` is to danger within `span`. */
const near = (distance: number, span: number): number =>
  distance >= span ? 0 : distance <= 0 ? 1 : 1 - distance / span;

/** The part of a relation's weight that its own level sets: the weakest link weighs most. */
function relationWeight(own: number, sum: number, e: number, rupture: number): number {
  const base = 0.1 / 3 + 0.02;
  return base + (0.3 * e) / sum + 1.5 * near(own - rupture, 25);
}

const REL = [IND['relations.cn'], IND['relations.us'], IND['relations.jp']] as const;
const SUSP = [IND['suspicion.cn'], IND['suspicion.us'], IND['suspicion.jp']] as const;
const DRIFT = IND['autonomy.drift'];
const GROWTH = IND['economy.growth'];
const TENSION = IND['sea.tension'];
const MOOD = IND['home.mood'];
const NATIONALISM = IND['home.nationalism'];

/**
 * The weights every indicator gets whatever the state (the others are
 * written by `marginalValue`), as the record the bot was first written with.
 */
const FIXED: readonly (readonly [number, number])[] = [
  [IND['patience.cn'], 0.02],
  [IND['patience.us'], 0.02],
  [IND['patience.jp'], 0.02],
  [IND['economy.tradeDependence'], 0],
  [IND['economy.usAccess'], 0.04],
  [IND['economy.investment.cn'], 0.03],
  [IND['economy.investment.us'], 0.03],
  [IND['economy.investment.jp'], 0.03],
  [IND['economy.infrastructure'], 0.02],
  [IND['economy.rareEarths'], 0.01],
  [IND['sea.incidentsTotal'], 0],
  [IND['sea.presence'], 0.075],
  [IND['sea.standing'], 0.075],
  [IND['home.nationalism'], -0.03],
  [IND['home.legitimacy'], 0.08],
];

/**
 * Written into one reused pair of arrays: it runs for every decision of
 * every rollout, and a bamboo decision never nests in another.
 */
const scratch: MarginalValue = {
  ind: new Float64Array(INDICATOR_COUNT),
  lean: new Float64Array(POWERS.length),
};
for (const [slot, weight] of FIXED) scratch.ind[slot] = weight;

export function marginalValue(cs: CompiledScenario, p: Packed): MarginalValue {
  const { rules, thresholds: th } = cs.scenario;
  const ind = p.ind;
  const at = (slot: number) => ind[slot] as number;
  const turnsLeft = cs.scenario.calendar.length - 1 - p.turn;
  const horizon = Math.min(Math.max(turnsLeft, 1), 4);

  // Where drift and suspicion will stand once this turn's lean is counted.
  const l = p.lean;
  leanSignalsInto(cs.tables.signals, l, signals);
  const drift = at(DRIFT) + signals.drift;
  // A soft minimum spreads the weakest link's weight over near-ties.
  const cn = at(REL[0]);
  const us = at(REL[1]);
  const jp = at(REL[2]);
  const low = Math.min(cn, us, jp);
  const ecn = Math.exp(-(cn - low) / 4);
  const eus = Math.exp(-(us - low) / 4);
  const ejp = Math.exp(-(jp - low) / 4);
  const sum = ecn + eus + ejp;
  const rcn = relationWeight(cn, sum, ecn, th.rupture);
  const rus = relationWeight(us, sum, eus, th.rupture);
  const rjp = relationWeight(jp, sum, ejp, th.rupture);
  const n = powerNumbers(cs);
  const scn = suspicionWeight(n, p, 0, rcn, horizon);
  const sus = suspicionWeight(n, p, 1, rus, horizon);
  const sjp = suspicionWeight(n, p, 2, rjp, horizon);

  const sign = drift > 1 ? 1 : drift < -1 ? -1 : 0;
  const bandPressure = Math.max(0, Math.abs(drift) - rules.drift.band / 2) / rules.drift.band;
  const wDrift = -sign * (0.15 + bandPressure + 2 * near(th.autonomyLost - Math.abs(drift), 25));
  const tension = at(TENSION);
  const mood = 0.085 + 1.0 * near(at(MOOD) - th.unrest, 25);

  const w = scratch.ind;
  w[REL[0]] = rcn;
  w[REL[1]] = rus;
  w[REL[2]] = rjp;
  w[SUSP[0]] = scn;
  w[SUSP[1]] = sus;
  w[SUSP[2]] = sjp;
  w[DRIFT] = wDrift;
  w[GROWTH] = 1.875 + 6 * near(at(GROWTH) - th.crisis, 3);
  w[TENSION] = -(0.05 + (tension > 50 ? 0.075 : 0) + 1.5 * near(th.clash - tension, 30));
  w[IND['sea.incidents']] = -rules.home.incidentMood * mood - 0.05;
  w[MOOD] = mood;
  // Capital is worth what it can still buy: nothing once the last turn is spent.
  w[IND['home.capital']] = turnsLeft > 0 ? 0.25 : 0.02;

  const susp = suspicions;
  susp[0] = scn;
  susp[1] = sus;
  susp[2] = sjp;
  const nationalism = at(NATIONALISM);
  scratch.lean[0] = leanValueOf(cs, n, nationalism, 0, wDrift, susp, mood);
  scratch.lean[1] = leanValueOf(cs, n, nationalism, 1, wDrift, susp, mood);
  scratch.lean[2] = leanValueOf(cs, n, nationalism, 2, wDrift, susp, mood);
  return scratch;
}

const signals: PackedSignals = packedSignals();
/** The suspicion weights by power slot. */
const suspicions = [0.5, 0.5, 0.5];

/** A scenario's numbers the bot reads per power, by power slot (looked up once per scenario). */
interface PowerNumbers {
  readonly biteAt: readonly number[];
  readonly bite: readonly number[];
  readonly reassurance: readonly number[];
  readonly perRival: readonly number[];
  readonly driftWeight: readonly number[];
  /** The slots of the powers that count this one as a rival, in the order of POWERS. */
  readonly watchers: readonly (readonly number[])[];
}

const numbersOf = new WeakMap<CompiledScenario, PowerNumbers>();

function powerNumbers(cs: CompiledScenario): PowerNumbers {
  let n = numbersOf.get(cs);
  if (!n) {
    const { powers, rules } = cs.scenario;
    const each = (f: (p: PowerId) => number) => POWERS.map(f);
    n = {
      biteAt: each((p) => powers[p].suspicionBiteAt),
      bite: each((p) => powers[p].suspicionBite),
      reassurance: each((p) => powers[p].reassurancePerLean),
      perRival: each((p) => powers[p].suspicionPerRivalLean),
      driftWeight: each((p) => rules.drift.weights[p]),
      watchers: POWERS.map((p) =>
        POWERS.flatMap((q, i) => (powers[q].rivals.includes(p) ? [i] : [])),
      ),
    };
    numbersOf.set(cs, n);
  }
  return n;
}

// Helpers live at module level: tsx names every inner arrow function on each call.
function suspicionWeight(
  n: PowerNumbers,
  p: Packed,
  slot: number,
  rel: number,
  horizon: number,
): number {
  const own = p.ind[SUSP[slot] as number] as number;
  const projected = own + (signals.rivalLean[slot] as number) + (signals.reassured[slot] as number);
  const biting = projected > (n.biteAt[slot] as number) - 15;
  return -0.04 - (biting ? (n.bite[slot] as number) * rel * horizon : 0);
}

function leanValueOf(
  cs: CompiledScenario,
  n: PowerNumbers,
  nationalism: number,
  slot: number,
  wDrift: number,
  susp: readonly number[],
  mood: number,
): number {
  const rules = cs.scenario.rules;
  let v =
    wDrift * (n.driftWeight[slot] as number) * rules.drift.perLean -
    (n.reassurance[slot] as number) * (susp[slot] as number);
  const watchers = n.watchers[slot] as readonly number[];
  for (let i = 0; i < watchers.length; i++) {
    const q = watchers[i] as number;
    v += (n.perRival[q] as number) * (susp[q] as number);
  }
  if (slot === 0) v -= rules.home.capitulationBite * (nationalism / 100) * mood;
  // Powers reward being leaned toward (their reactions), a little.
  return v + 0.1;
}
