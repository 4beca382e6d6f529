/**
 * What the public `apply` records while the rules run on a packed state:
 * each indicator change with its causes, tier changes, flags and news, put
 * together into the step's Explanation at the end.
 */
import type { Cause, Change, Explanation, News, TierChange } from './explain';
import { type PowerId, roundIndicator, TIERS, type TierId } from './indicators';
import type { Packed } from './packed';
import type { SourceId } from './sources';
import type { Indicators } from './state';

export class Recorder {
  readonly news: News[] = [];
  readonly tierChanges: TierChange[] = [];
  readonly flagsSet: string[] = [];
  readonly flagsCleared: string[] = [];
  private readonly causes: (Cause[] | undefined)[] = [];
  /** The indicators before the step, and the turn it began in. */
  private readonly from: Indicators;
  private readonly turn: number;

  constructor(from: Indicators, turn: number) {
    this.from = from;
    this.turn = turn;
  }

  cause(slot: number, source: SourceId, delta: number): void {
    let list = this.causes[slot];
    if (!list) {
      list = [];
      this.causes[slot] = list;
    }
    list.push({ source, delta });
  }

  tier(power: PowerId, from: number, to: number, source: SourceId): void {
    this.tierChanges.push({
      power,
      from: TIERS[from] as TierId,
      to: TIERS[to] as TierId,
      source,
    });
  }

  explain(p: Packed): Explanation {
    const changes: Change[] = [];
    const keys = p.layout.vocab.keys;
    for (let i = 0; i < keys.length; i++) {
      const causes = this.causes[i];
      if (!causes) continue;
      const indicator = keys[i] as string;
      const from = this.from[indicator] as number;
      const to = p.ind[i] as number;
      if (from === to) continue;
      changes.push({ indicator, from, to, delta: roundIndicator(to - from), causes });
    }
    return {
      step: p.step,
      turn: this.turn,
      changes,
      tiers: this.tierChanges,
      flagsSet: this.flagsSet,
      flagsCleared: this.flagsCleared,
      news: this.news,
      ending: p.ending,
    };
  }
}
