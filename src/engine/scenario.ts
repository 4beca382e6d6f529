/**
 * The scenario as the engine reads it: plain TypeScript types, owned here so
 * the rules depend on nothing above them. The file format's validator
 * (src/scenario/schema.ts) is checked against these types at compile time and
 * turns untrusted JSON into them; the engine never sees unchecked input.
 */
import type { IndicatorDef, IndicatorKey, PowerId, TierId } from './indicators';

export type IndicatorNumbers = Partial<Record<IndicatorKey, number>>;
export type PowerNumbers = Partial<Record<PowerId, number>>;

/** A number computed from the state: base + sum(per[indicator] * value). */
export interface Formula {
  readonly base: number;
  readonly per?: IndicatorNumbers;
}

/** Every listed test must hold; `any` holds when one of its conditions does. */
export interface Condition {
  readonly min?: Partial<Record<string, number>>;
  readonly max?: Partial<Record<string, number>>;
  readonly flags?: readonly string[];
  readonly notFlags?: readonly string[];
  readonly tierAtLeast?: Partial<Record<string, string>>;
  readonly tierBelow?: Partial<Record<string, string>>;
  readonly fromTurn?: string;
  readonly toTurn?: string;
  readonly leanAtLeast?: Partial<Record<string, number>>;
  readonly leanBelow?: Partial<Record<string, number>>;
  readonly played?: readonly string[];
  readonly notPlayed?: readonly string[];
  readonly playedThisTurn?: readonly string[];
  readonly any?: readonly Condition[];
}

export interface Risk {
  readonly id: string;
  readonly text: string;
  /** A probability, fixed or computed from the state; clamped to 0..1. */
  readonly chance: number | Formula;
  readonly delta?: IndicatorNumbers;
  readonly lean?: PowerNumbers;
  readonly setFlags?: readonly string[];
}

export interface Outcome {
  readonly delta?: IndicatorNumbers;
  /** How far this signals a lean toward each power: feeds suspicion, drift and reactions. */
  readonly lean?: PowerNumbers;
  readonly tier?: Partial<Record<PowerId, TierId>>;
  readonly setFlags?: readonly string[];
  readonly clearFlags?: readonly string[];
  readonly risks?: readonly Risk[];
  readonly news?: string;
}

export interface Source {
  readonly publication: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as the evidence. */
  readonly date: string;
  /** The date is inferred, not printed on the piece. */
  readonly approximate?: boolean;
  readonly title?: string;
  readonly url?: string;
  readonly note?: string;
}

export interface Dispute {
  readonly question: string;
  readonly views: readonly { readonly view: string; readonly heldBy: string }[];
}

/**
 * What the map draws at a place in the news: a ship of some kind moving near it, a leader's
 * visit, a flash for a clash at sea. A place without one gets a plain marker.
 */
export const PLACE_MARKS = [
  'coast-guard',
  'survey-ship',
  'warship',
  'fishing-boat',
  'visit',
  'incident',
] as const;
export type PlaceMark = (typeof PLACE_MARKS)[number];

export interface Place {
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
  readonly mark?: PlaceMark;
}

export interface Choice {
  readonly id: string;
  readonly label: string;
  readonly text?: string;
  readonly cost?: number;
  readonly requires?: Condition;
  readonly effects: Outcome;
  /** What Hanoi actually did; used by the historical path when it says nothing. */
  readonly historical?: boolean;
}

interface EventBody {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly place?: Place;
  readonly when?: Condition;
  readonly effects?: Outcome;
  readonly choices?: readonly Choice[];
  readonly disputes?: readonly Dispute[];
}

export interface ScheduledEvent extends EventBody {
  readonly date: string;
  readonly sources: readonly Source[];
  /**
   * What happens when `when` fails on the event's date: it is postponed
   * `months` turns (a news line says so and `price` is paid); if it still
   * fails then, or the year ends first, it is called off and `price` is paid
   * again. Absent: the event silently does not happen.
   */
  readonly postpone?: Postponement;
}

export interface Postponement {
  readonly months: number;
  /** Paid each time the event is put off (postponed, then called off). */
  readonly price?: IndicatorNumbers;
}

/** The words of a random event's second, third… firing (event-words.ts): display only. */
export interface EventVariant {
  readonly title: string;
  readonly text: string;
  readonly place?: Place;
  readonly sources?: readonly Source[];
}

export interface RandomEvent extends EventBody {
  readonly weight: Formula;
  readonly maxTimes: number;
  /**
   * Turns after a firing before the event can be drawn again (absent or 0: the very next
   * turn), as a reaction's `cooldown`: a second flood is news a season later, not next month.
   */
  readonly cooldown?: number;
  /** `variants[0]` is shown the second time it fires, `variants[1]` the third, and so on. */
  readonly variants?: readonly EventVariant[];
  readonly sources?: readonly Source[];
  /** Invented, not a claim about the record. */
  readonly whatIf?: boolean;
}

export type ReactionKind = 'reward' | 'pressure' | 'reassurance' | 'warning';

export interface Reaction {
  readonly id: string;
  readonly kind: ReactionKind;
  readonly text: string;
  readonly place?: Place;
  readonly when?: Condition;
  readonly weight: Formula;
  readonly effects: Outcome;
  /** Turns to wait before the same reaction can happen again. */
  readonly cooldown: number;
}

export interface Power {
  readonly name: string;
  /** A short name for tight places (news, gauges); the name when absent. */
  readonly short?: string;
  readonly capital: string;
  /** "#rrggbb": how the screens draw this power (words, not rules: outside the rules hash). */
  readonly color?: string;
  readonly leader: string;
  readonly agenda: string;
  readonly rivals: readonly PowerId[];
  /** Suspicion gained per point of lean toward a rival this turn. */
  readonly suspicionPerRivalLean: number;
  /** Suspicion removed per point of lean toward this power this turn. */
  readonly reassurancePerLean: number;
  /** Suspicion that fades by itself each turn. */
  readonly suspicionDecay: number;
  /** Above this suspicion, relations erode every turn and patience runs out. */
  readonly suspicionBiteAt: number;
  readonly suspicionBite: number;
  /** Weight of doing nothing when choosing this turn's reaction. */
  readonly quietWeight: number;
  readonly reactions: readonly Reaction[];
}

export const ACTION_CATEGORIES = ['summitry', 'economy', 'sea', 'home'] as const;
export type ActionCategory = (typeof ACTION_CATEGORIES)[number];

export interface Action {
  readonly id: string;
  readonly title: string;
  readonly category: ActionCategory;
  readonly text: string;
  readonly cost: number;
  /** Extra cost per point of an indicator, e.g. a suspicious Beijing makes a visit dearer. */
  readonly costPer?: IndicatorNumbers;
  readonly requires?: Condition;
  readonly once: boolean;
  /** Turns the card rests after it is played, when not the rules' `cards.cooldown`. */
  readonly cooldown?: number;
  readonly effects: Outcome;
}

export interface Turn {
  readonly id: string;
  readonly label: string;
  readonly start: string;
  readonly end: string;
}

export interface Rules {
  readonly drift: {
    /**
     * Each power's place on the drift axis: leaning toward it moves drift by its
     * weight; the sign says on which side of the neutral line it stands (0: on neither).
     */
    readonly weights: Readonly<Record<PowerId, number>>;
    /** The outcome a full year ends in when drift stays past the band on each side. */
    readonly orbits: { readonly negative: string; readonly positive: string };
    readonly perLean: number;
    readonly decay: number;
    readonly band: number;
    readonly farPenalty: number;
    readonly nearNeglect: number;
  };
  readonly economy: {
    readonly baseGrowth: number;
    readonly investmentWeight: number;
    readonly accessWeight: number;
    readonly chinaTradeWeight: number;
    /** The power whose relation, weighted by tradeDependence, feeds growth (chinaTradeWeight). */
    readonly tradePartner: PowerId;
    /** The power whose relation market access (economy.usAccess) follows. */
    readonly accessPartner: PowerId;
    readonly tensionDrag: number;
    readonly adjust: number;
    /** How fast each power's investment follows its relation, per turn. */
    readonly investmentFollow: number;
    /** How fast market access follows the relation with the market's owner, per turn. */
    readonly accessFollow: number;
    readonly infrastructureWeight: number;
    /** Sea tension above this drags growth, fully at `tensionDragFrom + tensionDragSpan`. */
    readonly tensionDragFrom: number;
    readonly tensionDragSpan: number;
  };
  readonly sea: {
    readonly baseline: number;
    readonly calm: number;
    readonly incidentsPerTension: number;
    readonly incidentTension: number;
    readonly incidentNationalism: number;
    /** The power whose vessels the incidents at sea involve (the news names it). */
    readonly incidentsBy: PowerId;
  };
  readonly home: {
    readonly capitalPerTurn: number;
    readonly legitimacyBonus: number;
    readonly capitulationBite: number;
    /** Per power: how much leaning toward it counts as a concession the nationalists resent. */
    readonly backlash: Readonly<Record<PowerId, number>>;
    readonly moodRecovery: number;
    readonly incidentMood: number;
    /** Mood settles at moodBase + (growth − moodGrowthPivot) × moodPerGrowth. */
    readonly moodBase: number;
    readonly moodGrowthPivot: number;
    readonly moodPerGrowth: number;
    /** How fast legitimacy follows mood and growth, per turn. */
    readonly legitimacyRate: number;
    readonly nationalismBaseline: number;
    readonly nationalismFade: number;
    /**
     * Political capital above `capitalUpkeepFrom` loses `capitalUpkeep` of the
     * excess each turn: a hoard is spent or it melts. Absent or 0: no upkeep.
     */
    readonly capitalUpkeepFrom?: number;
    readonly capitalUpkeep?: number;
    /** Income per point of growth above moodGrowthPivot (below it, less). Absent or 0: none. */
    readonly capitalPerGrowth?: number;
  };
  /**
   * Relations with a power Hà Nội did not engage this turn (a lean toward it
   * below `engagedAt`) drift down: `base` plus `rate` of the part above `from`.
   * Absent or rate and base 0: no drift.
   */
  readonly neglect?: {
    readonly from: number;
    readonly rate: number;
    readonly base: number;
    readonly engagedAt: number;
  };
  /**
   * Rivals watch the warmth: each power's suspicion rises by `rate` for every
   * point of each rival's relation above `from`. Absent or rate 0: none.
   */
  readonly warmth?: {
    readonly from: number;
    readonly rate: number;
  };
  /**
   * Each power's patience: `wear` lost in a turn its
   * suspicion bites, `recovery` regained in a turn it does not. Absent: 1 and 1.
   */
  readonly patience?: {
    readonly wear: number;
    readonly recovery: number;
  };
  readonly score: ScoreRules;
  readonly cards: {
    /** Turns a card rests after it is played (0: it may be played again next turn). */
    readonly cooldown: number;
    /** Cards dealt each turn, the only ones playable then (hand.ts); absent or 0: all of them. */
    readonly hand?: number;
    /**
     * Diminishing returns: each earlier play of a card keeps only
     * (1 − repeatFade) of its certain effects. Absent or 0: no fading.
     */
    readonly repeatFade?: number;
  };
  /**
   * Courting rivals hard in the same turn: a lean of at least `threshold`
   * toward a power and toward one of its rivals costs with both.
   */
  readonly credibility: {
    readonly threshold: number;
    /** Suspicion added to each side per point of the smaller of the two leans. */
    readonly suspicion: number;
    /** Relations lost with each side per point of the smaller lean. */
    readonly relations: number;
  };
  readonly doctrine: {
    readonly redLines: readonly RedLine[];
  };
}

/**
 * One of the doctrine's lines ("the four nos"): once its flag is set, the
 * cost lasts. Each named power's suspicion no longer fades below `floor`,
 * and legitimacy pays every turn.
 */
export interface RedLine {
  readonly id: string;
  readonly flag: string;
  readonly floor: PowerNumbers;
  readonly legitimacy: number;
}

/** The bamboo score: weighted parts, summed in the order listed here. */
export interface ScoreRules {
  readonly weights: {
    readonly weakestLink: number;
    readonly relations: number;
    readonly growth: number;
    readonly sovereignty: number;
    readonly stability: number;
    readonly autonomy: number;
  };
  readonly collapsePenalty: number;
  /** Growth (percent) that scores full marks; 0 % scores nothing. */
  readonly fullGrowth: number;
  /** Sea tension above this costs sovereignty. */
  readonly tensionFreeBelow: number;
}

/** Which ruleset a scenario's rules come from (scenarios/rulesets/). */
export interface RulesetRef {
  readonly id: string;
  readonly version: number;
}

export interface Thresholds {
  /** A relation at or below this is a rupture. */
  readonly rupture: number;
  /** Sea tension at or above this is an armed clash. */
  readonly clash: number;
  /** Public mood at or below this is unrest. */
  readonly unrest: number;
  /** Growth at or below this is an economic crisis. */
  readonly crisis: number;
  /** Drift this far from the neutral line means autonomy is lost. */
  readonly autonomyLost: number;
  /** The score a calm year needs to be named a master of bamboo diplomacy. */
  readonly master: number;
  /** Below this weakest relation the year ends isolated. */
  readonly isolated: number;
}

export interface HistoricalStep {
  readonly turn: string;
  readonly play: readonly string[];
  readonly choose: Readonly<Record<string, string>>;
  readonly note?: string;
}

export interface Scenario {
  readonly $schema?: string;
  readonly format: 2;
  readonly ruleset: RulesetRef;
  /** The ruleset's indicators, in the order states list them (its `indicators`). */
  readonly indicators: readonly IndicatorDef[];
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly defaultSeed: string;
  /** What a turn is called on the screens (a text: outside the rules hash); months when absent. */
  readonly turnUnit?: 'month' | 'fortnight' | 'week';
  readonly calendar: readonly Turn[];
  readonly start: {
    readonly indicators: IndicatorNumbers;
    readonly tiers: Readonly<Record<PowerId, TierId>>;
    readonly flags: readonly string[];
  };
  readonly powers: Readonly<Record<PowerId, Power>>;
  readonly rules: Rules;
  readonly thresholds: Thresholds;
  readonly actions: readonly Action[];
  readonly events: readonly ScheduledEvent[];
  readonly randomEvents: {
    readonly draws: number;
    readonly noneWeight: number;
    readonly events: readonly RandomEvent[];
  };
  readonly historicalPath: {
    readonly summary: string;
    readonly steps: readonly HistoricalStep[];
  };
  readonly debrief: {
    readonly questions: readonly string[];
  };
}
