/**
 * What an `apply` did and why: the single record that feeds the screens, the
 * debrief, the replay viewer, the command line and the tests.
 */
import type { IndicatorKey, PowerId, TierId } from './indicators';
import type { Ending } from './state';

/**
 * Where a change came from: `action:<id>`, `choice:<event>/<choice>`,
 * `event:<id>`, `random:<id>`, `reaction:<power>/<id>`, `risk:<id>`, or
 * `rule:<name>` for the year's own dynamics.
 */
export interface Cause {
  readonly source: string;
  readonly delta: number;
}

export interface Change {
  readonly indicator: IndicatorKey;
  readonly from: number;
  readonly to: number;
  readonly delta: number;
  readonly causes: readonly Cause[];
}

export interface TierChange {
  readonly power: PowerId;
  readonly from: TierId;
  readonly to: TierId;
  readonly source: string;
}

export type NewsKind =
  | 'turn'
  | 'event'
  | 'random'
  | 'choice'
  | 'action'
  | 'risk'
  | 'reaction'
  | 'incident'
  | 'end';

export interface News {
  readonly kind: NewsKind;
  readonly source: string;
  readonly text: string;
  readonly power?: PowerId;
  readonly reactionKind?: string;
  /** How many, for news that counts (incidents at sea): screens word it in the player's language. */
  readonly count?: number;
  readonly place?: { readonly name: string; readonly lon: number; readonly lat: number };
}

export interface Explanation {
  /** The step this explains: 0 for the opening of the game, then 1, 2, … */
  readonly step: number;
  /** Turn index when the step began. */
  readonly turn: number;
  readonly changes: readonly Change[];
  readonly tiers: readonly TierChange[];
  readonly flagsSet: readonly string[];
  readonly flagsCleared: readonly string[];
  readonly news: readonly News[];
  readonly ending: Ending | null;
}
