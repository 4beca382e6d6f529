/**
 * Conditions and formulas written in scenario data, evaluated against a
 * state. Two compilers with one meaning: `holds` reads a View (a GameState,
 * for the screens' explanations of unmet conditions), `compilePacked` reads
 * the packed state the rules run on. A test checks they agree.
 */
import type { Condition, Formula } from '../scenario/schema';
import {
  IND,
  type IndicatorKey,
  POWER_SLOT,
  type PowerId,
  type TierId,
  tierRank,
} from './indicators';
import type { Packed } from './packed';
import type { Layout } from './tables';
import type { View } from './view';

/** Each formula's terms as an array, in the order written (sums must add up in that order). */
const formulaTerms = new WeakMap<Formula, Pairs<IndicatorKey>>();

export function evalFormula(formula: Formula, view: View): number {
  let value = formula.base;
  if (!formula.per) return value;
  let terms = formulaTerms.get(formula);
  if (!terms) {
    terms = pairs<IndicatorKey>(formula.per);
    formulaTerms.set(formula, terms);
  }
  const ind = view.ind;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as readonly [IndicatorKey, number];
    value += t[1] * ind[t[0]];
  }
  return value;
}

export function evalChance(chance: number | Formula, view: View): number {
  const p = typeof chance === 'number' ? chance : evalFormula(chance, view);
  return p < 0 ? 0 : Math.min(p, 1);
}

type Pred = (view: View) => boolean;

interface CompiledCondition {
  readonly turnIndex: ReadonlyMap<string, number>;
  readonly test: Pred;
}

/** Conditions are data read on every step: each is compiled once into a predicate. */
const compiled = new WeakMap<Condition, CompiledCondition>();

type Pairs<K extends string> = readonly (readonly [K, number])[];

function pairs<K extends string>(rec: Partial<Record<string, number>> | undefined): Pairs<K> {
  if (!rec) return [];
  return Object.keys(rec).map((k) => [k as K, rec[k] as number] as const);
}

function tierPairs(rec: Partial<Record<string, string>> | undefined): Pairs<PowerId> {
  if (!rec) return [];
  return Object.keys(rec).map((p) => [p as PowerId, tierRank(rec[p] as TierId)] as const);
}

const ALWAYS: Pred = () => true;

/** One closure per test the condition names, so a predicate does only the work it was written with. */
function compile(cond: Condition, turnIndex: ReadonlyMap<string, number>): Pred {
  const tests: Pred[] = [];
  if (cond.fromTurn !== undefined || cond.toTurn !== undefined) {
    const from = cond.fromTurn === undefined ? -1 : (turnIndex.get(cond.fromTurn) ?? 0);
    const to =
      cond.toTurn === undefined
        ? Number.MAX_SAFE_INTEGER
        : (turnIndex.get(cond.toTurn) ?? Number.MAX_SAFE_INTEGER);
    tests.push((v) => v.turn >= from && v.turn <= to);
  }
  for (const [k, x] of pairs<IndicatorKey>(cond.min)) tests.push((v) => !(v.ind[k] < x));
  for (const [k, x] of pairs<IndicatorKey>(cond.max)) tests.push((v) => !(v.ind[k] > x));
  for (const f of cond.flags ?? []) tests.push((v) => v.hasFlag(f));
  for (const f of cond.notFlags ?? []) tests.push((v) => !v.hasFlag(f));
  for (const [p, r] of tierPairs(cond.tierAtLeast)) tests.push((v) => tierRank(v.tiers[p]) >= r);
  for (const [p, r] of tierPairs(cond.tierBelow)) tests.push((v) => tierRank(v.tiers[p]) < r);
  for (const [p, x] of pairs<PowerId>(cond.leanAtLeast)) tests.push((v) => !(v.lean[p] < x));
  for (const [p, x] of pairs<PowerId>(cond.leanBelow)) tests.push((v) => !(v.lean[p] >= x));
  for (const a of cond.played ?? []) {
    const key = `action:${a}`;
    tests.push((v) => !(v.count(key) <= 0));
  }
  for (const a of cond.notPlayed ?? []) {
    const key = `action:${a}`;
    tests.push((v) => !(v.count(key) > 0));
  }
  for (const a of cond.playedThisTurn ?? []) tests.push((v) => v.playedThisTurn.includes(a));
  if (cond.any) {
    const any = cond.any.map((c) => compile(c, turnIndex));
    tests.push((v) => any.some((t) => t(v)));
  }
  const [first, second] = tests;
  if (!first) return ALWAYS;
  if (tests.length === 1) return first;
  if (tests.length === 2 && second) return (v) => first(v) && second(v);
  return (v) => {
    for (let i = 0; i < tests.length; i++) if (!(tests[i] as Pred)(v)) return false;
    return true;
  };
}

/**
 * `turnIndex` resolves the turn ids a condition names; the loader has checked
 * they exist, so an unknown id here can only mean no restriction.
 */
export function holds(
  cond: Condition | undefined,
  view: View,
  turnIndex: ReadonlyMap<string, number>,
): boolean {
  if (!cond) return true;
  let c = compiled.get(cond);
  if (!c || c.turnIndex !== turnIndex) {
    c = { turnIndex, test: compile(cond, turnIndex) };
    compiled.set(cond, c);
  }
  return c.test(view);
}

export type PackedPred = (p: Packed) => boolean;

/** A formula over the packed indicators, terms summed in the order written (as evalFormula). */
export function formulaAt(formula: Formula): (p: Packed) => number {
  const base = formula.base;
  const terms = pairs<IndicatorKey>(formula.per);
  const at = Int32Array.from(terms, (t) => IND[t[0]]);
  const by = Float64Array.from(terms, (t) => t[1]);
  if (terms.length === 0) return () => base;
  if (terms.length === 1) {
    const i = at[0] as number;
    const k = by[0] as number;
    return (p) => base + k * (p.ind[i] as number);
  }
  return (p) => {
    let value = base;
    const ind = p.ind;
    for (let j = 0; j < at.length; j++)
      value += (by[j] as number) * (ind[at[j] as number] as number);
    return value;
  };
}

/** The same tests as `compile`, on slots instead of names. */
function compileAt(
  cond: Condition,
  layout: Layout,
  turnIndex: ReadonlyMap<string, number>,
): PackedPred {
  const tests: PackedPred[] = [];
  if (cond.fromTurn !== undefined || cond.toTurn !== undefined) {
    const from = cond.fromTurn === undefined ? -1 : (turnIndex.get(cond.fromTurn) ?? 0);
    const to =
      cond.toTurn === undefined
        ? Number.MAX_SAFE_INTEGER
        : (turnIndex.get(cond.toTurn) ?? Number.MAX_SAFE_INTEGER);
    tests.push((p) => p.turn >= from && p.turn <= to);
  }
  for (const [k, x] of pairs<IndicatorKey>(cond.min)) {
    const i = IND[k];
    tests.push((p) => !((p.ind[i] as number) < x));
  }
  for (const [k, x] of pairs<IndicatorKey>(cond.max)) {
    const i = IND[k];
    tests.push((p) => !((p.ind[i] as number) > x));
  }
  const flag = (f: string) => layout.flagSlot.get(f) as number;
  for (const f of (cond.flags ?? []).map(flag)) tests.push((p) => p.flags[f] === 1);
  for (const f of (cond.notFlags ?? []).map(flag)) tests.push((p) => p.flags[f] !== 1);
  for (const [power, r] of tierPairs(cond.tierAtLeast)) {
    const i = POWER_SLOT[power];
    tests.push((p) => (p.tiers[i] as number) >= r);
  }
  for (const [power, r] of tierPairs(cond.tierBelow)) {
    const i = POWER_SLOT[power];
    tests.push((p) => (p.tiers[i] as number) < r);
  }
  for (const [power, x] of pairs<PowerId>(cond.leanAtLeast)) {
    const i = POWER_SLOT[power];
    tests.push((p) => !((p.lean[i] as number) < x));
  }
  for (const [power, x] of pairs<PowerId>(cond.leanBelow)) {
    const i = POWER_SLOT[power];
    tests.push((p) => !((p.lean[i] as number) >= x));
  }
  const count = (a: string) => layout.countSlot.get(`action:${a}`) as number;
  for (const i of (cond.played ?? []).map(count)) tests.push((p) => (p.counts[i] as number) > 0);
  for (const i of (cond.notPlayed ?? []).map(count))
    tests.push((p) => !((p.counts[i] as number) > 0));
  for (const a of cond.playedThisTurn ?? []) {
    const i = layout.actionIndex.get(a);
    // An id that names no action can only be in the list if a state was written by hand.
    tests.push(i === undefined ? (p) => p.playedThisTurn.includes(a) : (p) => p.played[i] === 1);
  }
  if (cond.any) {
    const any = cond.any.map((c) => compileAt(c, layout, turnIndex));
    tests.push((p) => {
      for (let i = 0; i < any.length; i++) if ((any[i] as PackedPred)(p)) return true;
      return false;
    });
  }
  const [first, second] = tests;
  if (!first) return ALWAYS_PACKED;
  if (tests.length === 1) return first;
  if (tests.length === 2 && second) return (p) => first(p) && second(p);
  return (p) => {
    for (let i = 0; i < tests.length; i++) if (!(tests[i] as PackedPred)(p)) return false;
    return true;
  };
}

const ALWAYS_PACKED: PackedPred = () => true;

export function compilePacked(
  cond: Condition | undefined,
  layout: Layout,
  turnIndex: ReadonlyMap<string, number>,
): PackedPred {
  return cond ? compileAt(cond, layout, turnIndex) : ALWAYS_PACKED;
}
