/**
 * One step's working copy of the state. Rules read and change it, every
 * change of an indicator is recorded with its source, and `finish` freezes
 * the result into the next state plus its explanation. Only the parts a step
 * touches are copied, so a step costs little however long the game.
 *
 * In owned mode (simulations only, see sim.ts and owned.ts) the Tx writes
 * straight into a state its caller owns and records no explanation: the same rules run on
 * the same numbers, so the states are identical, without the copies and the
 * records that thousands of rollouts cannot afford.
 */
import type { Cause, Change, Explanation, News, TierChange } from './explain';
import {
  clampIndicator,
  INDICATOR_KEYS,
  type IndicatorKey,
  type PowerId,
  roundIndicator,
  type TierId,
} from './indicators';
import type { OwnedTables } from './owned';
import { RngCursor } from './rng';
import type { Ending, GameState, Phase } from './state';
import type { View } from './view';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Never written: every push is guarded by `owned`. */
const NOTHING: never[] = Object.freeze([]) as never[];

export class Tx implements View {
  readonly ind: Record<IndicatorKey, number>;
  tiers: Record<PowerId, TierId>;
  lean: Record<PowerId, number>;
  turn: number;
  phase: Phase;
  pending: string[];
  playedThisTurn: string[];
  ending: Ending | null;
  readonly rng: RngCursor;
  // Owned steps record nothing, so they share one empty list instead of allocating.
  readonly news: News[];
  readonly tierChanges: TierChange[];
  private readonly base: GameState;
  private readonly causes: Map<IndicatorKey, Cause[]> | null;
  private readonly owned: boolean;
  private readonly tables: OwnedTables | null;
  private flags: string[];
  private readonly flagsSet: string[];
  private readonly flagsCleared: string[];
  private counts: Record<string, number> | null = null;
  private lastTurn: Record<string, number> | null = null;
  private readonly step: number;

  constructor(state: GameState, step: number, tables: OwnedTables | null = null) {
    const owned = tables !== null;
    this.base = state;
    this.step = step;
    this.owned = owned;
    this.tables = tables;
    this.causes = owned ? null : new Map();
    this.news = owned ? NOTHING : [];
    this.tierChanges = owned ? NOTHING : [];
    this.flagsSet = owned ? NOTHING : [];
    this.flagsCleared = owned ? NOTHING : [];
    this.ind = owned ? (state.ind as Record<IndicatorKey, number>) : { ...state.ind };
    this.tiers = state.tiers as Record<PowerId, TierId>;
    this.lean = state.lean as Record<PowerId, number>;
    this.turn = state.turn;
    this.phase = state.phase;
    this.pending = state.pending as string[];
    this.playedThisTurn = state.playedThisTurn as string[];
    this.flags = state.flags as string[];
    this.ending = state.ending;
    this.rng = new RngCursor(state.rng);
  }

  /** Adds `delta` to an indicator, clamped to its range; returns what really changed. */
  add(key: IndicatorKey, delta: number, source: string): number {
    if (delta === 0 || Number.isNaN(delta)) return 0;
    const from = this.ind[key];
    const to = roundIndicator(clampIndicator(key, from + delta));
    const applied = roundIndicator(to - from);
    if (applied === 0) return 0;
    this.ind[key] = to;
    if (!this.causes) return applied;
    let list = this.causes.get(key);
    if (!list) {
      list = [];
      this.causes.set(key, list);
    }
    list.push({ source, delta: applied });
    return applied;
  }

  /** Moves an indicator toward a target by a fraction of the gap. */
  pull(key: IndicatorKey, target: number, fraction: number, source: string): number {
    return this.add(key, (target - this.ind[key]) * fraction, source);
  }

  addLean(power: PowerId, amount: number): void {
    if (amount === 0) return;
    if (this.lean === this.base.lean) this.lean = { ...this.lean };
    this.lean[power] = roundIndicator(this.lean[power] + amount);
  }

  resetTurnSignals(): void {
    this.lean = { cn: 0, us: 0, jp: 0 };
    this.playedThisTurn = [];
  }

  markPlayed(action: string): void {
    this.playedThisTurn = [...this.playedThisTurn, action];
  }

  setTier(power: PowerId, tier: TierId, source: string): void {
    const from = this.tiers[power];
    if (from === tier) return;
    if (this.tiers === this.base.tiers) this.tiers = { ...this.tiers };
    this.tiers[power] = tier;
    if (!this.owned) this.tierChanges.push({ power, from, to: tier, source });
  }

  hasFlag(flag: string): boolean {
    return this.flags.includes(flag);
  }

  setFlag(flag: string): void {
    if (this.hasFlag(flag)) return;
    this.flags = [...this.flags, flag].sort();
    if (!this.owned) this.flagsSet.push(flag);
  }

  clearFlag(flag: string): void {
    if (!this.hasFlag(flag)) return;
    this.flags = this.flags.filter((f) => f !== flag);
    if (!this.owned) this.flagsCleared.push(flag);
  }

  count(key: string): number {
    if (this.tables) return this.tables.counts.get(key) ?? 0;
    return (this.counts ?? this.base.counts)[key] ?? 0;
  }

  bump(key: string): void {
    if (this.tables) {
      this.tables.counts.set(key, (this.tables.counts.get(key) ?? 0) + 1);
      this.tables.countsRecord = null;
      return;
    }
    if (!this.counts) this.counts = { ...this.base.counts };
    this.counts[key] = (this.counts[key] ?? 0) + 1;
  }

  lastTurnOf(key: string): number | undefined {
    if (this.tables) return this.tables.lastTurn.get(key);
    return (this.lastTurn ?? this.base.lastTurn)[key];
  }

  setLastTurn(key: string, turn: number): void {
    if (this.tables) {
      this.tables.lastTurn.set(key, turn);
      this.tables.lastTurnRecord = null;
      return;
    }
    if (!this.lastTurn) this.lastTurn = { ...this.base.lastTurn };
    this.lastTurn[key] = turn;
  }

  enqueue(eventId: string): void {
    this.pending = [...this.pending, eventId];
  }

  dequeue(): void {
    this.pending = this.pending.slice(1);
  }

  /** False in owned mode: callers skip building news nobody will read. */
  get recording(): boolean {
    return !this.owned;
  }

  say(item: News): void {
    if (!this.owned) this.news.push(item);
  }

  /** Owned mode: write the step's results into the caller's state. */
  finishOwned(): void {
    const s = this.base as Mutable<GameState>;
    if (this.rng.draws > 0) s.rng = this.rng.state();
    s.turn = this.turn;
    s.step = this.step;
    s.phase = this.phase;
    s.tiers = this.tiers;
    s.flags = this.flags;
    s.pending = this.pending;
    s.lean = this.lean;
    s.playedThisTurn = this.playedThisTurn;
    s.ending = this.ending;
  }

  finish(): { state: GameState; explanation: Explanation } {
    const changes: Change[] = [];
    for (const key of INDICATOR_KEYS) {
      const causes = this.causes?.get(key);
      if (!causes) continue;
      const from = this.base.ind[key];
      const to = this.ind[key];
      if (from === to) continue;
      changes.push({ indicator: key, from, to, delta: roundIndicator(to - from), causes });
    }
    const state: GameState = {
      format: this.base.format,
      scenario: this.base.scenario,
      seed: this.base.seed,
      rng: this.rng.draws > 0 ? this.rng.state() : this.base.rng,
      turn: this.turn,
      step: this.step,
      phase: this.phase,
      ind: this.ind,
      tiers: this.tiers,
      flags: this.flags,
      pending: this.pending,
      lean: this.lean,
      playedThisTurn: this.playedThisTurn,
      counts: this.counts ?? this.base.counts,
      lastTurn: this.lastTurn ?? this.base.lastTurn,
      ending: this.ending,
    };
    return {
      state,
      explanation: {
        step: this.step,
        turn: this.base.turn,
        changes,
        tiers: this.tierChanges,
        flagsSet: this.flagsSet,
        flagsCleared: this.flagsCleared,
        news: this.news,
        ending: this.ending,
      },
    };
  }
}
