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
}

export class Packed {
  readonly ind: Float64Array;
  /** By power slot (cn, us, jp). */
  readonly lean: Float64Array;
  /** Tier ranks by power slot. */
  readonly tiers: Int8Array;
  /** 1 where the flag in that slot is set. */
  readonly flags: Uint8Array;
  readonly counts: Int32Array;
  /** The turn each count slot's reaction last happened, -1 for never. */
  readonly lastTurn: Int32Array;
  /** 1 for each action (by its index in scenario.actions) played this turn. */
  readonly played: Uint8Array;
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
    this.ind = new Float64Array(INDICATOR_COUNT);
    this.lean = new Float64Array(3);
    this.tiers = new Int8Array(3);
    this.flags = new Uint8Array(layout.flagNames.length);
    this.counts = new Int32Array(layout.countKeys.length);
    this.lastTurn = new Int32Array(layout.countKeys.length).fill(-1);
    this.played = new Uint8Array(layout.actionIds.length);
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
    if (n === 0 && !Object.hasOwn(this.origin.state.counts, this.layout.countKeys[slot] as string))
      this.newCounts.push(slot);
    this.counts[slot] = n + 1;
    this.countsChanged = true;
  }

  setLastTurn(slot: number, turn: number): void {
    if (
      this.lastTurn[slot] === -1 &&
      !Object.hasOwn(this.origin.state.lastTurn, this.layout.countKeys[slot] as string)
    )
      this.newLastTurns.push(slot);
    this.lastTurn[slot] = turn;
    this.lastTurnChanged = true;
  }
}

/** A packed copy of `state`, which is left untouched. */
export function pack(cs: CompiledScenario, state: GameState): Packed {
  const layout = cs.tables.layout;
  const otherFlags = state.flags.filter((f) => !layout.flagSlot.has(f));
  const p = new Packed(layout, { state, otherFlags });
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

function indicatorsOf(ind: Float64Array): Indicators {
  const out = {} as Record<IndicatorKey, number>;
  for (let i = 0; i < INDICATOR_COUNT; i++)
    out[INDICATOR_KEYS[i] as IndicatorKey] = ind[i] as number;
  return out;
}

function countsOf(
  p: Packed,
  values: Int32Array,
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
    counts: p.countsChanged ? countsOf(p, p.counts, o.counts, p.newCounts) : o.counts,
    lastTurn: p.lastTurnChanged ? countsOf(p, p.lastTurn, o.lastTurn, p.newLastTurns) : o.lastTurn,
    ending: p.ending,
  };
}
