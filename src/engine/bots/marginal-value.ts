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
import type { PowerId } from '../indicators';
import type { Packed } from '../packed';
import { leanSignalsInto, type PackedSignals, packedSignals } from '../signals';
import type { Vocabulary } from '../vocabulary';

/** Weights by indicator slot and by power slot (packed.ts). */
export interface MarginalValue {
  readonly ind: Float64Array;
  readonly lean: Float64Array;
}

/** 0 far from a threshold, rising to 1 at it: how close `value` is to danger within `span`. */
const near = (distance: number, span: number): number =>
  distance >= span ? 0 : distance <= 0 ? 1 : 1 - distance / span;

/**
 * The part of a relation's weight that its own level sets: the weakest link weighs most.
 * Written into `w` at `slot`, as the helpers below write theirs: a helper V8 does not
 * inline returns a fraction in a fresh heap number, and these run for every decision
 * of every rollout.
 */
function relationWeightInto(
  w: Float64Array,
  slot: number,
  own: number,
  sum: number,
  e: number,
  rupture: number,
  powers: number,
): void {
  const base = 0.1 / powers + 0.02;
  w[slot] = base + (0.3 * e) / sum + 1.5 * near(own - rupture, 25);
}

/**
 * The weights every indicator gets whatever the state (the others are
 * written by `marginalValue`), as the record the bot was first written with.
 */
function fixedWeights(v: Vocabulary): (readonly [number, number])[] {
  const at = (k: string) => v.slot[k] as number;
  return [
    ...v.patience.map((slot) => [slot, 0.02] as const),
    [at('economy.tradeDependence'), 0],
    [v.access, 0.04],
    ...v.investment.map((slot) => [slot, 0.03] as const),
    [v.infrastructure, 0.02],
    [at('economy.rareEarths'), 0.01],
    [v.incidentsTotal, 0],
    [v.presence, 0.075],
    [v.standing, 0.075],
    [v.nationalism, -0.03],
    [v.legitimacy, 0.08],
  ];
}

export function marginalValue(cs: CompiledScenario, p: Packed): MarginalValue {
  const { rules, thresholds: th } = cs.scenario;
  const n = powerNumbers(cs);
  const v = n.vocab;
  const ind = p.ind;
  const turnsLeft = cs.scenario.calendar.length - 1 - p.turn;
  const horizon = Math.min(Math.max(turnsLeft, 1), 4);
  const powers = v.powers.length;

  // Where drift and suspicion will stand once this turn's lean is counted.
  // The signals of the leans the last decision saw, unless they moved (they did not, four
  // times in ten: a card or answer that leans toward nobody).
  const l = p.lean;
  if (!sameLean(n.lean, l)) {
    leanSignalsInto(cs.tables.signals, l, n.signals);
    for (let s = 0; s < l.length; s++) n.lean[s] = l[s] as number;
  }
  const signals = n.signals;
  const drift = (ind[v.drift] as number) + signals.drift;
  // A soft minimum spreads the weakest link's weight over near-ties.
  const rel = n.rel;
  const e = n.e;
  let low = Number.POSITIVE_INFINITY;
  for (let s = 0; s < powers; s++) {
    rel[s] = ind[v.relation[s] as number] as number;
    if ((rel[s] as number) < low) low = rel[s] as number;
  }
  let sum = 0;
  for (let s = 0; s < powers; s++) {
    // The weakest link's own term is exp(-0) = 1: no need to ask Math.exp. Nor for the gap
    // this power had at the last decision (a third of the time): its term is kept.
    const gap = (rel[s] as number) - low;
    if (gap === 0) e[s] = 1;
    else if (gap === n.gap[s]) e[s] = n.gapTerm[s] as number;
    else {
      const term = Math.exp(-gap / 4);
      e[s] = term;
      n.gap[s] = gap;
      n.gapTerm[s] = term;
    }
    sum += e[s] as number;
  }
  const w = n.scratch.ind;
  const susp = n.susp;
  for (let s = 0; s < powers; s++) {
    relationWeightInto(
      w,
      v.relation[s] as number,
      rel[s] as number,
      sum,
      e[s] as number,
      th.rupture,
      powers,
    );
    suspicionWeightInto(n, p, s, w[v.relation[s] as number] as number, horizon);
  }

  const sign = drift > 1 ? 1 : drift < -1 ? -1 : 0;
  const bandPressure = Math.max(0, Math.abs(drift) - rules.drift.band / 2) / rules.drift.band;
  const wDrift = -sign * (0.15 + bandPressure + 2 * near(th.autonomyLost - Math.abs(drift), 25));
  const tension = ind[v.tension] as number;
  const mood = 0.085 + 1.0 * near((ind[v.mood] as number) - th.unrest, 25);

  for (let s = 0; s < powers; s++) w[v.suspicion[s] as number] = susp[s] as number;
  w[v.drift] = wDrift;
  w[v.growth] = 1.875 + 6 * near((ind[v.growth] as number) - th.crisis, 3);
  w[v.tension] = -(0.05 + (tension > 50 ? 0.075 : 0) + 1.5 * near(th.clash - tension, 30));
  w[v.incidents] = -rules.home.incidentMood * mood - 0.05;
  w[v.mood] = mood;
  // Capital is worth what it can still buy: nothing once the last turn is spent.
  w[v.capital] = turnsLeft > 0 ? 0.25 : 0.02;

  const nationalism = ind[v.nationalism] as number;
  for (let s = 0; s < powers; s++) leanValueInto(cs, n, nationalism, s, wDrift, susp, mood);
  return n.scratch;
}

/** A scenario's numbers the bot reads per power, by power slot (looked up once per scenario). */
interface PowerNumbers {
  readonly vocab: Vocabulary;
  readonly biteAt: readonly number[];
  readonly bite: readonly number[];
  readonly reassurance: readonly number[];
  readonly perRival: readonly number[];
  readonly driftWeight: readonly number[];
  readonly backlash: readonly number[];
  /** The slots of the powers that count this one as a rival, in the scenario's order. */
  readonly watchers: readonly (readonly number[])[];
  /**
   * Written into one reused pair of arrays per scenario: it runs for every
   * decision of every rollout, and a bamboo decision never nests in another.
   */
  readonly scratch: MarginalValue;
  /** Per power slot: relations, their soft-minimum terms, the suspicion weights. */
  readonly rel: number[];
  readonly e: number[];
  readonly susp: number[];
  /** Per power slot: the last non-zero gap to the weakest link, and its soft-minimum term. */
  readonly gap: number[];
  readonly gapTerm: number[];
  /** The lean signals of the last decision weighed, and the leans they were computed from. */
  readonly signals: PackedSignals;
  readonly lean: number[];
}

function sameLean(seen: readonly number[], lean: readonly number[]): boolean {
  for (let s = 0; s < lean.length; s++) if (seen[s] !== lean[s]) return false;
  return true;
}

const numbersOf = new WeakMap<CompiledScenario, PowerNumbers>();
/** The last scenario asked about: rollouts ask about one scenario thousands of times in a row. */
let lastCs: CompiledScenario | null = null;
let lastNumbers: PowerNumbers | null = null;

function powerNumbers(cs: CompiledScenario): PowerNumbers {
  if (cs === lastCs && lastNumbers) return lastNumbers;
  let n = numbersOf.get(cs);
  if (!n) {
    const { powers } = cs.scenario;
    const vocab = cs.tables.vocab;
    const ids = vocab.powers;
    const power = (p: PowerId) => powers[p] as (typeof powers)[string];
    const each = (f: (p: PowerId) => number) => ids.map(f);
    const scratch: MarginalValue = {
      ind: new Float64Array(vocab.keys.length),
      lean: new Float64Array(ids.length),
    };
    for (const [slot, weight] of fixedWeights(vocab)) scratch.ind[slot] = weight;
    const zeros = () => ids.map(() => 0.5);
    n = {
      vocab,
      biteAt: each((p) => power(p).suspicionBiteAt),
      bite: each((p) => power(p).suspicionBite),
      reassurance: each((p) => power(p).reassurancePerLean),
      perRival: each((p) => power(p).suspicionPerRivalLean),
      driftWeight: cs.tables.signals.driftWeight,
      backlash: cs.tables.signals.backlash,
      watchers: ids.map((p) => ids.flatMap((q, i) => (power(q).rivals.includes(p) ? [i] : []))),
      scratch,
      rel: zeros(),
      e: zeros(),
      susp: zeros(),
      // NaN equals nothing: the first decision computes every term and the signals.
      gap: ids.map(() => Number.NaN),
      gapTerm: zeros(),
      signals: packedSignals(ids.length),
      lean: ids.map(() => Number.NaN),
    };
    numbersOf.set(cs, n);
  }
  lastCs = cs;
  lastNumbers = n;
  return n;
}

// Helpers live at module level: tsx names every inner arrow function on each call.
function suspicionWeightInto(
  n: PowerNumbers,
  p: Packed,
  slot: number,
  rel: number,
  horizon: number,
): void {
  const own = p.ind[n.vocab.suspicion[slot] as number] as number;
  const { rivalLean, reassured } = n.signals;
  const projected = own + (rivalLean[slot] as number) + (reassured[slot] as number);
  const biting = projected > (n.biteAt[slot] as number) - 15;
  n.susp[slot] = -0.04 - (biting ? (n.bite[slot] as number) * rel * horizon : 0);
}

function leanValueInto(
  cs: CompiledScenario,
  n: PowerNumbers,
  nationalism: number,
  slot: number,
  wDrift: number,
  susp: readonly number[],
  mood: number,
): void {
  const rules = cs.scenario.rules;
  let v =
    wDrift * (n.driftWeight[slot] as number) * rules.drift.perLean -
    (n.reassurance[slot] as number) * (susp[slot] as number);
  const watchers = n.watchers[slot] as readonly number[];
  for (let i = 0; i < watchers.length; i++) {
    const q = watchers[i] as number;
    v += (n.perRival[q] as number) * (susp[q] as number);
  }
  const backlash = n.backlash[slot] as number;
  if (backlash > 0) v -= backlash * rules.home.capitulationBite * (nationalism / 100) * mood;
  // Powers reward being leaned toward (their reactions), a little.
  n.scratch.lean[slot] = v + 0.1;
}
