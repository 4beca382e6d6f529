/**
 * What an `apply` did and why: the single record that feeds the screens, the
 * debrief, the replay viewer, the command line and the tests.
 */
import type { IndicatorKey, PowerId, TierId } from './indicators';
import type { Place } from './scenario';
import type { SourceId } from './sources';
import type { Ending, OutcomeId } from './state';

/**
 * Where a change came from: `action:<id>`, `choice:<event>/<choice>`,
 * `event:<id>`, `random:<id>`, `reaction:<power>/<id>`, `risk:<id>`, or
 * `rule:<name>` for the year's own dynamics.
 */
export interface Cause {
  readonly source: SourceId;
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
  readonly source: SourceId;
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
  | 'postponed'
  | 'called-off'
  | 'end';

/**
 * A news item carries ids and values; the screens put them into words. `text`
 * is the scenario's own text for the item (a title, a label, a reaction), in
 * the scenario's language; the engine's own items have none and say what
 * happened by `outcome` or `count` instead.
 */
export interface News {
  readonly kind: NewsKind;
  readonly source: SourceId;
  readonly text?: string;
  /** For `end`: how the game ended. */
  readonly outcome?: OutcomeId;
  /** For `postponed`: the turn index the event is put off to. */
  readonly toTurn?: number;
  /** For `incident`: how many incidents. */
  readonly count?: number;
  readonly power?: PowerId;
  readonly reactionKind?: string;
  readonly place?: Place;
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
