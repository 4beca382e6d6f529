/**
 * The game state: plain JSON (no classes, Maps or functions) so that it can be
 * saved, hashed, sent to a Worker and replayed.
 */
import type { IndicatorKey, PowerId, RuleIndicatorKey, TierId } from './indicators';
import type { RngState } from './rng';

export const STATE_FORMAT = 1;

export type Phase = 'event' | 'actions' | 'over';

/** Every indicator of the scenario's vocabulary; the rules' own single ones are always there. */
export type Indicators = Readonly<Record<RuleIndicatorKey, number> & Record<IndicatorKey, number>>;
export type PerPower<T> = Readonly<Record<PowerId, T>>;

export interface GameState {
  readonly format: typeof STATE_FORMAT;
  readonly scenario: { readonly id: string; readonly hash: string };
  readonly seed: string;
  readonly rng: RngState;
  /** Index into the scenario's calendar. */
  readonly turn: number;
  /** Decisions applied so far (the length of the replay's action list). */
  readonly step: number;
  readonly phase: Phase;
  readonly ind: Indicators;
  readonly tiers: PerPower<TierId>;
  /** Sorted, so that equal sets hash equally. */
  readonly flags: readonly string[];
  /** Events waiting for the player's choice, answered in order. */
  readonly pending: readonly string[];
  /** Lean signalled this turn by the player's decisions, per power. */
  readonly lean: PerPower<number>;
  /** Actions played this turn. */
  readonly playedThisTurn: readonly string[];
  /** How often each action, event, choice and reaction has happened ("action:x", "event:y"). */
  readonly counts: Readonly<Record<string, number>>;
  /** The turn each card, reaction and resting random event last happened, for cooldowns. */
  readonly lastTurn: Readonly<Record<string, number>>;
  readonly ending: Ending | null;
  /** The cards dealt this turn, in card order; only under a hand rule (`rules.cards.hand`). */
  readonly hand?: readonly string[];
}

/**
 * How a year can end. A collapse ends it early: a rupture with one power
 * (`rupture-<power>`, one per power of the scenario), or one of the fixed
 * ones below. A full year ends in one of FULL_YEAR_OUTCOMES, or in the orbit
 * of one side of the drift axis (the ruleset names those: rules.drift.orbits).
 */
export const FIXED_COLLAPSES = [
  'armed-clash',
  'unrest',
  'economic-crisis',
  'satellite',
  'frontline',
] as const;
export const FULL_YEAR_OUTCOMES = ['master', 'survivor', 'isolated'] as const;
export type CollapseId = string;
export type OutcomeId = string;

/** Whether an outcome id names a rupture, and with which power. */
export function ruptureOf(outcome: string): PowerId | null {
  return outcome.startsWith('rupture-') ? outcome.slice('rupture-'.length) : null;
}

export interface ScoreBreakdown {
  readonly total: number;
  readonly weakestLink: number;
  readonly relations: number;
  readonly growth: number;
  readonly sovereignty: number;
  readonly stability: number;
  readonly autonomy: number;
  readonly collapsePenalty: number;
}

export interface Ending {
  readonly outcome: OutcomeId;
  readonly collapse: boolean;
  readonly turn: number;
  readonly score: ScoreBreakdown;
}

/** A player's decision: the only thing a replay records. */
export type GameAction =
  | { readonly type: 'choose'; readonly event: string; readonly choice: string }
  | { readonly type: 'play'; readonly action: string }
  | { readonly type: 'end-turn' };
