/**
 * Side tables of a simulation's owned state (see sim.ts). Counts and
 * cooldowns are records keyed by strings that turn up in any order: as
 * plain objects every game gets its own shape and V8 looks them up and
 * copies them slowly (tens of microseconds for a year's worth of keys).
 * While a simulation runs they live in Maps instead, and the state exposes
 * them as records through getters, so any reader (JSON.stringify, hashing,
 * structuredClone, spreading) still sees plain data.
 */
import type { GameState } from './state';

export interface OwnedTables {
  readonly counts: Map<string, number>;
  readonly lastTurn: Map<string, number>;
  /** The records last read through the getters; cleared by every write (see Tx). */
  countsRecord: Readonly<Record<string, number>> | null;
  lastTurnRecord: Readonly<Record<string, number>> | null;
}

const tables = new WeakMap<GameState, OwnedTables>();

export function ownedTables(state: GameState): OwnedTables | undefined {
  return tables.get(state);
}

function entriesOf(record: Readonly<Record<string, number>>): Map<string, number> {
  const map = new Map<string, number>();
  for (const k in record) map.set(k, record[k] as number);
  return map;
}

/**
 * A copy the caller owns: fresh indicators and tables; the arrays and small
 * records that rules replace rather than mutate are shared.
 */
export function ownedCopy(state: GameState): GameState {
  const source = tables.get(state);
  const own: OwnedTables = {
    counts: source ? new Map(source.counts) : entriesOf(state.counts),
    lastTurn: source ? new Map(source.lastTurn) : entriesOf(state.lastTurn),
    countsRecord: null,
    lastTurnRecord: null,
  };
  const copy: GameState = {
    format: state.format,
    scenario: state.scenario,
    seed: state.seed,
    rng: state.rng,
    turn: state.turn,
    step: state.step,
    phase: state.phase,
    ind: { ...state.ind },
    tiers: state.tiers,
    flags: state.flags,
    pending: state.pending,
    lean: state.lean,
    playedThisTurn: state.playedThisTurn,
    // Built only when read, and once: most simulated games are judged by indicators alone.
    get counts() {
      own.countsRecord ??= Object.fromEntries(own.counts);
      return own.countsRecord;
    },
    get lastTurn() {
      own.lastTurnRecord ??= Object.fromEntries(own.lastTurn);
      return own.lastTurnRecord;
    },
    ending: state.ending,
  };
  tables.set(copy, own);
  return copy;
}

/** How often `key` has happened, wherever the state keeps its counts. */
export function countOf(state: GameState, key: string): number {
  const own = tables.get(state);
  return (own ? own.counts.get(key) : state.counts[key]) ?? 0;
}
