/**
 * Conditions and formulas written in scenario data, evaluated against a
 * state. One compiler (`packCondition`, `packFormula`) and one evaluator
 * (`holdsAt`, `valueAt`) over the packed state the rules run on; callers that
 * hold a GameState (the screens' explanations, card costs) read through
 * `stateReader`, which packs the state once and asks the same functions.
 */

import { type IndicatorKey, type PowerId, type TierId, tierRank } from './indicators';
import type { Layout } from './layout';
import type { Packed } from './packed';
import { pack } from './packed';
import type { Condition, Formula } from './scenario';
import type { GameState } from './state';
import type { Vocabulary } from './vocabulary';

type Pairs<K extends string> = readonly (readonly [K, number])[];

function pairs<K extends string>(rec: Partial<Record<string, number>> | undefined): Pairs<K> {
  if (!rec) return [];
  return Object.keys(rec).map((k) => [k as K, rec[k] as number] as const);
}

function tierPairs(rec: Partial<Record<string, string>> | undefined): Pairs<PowerId> {
  if (!rec) return [];
  return Object.keys(rec).map((p) => [p as PowerId, tierRank(rec[p] as TierId)] as const);
}

/** The tests a packed condition can hold, each an opcode with two operands. */
const Op = {
  Turns: 0,
  Min: 1,
  Max: 2,
  Flag: 3,
  NotFlag: 4,
  TierAtLeast: 5,
  TierBelow: 6,
  LeanAtLeast: 7,
  LeanBelow: 8,
  Played: 9,
  NotPlayed: 10,
  PlayedThisTurn: 11,
  PlayedThisTurnId: 12,
  Any: 13,
  AnyTest: 14,
} as const;

/**
 * A condition on the packed state as one flat program read by one function
 * (`holdsAt`): test k is the opcode `code[2k]` on the slot `code[2k + 1]`
 * against the number `limit[k]`. A check is then a short loop over the tests
 * the condition names, not a chain of closures (calls V8 could not inline)
 * nor a walk over every kind of test it might have named. Opcodes and slots
 * sit in an Int32Array and limits apart in a Float64Array: an opcode read from
 * a list that also held fractions was a double, and a switch over a double
 * compares case by case where an integer jumps straight to its case.
 */
export interface PackedCondition {
  readonly code: Int32Array;
  readonly limit: Float64Array;
  /** How many tests (code.length / 2): 0 for a condition that always holds. */
  readonly tests: number;
  /** Ids that name no action (`PlayedThisTurnId` operands index them). */
  readonly ids: readonly string[];
  /** The alternatives of `any` (`Any` operands index them). */
  readonly any: readonly (readonly PackedCondition[])[];
  /**
   * The alternatives of an `any` whose every alternative is a single test
   * (`AnyTest` operands index them), as one program of their tests: it holds
   * if one of them does, read in the same loop without a call per alternative.
   */
  readonly anyTests: readonly PackedCondition[];
}

/** Opcode, slot and limit triples, as packCondition gathers them. */
type Triples = number[];

function compiled(
  triples: Triples,
  ids: string[],
  any: PackedCondition[][],
  anyTests: PackedCondition[],
): PackedCondition {
  const tests = triples.length / 3;
  const code = new Int32Array(tests * 2);
  const limit = new Float64Array(tests);
  for (let k = 0; k < tests; k++) {
    code[2 * k] = triples[3 * k] as number;
    code[2 * k + 1] = triples[3 * k + 1] as number;
    limit[k] = triples[3 * k + 2] as number;
  }
  return { code, limit, tests, ids, any, anyTests };
}

/** A condition as tests on slots instead of names, built once per condition object. */
export function packCondition(
  cond: Condition | undefined,
  layout: Layout,
  turnIndex: ReadonlyMap<string, number>,
): PackedCondition {
  const ops: Triples = [];
  const ids: string[] = [];
  const any: PackedCondition[][] = [];
  const anyTests: PackedCondition[] = [];
  if (!cond) return compiled(ops, ids, any, anyTests);
  const c = cond;
  const IND = layout.vocab.slot;
  const POWER_SLOT = layout.vocab.powerSlot;
  if (c.fromTurn !== undefined || c.toTurn !== undefined) {
    const from = c.fromTurn === undefined ? -1 : (turnIndex.get(c.fromTurn) ?? 0);
    const to =
      c.toTurn === undefined
        ? Number.MAX_SAFE_INTEGER
        : (turnIndex.get(c.toTurn) ?? Number.MAX_SAFE_INTEGER);
    ops.push(Op.Turns, from, to);
  }
  for (const [k, x] of pairs<IndicatorKey>(c.min)) ops.push(Op.Min, IND[k] as number, x);
  for (const [k, x] of pairs<IndicatorKey>(c.max)) ops.push(Op.Max, IND[k] as number, x);
  const flag = (f: string) => layout.flagSlot.get(f) as number;
  for (const f of c.flags ?? []) ops.push(Op.Flag, flag(f), 0);
  for (const f of c.notFlags ?? []) ops.push(Op.NotFlag, flag(f), 0);
  for (const [p, r] of tierPairs(c.tierAtLeast))
    ops.push(Op.TierAtLeast, POWER_SLOT[p] as number, r);
  for (const [p, r] of tierPairs(c.tierBelow)) ops.push(Op.TierBelow, POWER_SLOT[p] as number, r);
  for (const [p, x] of pairs<PowerId>(c.leanAtLeast))
    ops.push(Op.LeanAtLeast, POWER_SLOT[p] as number, x);
  for (const [p, x] of pairs<PowerId>(c.leanBelow))
    ops.push(Op.LeanBelow, POWER_SLOT[p] as number, x);
  const count = (a: string) => layout.countSlot.get(`action:${a}`) as number;
  for (const a of c.played ?? []) ops.push(Op.Played, count(a), 0);
  for (const a of c.notPlayed ?? []) ops.push(Op.NotPlayed, count(a), 0);
  for (const a of c.playedThisTurn ?? []) {
    const i = layout.actionIndex.get(a);
    // An id that names no action can only be in the list if a state was written by hand.
    if (i !== undefined) ops.push(Op.PlayedThisTurn, i, 0);
    else ops.push(Op.PlayedThisTurnId, ids.push(a) - 1, 0);
  }
  if (c.any) {
    const alternatives = c.any.map((sub) => packCondition(sub, layout, turnIndex));
    if (alternatives.length > 0 && alternatives.every(isSingleTest)) {
      // `any` of an empty list never holds; every alternative here names one plain test.
      const flat: Triples = [];
      for (const alt of alternatives)
        flat.push(alt.code[0] as number, alt.code[1] as number, alt.limit[0] as number);
      ops.push(Op.AnyTest, anyTests.length, 0);
      anyTests.push(compiled(flat, [], [], []));
    } else {
      ops.push(Op.Any, any.length, 0);
      any.push(alternatives);
    }
  }
  return compiled(ops, ids, any, anyTests);
}

/** One test that reads only the state (no id list, no nested `any`): it can join a flat `any`. */
function isSingleTest(c: PackedCondition): boolean {
  const op = c.code[0];
  return c.tests === 1 && op !== Op.PlayedThisTurnId && op !== Op.Any && op !== Op.AnyTest;
}

/**
 * Whether a packed condition holds: every test it names, and one alternative of `any`.
 * Most conditions the rules ask about name no test at all (choices, cards that only cost):
 * this small function answers those where it is called, since V8 inlines it, and only the
 * others pay for a call into the loop.
 */
export function holdsAt(c: PackedCondition, p: Packed): boolean {
  return c.tests === 0 || program(c, p, true);
}

/**
 * Reads the tests of `c` in order: with `all`, whether every one holds (a
 * condition); without, whether one does (a flat `any`). One loop with the
 * switch written in it, so that a test costs no call.
 */
function program(c: PackedCondition, p: Packed, all: boolean): boolean {
  const code = c.code;
  const limit = c.limit;
  for (let k = 0; k < c.tests; k++) {
    const a = code[2 * k + 1] as number;
    const b = limit[k] as number;
    let holds: boolean;
    // The cases are Op's values written out: V8 turns a switch over literals into a jump table.
    switch (code[2 * k]) {
      case 0: // Op.Turns
        holds = p.turn >= a && p.turn <= b;
        break;
      case 1: // Op.Min
        holds = !((p.ind[a] as number) < b);
        break;
      case 2: // Op.Max
        holds = !((p.ind[a] as number) > b);
        break;
      case 3: // Op.Flag
        holds = p.flags[a] === 1;
        break;
      case 4: // Op.NotFlag
        holds = p.flags[a] !== 1;
        break;
      case 5: // Op.TierAtLeast
        holds = (p.tiers[a] as number) >= b;
        break;
      case 6: // Op.TierBelow
        holds = (p.tiers[a] as number) < b;
        break;
      case 7: // Op.LeanAtLeast
        holds = !((p.lean[a] as number) < b);
        break;
      case 8: // Op.LeanBelow
        holds = !((p.lean[a] as number) >= b);
        break;
      case 9: // Op.Played
        holds = (p.counts[a] as number) > 0;
        break;
      case 10: // Op.NotPlayed
        holds = !((p.counts[a] as number) > 0);
        break;
      case 11: // Op.PlayedThisTurn
        holds = p.played[a] === 1;
        break;
      case 12: // Op.PlayedThisTurnId
        holds = p.playedThisTurn.includes(c.ids[a] as string);
        break;
      case 13: // Op.Any
        holds = holdsAny(c.any[a] as readonly PackedCondition[], p);
        break;
      case 14: // Op.AnyTest
        holds = program(c.anyTests[a] as PackedCondition, p, false);
        break;
      default:
        holds = true;
    }
    if (holds !== all) return holds;
  }
  return all;
}

/**
 * Whether the condition's own turn range (`fromTurn`/`toTurn`, not one inside
 * `any`) lets it hold in `turn`: false means it cannot hold then whatever the state.
 */
export function mayHoldIn(c: PackedCondition, turn: number): boolean {
  for (let k = 0; k < c.tests; k++)
    if (
      c.code[2 * k] === Op.Turns &&
      !(turn >= (c.code[2 * k + 1] as number) && turn <= (c.limit[k] as number))
    )
      return false;
  return true;
}

function holdsAny(alternatives: readonly PackedCondition[], p: Packed): boolean {
  for (let i = 0; i < alternatives.length; i++)
    if (holdsAt(alternatives[i] as PackedCondition, p)) return true;
  return false;
}

/** base + sum of per[indicator] * value, terms in the order written (as evalFormula). */
export interface PackedFormula {
  readonly base: number;
  readonly at: readonly number[];
  readonly by: readonly number[];
}

export function packFormula(formula: Formula, vocab: Vocabulary): PackedFormula {
  const terms = pairs<IndicatorKey>(formula.per);
  return {
    base: formula.base,
    at: terms.map(([k]) => vocab.slot[k] as number),
    by: terms.map(([, x]) => x),
  };
}

export function valueAt(f: PackedFormula, p: Packed): number {
  let value = f.base;
  const ind = p.ind;
  for (let i = 0; i < f.at.length; i++)
    value += (f.by[i] as number) * (ind[f.at[i] as number] as number);
  return value;
}

/** What the state readers need of a compiled scenario (structural, so this file imports no compiler). */
interface ReaderScenario {
  readonly tables: { readonly layout: Layout };
  readonly turnIndex: ReadonlyMap<string, number>;
}

export interface StateReader {
  holds(cond: Condition | undefined): boolean;
  value(formula: Formula): number;
  /** A probability, fixed or computed; clamped to 0..1 as the rules clamp it. */
  chance(chance: number | Formula): number;
}

/**
 * Conditions and formulas read on a GameState by the same compiler and
 * evaluator the turn uses: the state is packed once per reader.
 */
export function stateReader(cs: ReaderScenario, state: GameState): StateReader {
  const p = pack(cs, state);
  const value = (formula: Formula) => valueAt(packFormula(formula, cs.tables.layout.vocab), p);
  return {
    holds: (cond) => !cond || holdsAt(packCondition(cond, cs.tables.layout, cs.turnIndex), p),
    value,
    chance: (chance) => {
      const x = typeof chance === 'number' ? chance : value(chance);
      return x < 0 ? 0 : Math.min(x, 1);
    },
  };
}
