/**
 * One step of the rules on a packed state (packed.ts), written in place.
 * The rules read and change the state only through a Tx, so that when a
 * Recorder is attached (the public `apply`) every change of an indicator is
 * recorded with its source, and when none is (simulations) nothing is built
 * that nobody will read.
 */
import type { News } from './explain';
import { roundIndicator } from './indicators';
import type { Packed } from './packed';
import type { Recorder } from './record';
import type { SourceId } from './sources';

export class Tx {
  /** Written only by `simTx`, which points its one Tx at each simulated state in turn. */
  p: Packed;
  readonly rec: Recorder | null;

  constructor(p: Packed, rec: Recorder | null) {
    this.p = p;
    this.rec = rec;
  }

  /** An indicator's value by slot (the scenario's vocabulary, vocabulary.ts). */
  get(slot: number): number {
    return this.p.ind[slot] as number;
  }

  /**
   * Adds `delta` to an indicator, clamped to its range, unless what really
   * changes rounds to nothing; the recorder gets that change, rounded.
   */
  add(slot: number, delta: number, source: SourceId): void {
    if (delta === 0 || Number.isNaN(delta)) return;
    const p = this.p;
    const ind = p.ind;
    const from = ind[slot] as number;
    const min = p.min[slot] as number;
    const sum = from + delta;
    const to = roundIndicator(sum < min ? min : Math.min(sum, p.max[slot] as number));
    // The change in tenths rounds to zero exactly when it lies in [-0.5, 0.5)
    // (Math.round's zero): the test roundIndicator(to - from) === 0 without
    // its division, which only the recorder needs. Every add runs this.
    const tenths = (to - from) * 10;
    if (tenths >= -0.5 && tenths < 0.5) return;
    ind[slot] = to;
    if (this.rec) this.rec.cause(slot, source, Math.round(tenths) / 10);
  }

  /** Moves an indicator toward a target by a fraction of the gap. */
  pull(slot: number, target: number, fraction: number, source: SourceId): void {
    this.add(slot, (target - (this.p.ind[slot] as number)) * fraction, source);
  }

  addLean(power: number, amount: number): void {
    if (amount === 0) return;
    const lean = this.p.lean;
    lean[power] = roundIndicator((lean[power] as number) + amount);
  }

  resetTurnSignals(): void {
    const p = this.p;
    const lean = p.lean;
    for (let s = 0; s < lean.length; s++) lean[s] = 0;
    // Only the cards played this turn are marked: clearing the whole row is a few dozen
    // writes, cheaper than looking each played id up by name.
    const played = p.playedThisTurn;
    if (played.length === 0) return;
    const marks = p.played;
    for (let i = 0; i < marks.length; i++) marks[i] = 0;
    // Emptied by pops, which V8 inlines (setting `length` calls into the runtime).
    while (played.length > 0) played.pop();
  }

  markPlayed(index: number, id: string): void {
    this.p.played[index] = 1;
    this.p.playedThisTurn.push(id);
  }

  setTier(power: number, rank: number, source: SourceId): void {
    const from = this.p.tiers[power] as number;
    if (from === rank) return;
    this.p.tiers[power] = rank;
    this.p.tiersChanged = true;
    if (this.rec) this.rec.tier(this.p.layout.vocab.powers[power] as string, from, rank, source);
  }

  hasFlag(slot: number): boolean {
    return this.p.flags[slot] === 1;
  }

  setFlag(slot: number): void {
    if (this.p.flags[slot] === 1) return;
    this.p.flags[slot] = 1;
    this.p.flagsChanged = true;
    if (this.rec) this.rec.flagsSet.push(this.p.layout.flagNames[slot] as string);
  }

  clearFlag(slot: number): void {
    if (this.p.flags[slot] !== 1) return;
    this.p.flags[slot] = 0;
    this.p.flagsChanged = true;
    if (this.rec) this.rec.flagsCleared.push(this.p.layout.flagNames[slot] as string);
  }

  bump(slot: number): void {
    this.p.bump(slot);
  }

  enqueue(eventId: string): void {
    this.p.pending.push(eventId);
  }

  /**
   * Drops the answered event: moved down and popped rather than shifted, since
   * V8 shifts a short list by trimming its storage, and the next event queued
   * then grows a new one.
   */
  dequeue(): void {
    const pending = this.p.pending;
    if (pending.length === 0) return;
    for (let i = 1; i < pending.length; i++) pending[i - 1] = pending[i] as string;
    pending.pop();
  }

  say(item: News): void {
    if (this.rec) this.rec.news.push(item);
  }
}

/**
 * The Tx of a decision that records nothing (simulations), pointed at `p`:
 * one serves every such decision, where a Tx per decision was most of what a
 * simulated card play allocated. Safe because the rules finish with a Tx
 * before the next decision starts and never keep one.
 */
export function simTx(p: Packed): Tx {
  if (shared === null) shared = new Tx(p, null);
  else shared.p = p;
  return shared;
}

let shared: Tx | null = null;
