/**
 * Conditions and formulas written in scenario data, evaluated against a
 * state. Two compilers with one meaning: `holds` reads a View (a GameState,
 * for the screens' explanations of unmet conditions), `packCondition` and `holdsAt` read
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

/**
 * A condition on the packed state, as flat lists of slots and bounds: one
 * function (`holdsAt`) reads them all, so a check is a few array reads in
 * a loop rather than a chain of closures (calls V8 could not inline).
 */
export interface PackedCondition {
  readonly always: boolean;
  /** Turn range, inclusive; -1 and MAX_SAFE_INTEGER when the condition names none. */
  readonly fromTurn: number;
  readonly toTurn: number;
  readonly minAt: readonly number[];
  readonly minBy: readonly number[];
  readonly maxAt: readonly number[];
  readonly maxBy: readonly number[];
  readonly flags: readonly number[];
  readonly notFlags: readonly number[];
  readonly tierAtLeastAt: readonly number[];
  readonly tierAtLeastBy: readonly number[];
  readonly tierBelowAt: readonly number[];
  readonly tierBelowBy: readonly number[];
  readonly leanAtLeastAt: readonly number[];
  readonly leanAtLeastBy: readonly number[];
  readonly leanBelowAt: readonly number[];
  readonly leanBelowBy: readonly number[];
  /** Count slots of `action:<id>`. */
  readonly played: readonly number[];
  readonly notPlayed: readonly number[];
  /** Action indexes; ids that name no action are tested against the list itself. */
  readonly playedThisTurn: readonly number[];
  readonly playedThisTurnIds: readonly string[];
  readonly any: readonly PackedCondition[] | null;
}

/** The same tests as `compile`, on slots instead of names (a test checks they agree). */
export function packCondition(
  cond: Condition | undefined,
  layout: Layout,
  turnIndex: ReadonlyMap<string, number>,
): PackedCondition {
  const c = cond ?? {};
  const split = <K extends string>(list: Pairs<K>, slot: (k: K) => number) => ({
    at: list.map(([k]) => slot(k)),
    by: list.map(([, x]) => x),
  });
  const ind = (k: IndicatorKey) => IND[k];
  const power = (k: PowerId) => POWER_SLOT[k];
  const min = split(pairs<IndicatorKey>(c.min), ind);
  const max = split(pairs<IndicatorKey>(c.max), ind);
  const tierAtLeast = split(tierPairs(c.tierAtLeast), power);
  const tierBelow = split(tierPairs(c.tierBelow), power);
  const leanAtLeast = split(pairs<PowerId>(c.leanAtLeast), power);
  const leanBelow = split(pairs<PowerId>(c.leanBelow), power);
  const flag = (f: string) => layout.flagSlot.get(f) as number;
  const count = (a: string) => layout.countSlot.get(`action:${a}`) as number;
  const thisTurn = c.playedThisTurn ?? [];
  return {
    always: cond === undefined,
    fromTurn: c.fromTurn === undefined ? -1 : (turnIndex.get(c.fromTurn) ?? 0),
    toTurn:
      c.toTurn === undefined
        ? Number.MAX_SAFE_INTEGER
        : (turnIndex.get(c.toTurn) ?? Number.MAX_SAFE_INTEGER),
    minAt: min.at,
    minBy: min.by,
    maxAt: max.at,
    maxBy: max.by,
    flags: (c.flags ?? []).map(flag),
    notFlags: (c.notFlags ?? []).map(flag),
    tierAtLeastAt: tierAtLeast.at,
    tierAtLeastBy: tierAtLeast.by,
    tierBelowAt: tierBelow.at,
    tierBelowBy: tierBelow.by,
    leanAtLeastAt: leanAtLeast.at,
    leanAtLeastBy: leanAtLeast.by,
    leanBelowAt: leanBelow.at,
    leanBelowBy: leanBelow.by,
    played: (c.played ?? []).map(count),
    notPlayed: (c.notPlayed ?? []).map(count),
    playedThisTurn: thisTurn.flatMap((a) => layout.actionIndex.get(a) ?? []),
    playedThisTurnIds: thisTurn.filter((a) => !layout.actionIndex.has(a)),
    any: c.any ? c.any.map((sub) => packCondition(sub, layout, turnIndex)) : null,
  };
}

/** Whether a packed condition holds: every listed test, and one of `any`. */
export function holdsAt(c: PackedCondition, p: Packed): boolean {
  if (c.always) return true;
  if (p.turn < c.fromTurn || p.turn > c.toTurn) return false;
  const ind = p.ind;
  for (let i = 0; i < c.minAt.length; i++)
    if ((ind[c.minAt[i] as number] as number) < (c.minBy[i] as number)) return false;
  for (let i = 0; i < c.maxAt.length; i++)
    if ((ind[c.maxAt[i] as number] as number) > (c.maxBy[i] as number)) return false;
  for (let i = 0; i < c.flags.length; i++) if (p.flags[c.flags[i] as number] !== 1) return false;
  for (let i = 0; i < c.notFlags.length; i++)
    if (p.flags[c.notFlags[i] as number] === 1) return false;
  for (let i = 0; i < c.tierAtLeastAt.length; i++)
    if (!((p.tiers[c.tierAtLeastAt[i] as number] as number) >= (c.tierAtLeastBy[i] as number)))
      return false;
  for (let i = 0; i < c.tierBelowAt.length; i++)
    if (!((p.tiers[c.tierBelowAt[i] as number] as number) < (c.tierBelowBy[i] as number)))
      return false;
  for (let i = 0; i < c.leanAtLeastAt.length; i++)
    if ((p.lean[c.leanAtLeastAt[i] as number] as number) < (c.leanAtLeastBy[i] as number))
      return false;
  for (let i = 0; i < c.leanBelowAt.length; i++)
    if ((p.lean[c.leanBelowAt[i] as number] as number) >= (c.leanBelowBy[i] as number))
      return false;
  for (let i = 0; i < c.played.length; i++)
    if (!((p.counts[c.played[i] as number] as number) > 0)) return false;
  for (let i = 0; i < c.notPlayed.length; i++)
    if ((p.counts[c.notPlayed[i] as number] as number) > 0) return false;
  for (let i = 0; i < c.playedThisTurn.length; i++)
    if (p.played[c.playedThisTurn[i] as number] !== 1) return false;
  for (let i = 0; i < c.playedThisTurnIds.length; i++)
    if (!p.playedThisTurn.includes(c.playedThisTurnIds[i] as string)) return false;
  if (c.any) {
    for (let i = 0; i < c.any.length; i++) if (holdsAt(c.any[i] as PackedCondition, p)) return true;
    return false;
  }
  return true;
}

/** base + sum of per[indicator] * value, terms in the order written (as evalFormula). */
export interface PackedFormula {
  readonly base: number;
  readonly at: readonly number[];
  readonly by: readonly number[];
}

export function packFormula(formula: Formula): PackedFormula {
  const terms = pairs<IndicatorKey>(formula.per);
  return { base: formula.base, at: terms.map(([k]) => IND[k]), by: terms.map(([, x]) => x) };
}

export function valueAt(f: PackedFormula, p: Packed): number {
  let value = f.base;
  const ind = p.ind;
  for (let i = 0; i < f.at.length; i++)
    value += (f.by[i] as number) * (ind[f.at[i] as number] as number);
  return value;
}
