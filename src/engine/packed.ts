/**
 * The packed state: what a GameState holds, laid out in typed arrays by the
 * slots its scenario's tables fix (tables.ts), so the rules index numbers
 * instead of looking up strings. The rules only ever run on a packed state;
 * `apply` packs its input and unpacks its result, simulations (sim.ts) pack
 * once and play whole games in place.
 *
 * `unpack` gives exactly the GameState the record-based engine gave: the
 * same values, and the same key order in every record (counts list keys in
 * the order they first appeared), so even the JSON text is unchanged.
 */
import type { CompiledScenario } from './compile';
import {
  IND,
  INDICATOR_COUNT,
  INDICATOR_KEYS,
  type IndicatorKey,
  POWER_SLOT,
  type PowerId,
  TIERS,
  type TierId,
  tierRank,
} from './indicators';
import { RngCursor, type RngState } from './rng';
import type { Ending, GameState, Indicators, Phase } from './state';
import type { Layout } from './tables';

/** The parts of the state a packed state was made from that unpacking keeps or extends. */
interface Origin {
  readonly state: Pick<
    GameState,
    'format' | 'scenario' | 'seed' | 'rng' | 'tiers' | 'flags' | 'counts' | 'lastTurn'
  >;
  /** Flags the scenario never names (only a hand-written state has them): kept as they are. */
  readonly otherFlags: readonly string[];
  /** 1 for each count (cooldown) slot whose key the state's record has; null when it has none. */
  readonly hasCount: readonly number[] | null;
  readonly hasLastTurn: readonly number[] | null;
}

/**
 * Plain arrays rather than typed ones: indexing them is as fast, and copying
 * one (every rollout copies a state) stays on the JS heap, where a typed
 * array's buffer costs a native allocation each time.
 */
export class Packed {
  readonly ind: number[];
  /** By power slot (cn, us, jp). */
  readonly lean: number[];
  /** Tier ranks by power slot. */
  readonly tiers: number[];
  /** 1 where the flag in that slot is set. */
  readonly flags: number[];
  readonly counts: number[];
  /** The turn each count slot's reaction last happened, -1 for never. */
  readonly lastTurn: number[];
  /** 1 for each action (by its index in scenario.actions) played this turn. */
  readonly played: number[];
  /** The same, as the ids the state lists, in the order played. */
  readonly playedThisTurn: string[];
  readonly pending: string[];
  readonly rng: RngCursor;
  turn: number;
  step: number;
  phase: Phase;
  ending: Ending | null;
  /** The dice were replaced (`reseed`): the state's rng is no longer its origin's. */
  rngReplaced = false;
  tiersChanged = false;
  flagsChanged = false;
  countsChanged = false;
  lastTurnChanged = false;
  /** Count and cooldown slots whose key the origin did not have, in the order they appeared. */
  readonly newCounts: number[];
  readonly newLastTurns: number[];
  readonly layout: Layout;
  readonly origin: Origin;

  constructor(layout: Layout, origin: Origin, from?: Packed) {
    this.layout = layout;
    this.origin = origin;
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
      this.rng = new RngCursor(from.rng.state());
      this.rngReplaced = from.rngReplaced || from.rng.draws > 0;
      this.turn = from.turn;
      this.step = from.step;
      this.phase = from.phase;
      this.ending = from.ending;
      this.tiersChanged = from.tiersChanged;
      this.flagsChanged = from.flagsChanged;
      this.countsChanged = from.countsChanged;
      this.lastTurnChanged = from.lastTurnChanged;
      this.newCounts = from.newCounts.slice();
      this.newLastTurns = from.newLastTurns.slice();
      return;
    }
    this.ind = doubles(INDICATOR_COUNT);
    this.lean = doubles(3);
    this.tiers = filled(3, 0);
    this.flags = filled(layout.flagNames.length, 0);
    this.counts = filled(layout.countKeys.length, 0);
    this.lastTurn = filled(layout.countKeys.length, -1);
    this.played = filled(layout.actionIds.length, 0);
    this.playedThisTurn = [];
    this.pending = [];
    this.rng = new RngCursor(origin.state.rng);
    this.turn = 0;
    this.step = 0;
    this.phase = 'actions';
    this.ending = null;
    this.newCounts = [];
    this.newLastTurns = [];
  }

  /** A copy to play on; this one stays as it is. */
  clone(): Packed {
    return new Packed(this.layout, this.origin, this);
  }

  /** Plays on with other dice (simulations that must not follow the real game's). */
  reseed(rng: RngState): void {
    this.rng.reset(rng);
    this.rngReplaced = true;
  }

  /** Counts a key once more (a slot the origin lacked joins its record at the end). */
  bump(slot: number): void {
    const n = this.counts[slot] as number;
    if (n === 0 && this.origin.hasCount?.[slot] !== 1) this.newCounts.push(slot);
    this.counts[slot] = n + 1;
    this.countsChanged = true;
  }

  setLastTurn(slot: number, turn: number): void {
    if (this.lastTurn[slot] === -1 && this.origin.hasLastTurn?.[slot] !== 1)
      this.newLastTurns.push(slot);
    this.lastTurn[slot] = turn;
    this.lastTurnChanged = true;
  }
}

/** Small integers: V8 keeps them unboxed. */
function filled(n: number, value: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(value);
  return out;
}

/** Born holding doubles (a fraction, then zeros), so that no write changes the array's kind. */
function doubles(n: number): number[] {
  const out = filled(n, 0.5);
  out.fill(0);
  return out;
}

function keysPresent(layout: Layout, record: Readonly<Record<string, number>>): number[] | null {
  let present: number[] | null = null;
  for (const key in record) {
    const slot = layout.countSlot.get(key);
    if (slot === undefined) continue;
    present ??= filled(layout.countKeys.length, 0);
    present[slot] = 1;
  }
  return present;
}

/** A packed copy of `state`, which is left untouched. */
export function pack(cs: CompiledScenario, state: GameState): Packed {
  const layout = cs.tables.layout;
  const otherFlags = state.flags.filter((f) => !layout.flagSlot.has(f));
  const hasCount = keysPresent(layout, state.counts);
  const hasLastTurn = keysPresent(layout, state.lastTurn);
  const p = new Packed(layout, { state, otherFlags, hasCount, hasLastTurn });
  const ind = state.ind;
  for (let i = 0; i < INDICATOR_COUNT; i++) p.ind[i] = ind[INDICATOR_KEYS[i] as IndicatorKey];
  p.lean[0] = state.lean.cn;
  p.lean[1] = state.lean.us;
  p.lean[2] = state.lean.jp;
  for (const power in state.tiers)
    p.tiers[POWER_SLOT[power as PowerId]] = tierRank(state.tiers[power as PowerId]);
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
  p.turn = state.turn;
  p.step = state.step;
  p.phase = state.phase;
  p.ending = state.ending;
  return p;
}

const at = (ind: readonly number[], slot: number) => ind[slot] as number;

/**
 * Written out as one literal, in the order of INDICATOR_KEYS (checked below):
 * V8 builds it from a template, several times faster than 27 keyed writes.
 */
function indicatorsOf(ind: readonly number[]): Indicators {
  return {
    'relations.cn': at(ind, IND['relations.cn']),
    'relations.us': at(ind, IND['relations.us']),
    'relations.jp': at(ind, IND['relations.jp']),
    'suspicion.cn': at(ind, IND['suspicion.cn']),
    'suspicion.us': at(ind, IND['suspicion.us']),
    'suspicion.jp': at(ind, IND['suspicion.jp']),
    'patience.cn': at(ind, IND['patience.cn']),
    'patience.us': at(ind, IND['patience.us']),
    'patience.jp': at(ind, IND['patience.jp']),
    'autonomy.drift': at(ind, IND['autonomy.drift']),
    'economy.growth': at(ind, IND['economy.growth']),
    'economy.tradeDependence': at(ind, IND['economy.tradeDependence']),
    'economy.usAccess': at(ind, IND['economy.usAccess']),
    'economy.investment.cn': at(ind, IND['economy.investment.cn']),
    'economy.investment.us': at(ind, IND['economy.investment.us']),
    'economy.investment.jp': at(ind, IND['economy.investment.jp']),
    'economy.infrastructure': at(ind, IND['economy.infrastructure']),
    'economy.rareEarths': at(ind, IND['economy.rareEarths']),
    'sea.tension': at(ind, IND['sea.tension']),
    'sea.incidents': at(ind, IND['sea.incidents']),
    'sea.incidentsTotal': at(ind, IND['sea.incidentsTotal']),
    'sea.presence': at(ind, IND['sea.presence']),
    'sea.standing': at(ind, IND['sea.standing']),
    'home.mood': at(ind, IND['home.mood']),
    'home.nationalism': at(ind, IND['home.nationalism']),
    'home.legitimacy': at(ind, IND['home.legitimacy']),
    'home.capital': at(ind, IND['home.capital']),
  };
}

if (Object.keys(indicatorsOf(doubles(INDICATOR_COUNT))).join() !== INDICATOR_KEYS.join())
  throw new Error(
    'packed.ts: indicatorsOf must list the indicators in the order of INDICATOR_KEYS',
  );

function countsOf(
  p: Packed,
  values: readonly number[],
  origin: Readonly<Record<string, number>>,
  added: readonly number[],
): Record<string, number> {
  const { countSlot, countKeys } = p.layout;
  const out: Record<string, number> = {};
  for (const key in origin) {
    const slot = countSlot.get(key);
    out[key] = slot === undefined ? (origin[key] as number) : (values[slot] as number);
  }
  for (const slot of added) out[countKeys[slot] as string] = values[slot] as number;
  return out;
}

function tiersOf(p: Packed): Record<PowerId, TierId> {
  const out = {} as Record<PowerId, TierId>;
  for (const power in p.origin.state.tiers)
    out[power as PowerId] = TIERS[p.tiers[POWER_SLOT[power as PowerId]] as number] as TierId;
  return out;
}

function flagsOf(p: Packed): string[] {
  const out = [...p.origin.otherFlags];
  const names = p.layout.flagNames;
  for (let i = 0; i < names.length; i++) if (p.flags[i] === 1) out.push(names[i] as string);
  return out.sort();
}

/** The GameState a packed state stands for (a fresh object; the packed state can play on). */
export function unpack(p: Packed): GameState {
  const o = p.origin.state;
  return {
    format: o.format,
    scenario: o.scenario,
    seed: o.seed,
    // The same object when nothing was drawn: callers tell a step that drew chance by it.
    rng: p.rng.draws > 0 || p.rngReplaced ? p.rng.state() : o.rng,
    turn: p.turn,
    step: p.step,
    phase: p.phase,
    ind: indicatorsOf(p.ind),
    tiers: p.tiersChanged ? tiersOf(p) : o.tiers,
    flags: p.flagsChanged ? flagsOf(p) : o.flags,
    pending: p.pending.slice(),
    lean: { cn: p.lean[0] as number, us: p.lean[1] as number, jp: p.lean[2] as number },
    playedThisTurn: p.playedThisTurn.slice(),
    counts: countsRecord(p),
    lastTurn: lastTurnRecord(p),
    ending: p.ending,
  };
}

function countsRecord(p: Packed): Readonly<Record<string, number>> {
  const o = p.origin.state;
  return p.countsChanged ? countsOf(p, p.counts, o.counts, p.newCounts) : o.counts;
}

function lastTurnRecord(p: Packed): Readonly<Record<string, number>> {
  const o = p.origin.state;
  return p.lastTurnChanged ? countsOf(p, p.lastTurn, o.lastTurn, p.newLastTurns) : o.lastTurn;
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
    ind: indicatorsOf(p.ind),
    tiers: p.tiersChanged ? tiersOf(p) : o.tiers,
    flags: p.flagsChanged ? flagsOf(p) : o.flags,
    pending: p.pending.slice(),
    lean: { cn: p.lean[0] as number, us: p.lean[1] as number, jp: p.lean[2] as number },
    playedThisTurn: p.playedThisTurn.slice(),
  };
  const lazy = { enumerable: true, configurable: true };
  Object.defineProperty(state, 'counts', { ...lazy, get: lazyCounts });
  Object.defineProperty(state, 'lastTurn', { ...lazy, get: lazyLastTurn });
  Object.defineProperty(state, SOURCE, { value: p });
  return Object.assign(state, { ending: p.ending }) as unknown as GameState;
}
