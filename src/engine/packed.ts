/**
 * The packed state: what a GameState holds, laid out in flat number arrays
 * by the slots its scenario's tables fix (tables.ts), so the rules index
 * numbers instead of looking up strings. The rules only ever run on a packed state;
 * `apply` packs its input and unpacks its result, simulations (sim.ts) pack
 * once and play whole games in place.
 *
 * `unpack` gives exactly the GameState the record-based engine gave: the
 * same values, and the same key order in every record (counts list keys in
 * the order they first appeared), so even the JSON text is unchanged.
 */
import { type PowerId, TIERS, type TierId, tierRank } from './indicators';
import type { Layout } from './layout';
import { RngCursor, type RngState } from './rng';
import type { Ending, GameState, Indicators, Phase } from './state';

/** The parts of the state a packed state was made from that unpacking keeps or extends. */
interface Origin {
  readonly state: Pick<
    GameState,
    'format' | 'scenario' | 'seed' | 'rng' | 'tiers' | 'flags' | 'counts' | 'lastTurn'
  >;
  /** Flags the scenario never names (only a hand-written state has them): kept as they are. */
  readonly otherFlags: readonly string[];
}

/**
 * Plain arrays rather than typed ones: indexing them is as fast, and copying
 * one (every rollout copies a state) stays on the JS heap, where a typed
 * array's buffer costs a native allocation each time.
 */
export class Packed {
  readonly ind: number[];
  /** By power slot (the scenario's order of powers). */
  readonly lean: number[];
  /** Tier ranks by power slot. */
  readonly tiers: number[];
  /** 1 where the flag in that slot is set. */
  readonly flags: number[];
  readonly counts: number[];
  /** The turn each count slot's card, reaction or resting random event last happened, -1 for never. */
  readonly lastTurn: number[];
  /** 1 for each action (by its index in scenario.actions) played this turn. */
  readonly played: number[];
  /** The same, as the ids the state lists, in the order played. */
  readonly playedThisTurn: string[];
  readonly pending: string[];
  /**
   * The cards dealt this turn (hand.ts) by index, in card order; null when
   * every card is open. Indices, not ids: legalAt walks only these cards.
   */
  hand: number[] | null;
  /**
   * The hand as the packed state listed it, until the next deal: kept as
   * written, since a hand-written state may name cards the scenario lacks.
   */
  handListed: readonly string[] | null;
  /** 1 for each action (by its index) in the hand. */
  readonly dealt: number[];
  readonly rng: RngCursor;
  turn: number;
  step: number;
  phase: Phase;
  ending: Ending | null;
  /** The dice were replaced (`reseed`): the state's rng is no longer its origin's. */
  rngReplaced = false;
  tiersChanged = false;
  flagsChanged = false;
  /**
   * Count and cooldown slots written since packing, in the order written
   * (repeats included): unpacking copies the origin's record and writes
   * these, so a new key lands where the record-based engine put it, last.
   */
  readonly countsWritten: number[];
  readonly lastTurnWritten: number[];
  readonly layout: Layout;
  readonly origin: Origin;
  /** Each indicator slot's range (the vocabulary's), one hop nearer: every change clamps. */
  readonly min: readonly number[];
  readonly max: readonly number[];

  constructor(layout: Layout, origin: Origin, from?: Packed) {
    this.layout = layout;
    this.origin = origin;
    this.min = layout.vocab.min;
    this.max = layout.vocab.max;
    if (from) {
      this.ind = from.ind.slice();
      this.lean = from.lean.slice();
      this.tiers = from.tiers.slice();
      this.flags = from.flags.slice();
      this.counts = from.counts.slice();
      this.lastTurn = from.lastTurn.slice();
      this.played = from.played.slice();
      this.playedThisTurn = from.playedThisTurn.slice();
      this.pending = from.pending.slice();
      this.hand = from.hand === null ? null : from.hand.slice();
      this.handListed = from.handListed;
      this.dealt = from.dealt.slice();
      this.rng = new RngCursor(from.rng.state());
      this.rngReplaced = from.rngReplaced || from.rng.draws > 0;
      this.turn = from.turn;
      this.step = from.step;
      this.phase = from.phase;
      this.ending = from.ending;
      this.tiersChanged = from.tiersChanged;
      this.flagsChanged = from.flagsChanged;
      this.countsWritten = from.countsWritten.slice();
      this.lastTurnWritten = from.lastTurnWritten.slice();
      return;
    }
    const powers = layout.vocab.powers.length;
    this.ind = doubles(layout.vocab.keys.length);
    this.lean = doubles(powers);
    this.tiers = filled(powers, 0);
    this.flags = filled(layout.flagNames.length, 0);
    this.counts = filled(layout.countKeys.length, 0);
    this.lastTurn = filled(layout.countKeys.length, -1);
    this.played = filled(layout.actionIds.length, 0);
    this.playedThisTurn = [];
    this.pending = [];
    this.hand = null;
    this.handListed = null;
    this.dealt = filled(layout.actionIds.length, 0);
    this.rng = new RngCursor(origin.state.rng);
    this.turn = 0;
    this.step = 0;
    this.phase = 'actions';
    this.ending = null;
    this.countsWritten = [];
    this.lastTurnWritten = [];
  }

  /** A copy to play on; this one stays as it is. */
  clone(): Packed {
    return new Packed(this.layout, this.origin, this);
  }

  /**
   * Becomes a copy of `from` without allocating: a forecast plays a thousand rollouts from
   * one state, and copying into one reused state keeps its rows (and the capacity its
   * written-slot lists grew to) instead of a dozen new arrays each. Only between copies of
   * one packing: unpacking reads what was packed (the origin), which a copy shares.
   */
  copyFrom(from: Packed): void {
    if (from.origin !== this.origin) throw new Error('copyFrom: the states were packed apart');
    copyRow(from.ind, this.ind);
    copyRow(from.lean, this.lean);
    copyRow(from.tiers, this.tiers);
    copyRow(from.flags, this.flags);
    copyRow(from.counts, this.counts);
    copyRow(from.lastTurn, this.lastTurn);
    copyRow(from.played, this.played);
    copyRow(from.dealt, this.dealt);
    copyList(from.playedThisTurn, this.playedThisTurn);
    copyList(from.pending, this.pending);
    if (from.hand === null) this.hand = null;
    else if (this.hand === null) this.hand = from.hand.slice();
    else copyList(from.hand, this.hand);
    this.handListed = from.handListed;
    this.rng.copyFrom(from.rng);
    this.rngReplaced = from.rngReplaced || from.rng.draws > 0;
    this.turn = from.turn;
    this.step = from.step;
    this.phase = from.phase;
    this.ending = from.ending;
    this.tiersChanged = from.tiersChanged;
    this.flagsChanged = from.flagsChanged;
    copyList(from.countsWritten, this.countsWritten);
    copyList(from.lastTurnWritten, this.lastTurnWritten);
  }

  /** Plays on with other dice (simulations that must not follow the real game's). */
  reseed(rng: RngState): void {
    this.rng.reset(rng);
    this.rngReplaced = true;
  }

  /** Counts a key once more. */
  bump(slot: number): void {
    this.counts[slot] = (this.counts[slot] as number) + 1;
    this.countsWritten.push(slot);
  }

  setLastTurn(slot: number, turn: number): void {
    this.lastTurn[slot] = turn;
    this.lastTurnWritten.push(slot);
  }
}

/** A row of the same length as `from` (both packed under one layout), overwritten. */
function copyRow<T>(from: readonly T[], to: T[]): void {
  for (let i = 0; i < from.length; i++) to[i] = from[i] as T;
}

/** A list of any length, made equal to `from` (emptied by pops, which V8 inlines). */
function copyList<T>(from: readonly T[], to: T[]): void {
  while (to.length > from.length) to.pop();
  for (let i = 0; i < from.length; i++) to[i] = from[i] as T;
}

/**
 * Small integers: V8 keeps them unboxed, in an array of small integers. Not
 * shared with `doubles`: V8 remembers per array literal what its arrays
 * came to hold, and one literal for both made every count and mark row a
 * row of doubles.
 */
function filled(n: number, value: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(value);
  return out;
}

/** Born holding doubles (a fraction, then zeros), so that no write changes the array's kind. */
function doubles(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(0.5);
  out.fill(0);
  return out;
}

/** The indicators into their slots, in the vocabulary's order. */
function readIndicators(keys: readonly string[], ind: Indicators, out: number[]): void {
  for (let i = 0; i < keys.length; i++) out[i] = ind[keys[i] as string] as number;
}

/** An all-zero packed state per layout: copying its arrays beats filling new ones. */
const blanks = new WeakMap<Layout, Packed>();

function blankOf(layout: Layout): Packed {
  let blank = blanks.get(layout);
  if (!blank) {
    const none: GameState = {
      format: 1,
      scenario: { id: '', hash: '' },
      seed: '',
      rng: { c: 1, s0: 0, s1: 0, s2: 0 },
      turn: 0,
      step: 0,
      phase: 'actions',
      ind: {} as Indicators,
      tiers: {},
      flags: [],
      pending: [],
      lean: {},
      playedThisTurn: [],
      counts: {},
      lastTurn: {},
      ending: null,
    };
    blank = new Packed(layout, { state: none, otherFlags: [] });
    blanks.set(layout, blank);
  }
  return blank;
}

/** A packed copy of `state`, which is left untouched. */
/** Takes any compiled scenario: only its layout matters here. */
export function pack(
  cs: { readonly tables: { readonly layout: Layout } },
  state: GameState,
): Packed {
  const layout = cs.tables.layout;
  const otherFlags = state.flags.filter((f) => !layout.flagSlot.has(f));
  const p = new Packed(layout, { state, otherFlags }, blankOf(layout));
  p.rng.reset(state.rng);
  const v = layout.vocab;
  readIndicators(v.keys, state.ind, p.ind);
  const powers = v.powers;
  for (let s = 0; s < powers.length; s++) p.lean[s] = state.lean[powers[s] as PowerId] ?? 0;
  for (const power in state.tiers) {
    const s = v.powerSlot[power];
    if (s !== undefined) p.tiers[s] = tierRank(state.tiers[power] as TierId);
  }
  for (const f of state.flags) {
    const slot = layout.flagSlot.get(f);
    if (slot !== undefined) p.flags[slot] = 1;
  }
  for (const key in state.counts) {
    const slot = layout.countSlot.get(key);
    if (slot !== undefined) p.counts[slot] = state.counts[key] as number;
  }
  for (const key in state.lastTurn) {
    const slot = layout.countSlot.get(key);
    if (slot !== undefined) p.lastTurn[slot] = state.lastTurn[key] as number;
  }
  for (const id of state.playedThisTurn) {
    p.playedThisTurn.push(id);
    const i = layout.actionIndex.get(id);
    if (i !== undefined) p.played[i] = 1;
  }
  for (const id of state.pending) p.pending.push(id);
  if (state.hand) {
    for (const id of state.hand) {
      const i = layout.actionIndex.get(id);
      if (i !== undefined) p.dealt[i] = 1;
    }
    p.hand = [];
    for (let i = 0; i < p.dealt.length; i++) if (p.dealt[i] === 1) p.hand.push(i);
    p.handListed = state.hand;
  }
  p.turn = state.turn;
  p.step = state.step;
  p.phase = state.phase;
  p.ending = state.ending;
  return p;
}

/**
 * The indicators as a record, keys in the vocabulary's order. Each vocabulary
 * keeps a template of its keys: spreading it gives every record one shape
 * (V8 copies the template's map), and the writes that follow replace values
 * of existing properties instead of growing the object key by key. The
 * template is parsed from JSON: an object grown by computed keys turns into a
 * hash table past a dozen keys, and spreading one of those is several times
 * slower than copying the fast object the JSON parser builds.
 */
const templates = new WeakMap<readonly string[], Readonly<Record<string, number>>>();

function indicatorsOf(keys: readonly string[], ind: readonly number[]): Indicators {
  let template = templates.get(keys);
  if (!template) {
    const t: Record<string, number> = {};
    for (const k of keys) t[k] = 0.5;
    template = JSON.parse(JSON.stringify(t)) as Record<string, number>;
    templates.set(keys, template);
  }
  const out: Record<string, number> = { ...template };
  for (let i = 0; i < keys.length; i++) out[keys[i] as string] = ind[i] as number;
  return out as Indicators;
}

/** The leans by power, in the vocabulary's order. */
function leanOf(p: Packed): Record<PowerId, number> {
  const powers = p.layout.vocab.powers;
  const out: Record<PowerId, number> = {};
  for (let s = 0; s < powers.length; s++) out[powers[s] as PowerId] = p.lean[s] as number;
  return out;
}

/** The origin's record with the written slots' values: new keys last, in the order first written. */
function countsOf(
  p: Packed,
  values: readonly number[],
  origin: Readonly<Record<string, number>>,
  written: readonly number[],
): Readonly<Record<string, number>> {
  if (written.length === 0) return origin;
  const keys = p.layout.countKeys;
  const out: Record<string, number> = { ...origin };
  for (const slot of written) out[keys[slot] as string] = values[slot] as number;
  return out;
}

function tiersOf(p: Packed): Record<PowerId, TierId> {
  const out = {} as Record<PowerId, TierId>;
  const slot = p.layout.vocab.powerSlot;
  for (const power in p.origin.state.tiers) {
    const s = slot[power];
    out[power] =
      s === undefined
        ? (p.origin.state.tiers[power] as TierId)
        : (TIERS[p.tiers[s] as number] as TierId);
  }
  return out;
}

/** The flags set, sorted as states keep them (slots visited in their names' order). */
function flagsOf(p: Packed): string[] {
  const { flagNames, flagsSorted } = p.layout;
  const out: string[] = [];
  for (const slot of flagsSorted) if (p.flags[slot] === 1) out.push(flagNames[slot] as string);
  if (p.origin.otherFlags.length === 0) return out;
  return [...out, ...p.origin.otherFlags].sort();
}

/** The GameState a packed state stands for (a fresh object; the packed state can play on). */
export function unpack(p: Packed): GameState {
  const o = p.origin.state;
  const state: GameState = {
    format: o.format,
    scenario: o.scenario,
    seed: o.seed,
    // The same object when nothing was drawn: callers tell a step that drew chance by it.
    rng: p.rng.draws > 0 || p.rngReplaced ? p.rng.state() : o.rng,
    turn: p.turn,
    step: p.step,
    phase: p.phase,
    ind: indicatorsOf(p.layout.vocab.keys, p.ind),
    tiers: p.tiersChanged ? tiersOf(p) : o.tiers,
    flags: p.flagsChanged ? flagsOf(p) : o.flags,
    pending: p.pending.slice(),
    lean: leanOf(p),
    playedThisTurn: p.playedThisTurn.slice(),
    counts: countsRecord(p),
    lastTurn: lastTurnRecord(p),
    ending: p.ending,
  };
  return p.hand === null ? state : { ...state, hand: handIds(p) };
}

/** The hand's card ids, as states list them (none when every card is open). */
export function handIds(p: Packed): string[] {
  if (p.handListed) return p.handListed.slice();
  const ids = p.layout.actionIds;
  const hand = p.hand ?? [];
  const out: string[] = [];
  for (let k = 0; k < hand.length; k++) out.push(ids[hand[k] as number] as string);
  return out;
}

function countsRecord(p: Packed): Readonly<Record<string, number>> {
  const o = p.origin.state;
  return countsOf(p, p.counts, o.counts, p.countsWritten);
}

function lastTurnRecord(p: Packed): Readonly<Record<string, number>> {
  const o = p.origin.state;
  return countsOf(p, p.lastTurn, o.lastTurn, p.lastTurnWritten);
}

/** Links a simulated game's final state to its packed form, invisibly (a symbol, not enumerable). */
const SOURCE = Symbol('packed source');
type Linked = GameState & { readonly [SOURCE]: Packed };

/** Replaces the accessor with the plain data property it stands for, at the same place. */
function settle<K extends 'counts' | 'lastTurn'>(state: GameState, key: K, value: GameState[K]) {
  Object.defineProperty(state, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
  return value;
}

// One getter pair for every state (not closures per state): V8 then shares the states'
// shape, where per-state closures gave each state its own and kept young objects alive.
function lazyCounts(this: Linked) {
  return settle(this, 'counts', countsRecord(this[SOURCE]));
}

function lazyLastTurn(this: Linked) {
  return settle(this, 'lastTurn', lastTurnRecord(this[SOURCE]));
}

/**
 * `unpack` for the end of a simulated game, when the packed state will not
 * change again: the counts and cooldowns records (some sixty keys, in an
 * order each game makes its own, so V8 builds every one slowly) are built
 * only if read. Most simulated games are judged by indicators alone. Until
 * then they are enumerable getters at their place in the key order, so
 * JSON (text included), hashing, spreading and structuredClone see the same
 * plain records; the first read turns each into a data property.
 */
export function unpackFinal(p: Packed): GameState {
  const o = p.origin.state;
  const state = {
    format: o.format,
    scenario: o.scenario,
    seed: o.seed,
    rng: p.rng.draws > 0 || p.rngReplaced ? p.rng.state() : o.rng,
    turn: p.turn,
    step: p.step,
    phase: p.phase,
    ind: indicatorsOf(p.layout.vocab.keys, p.ind),
    tiers: p.tiersChanged ? tiersOf(p) : o.tiers,
    flags: p.flagsChanged ? flagsOf(p) : o.flags,
    pending: p.pending.slice(),
    lean: leanOf(p),
    playedThisTurn: p.playedThisTurn.slice(),
  };
  // Constant descriptors, one call each: V8 takes these on a fast path, where one
  // defineProperties call with a descriptor map built per state (for the link's
  // value) cost three times as much.
  Object.defineProperty(state, 'counts', LAZY_COUNTS);
  Object.defineProperty(state, 'lastTurn', LAZY_LAST_TURN);
  Object.defineProperty(state, SOURCE, LINK);
  const done = state as typeof state & { ending: Ending | null; [SOURCE]: Packed };
  done[SOURCE] = p;
  done.ending = p.ending;
  // Last, as in `unpack`: only games under a hand rule have one.
  if (p.hand !== null) (done as { hand?: string[] }).hand = handIds(p);
  return done as unknown as GameState;
}

const LAZY_COUNTS = { enumerable: true, configurable: true, get: lazyCounts } as const;
const LAZY_LAST_TURN = { enumerable: true, configurable: true, get: lazyLastTurn } as const;
/** The link: hidden (not enumerable), written once right after it is defined. */
const LINK = { value: null, writable: true, enumerable: false, configurable: false } as const;
