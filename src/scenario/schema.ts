/**
 * The scenario file format, defined once. The JSON Schema in
 * scenarios/schema.json is generated from this (npm run build:schema) so that
 * authors get completion and errors in their editor.
 */
import { z } from 'zod';
import { MAX_POWERS, MIN_POWERS, POWER_ID, TIERS } from '../engine/indicators';
import {
  ACTION_CATEGORIES,
  type Condition,
  type Rules as EngineRules,
  type Scenario as EngineScenario,
  type Thresholds as EngineThresholds,
  PLACE_MARKS,
} from '../engine/scenario';
import { shippedIndicators } from './indicators';

export const SCENARIO_FORMAT = 2;

/** What one turn is called on the screens; a scenario that names none has months. */
export const TURN_UNITS = ['month', 'fortnight', 'week'] as const;
export type TurnUnit = (typeof TURN_UNITS)[number];

const id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]*$/,
    'a lower-case id of letters, digits and dashes, like "us-upgrade"',
  );
const text = z.string().min(1, 'a non-empty text');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'a real calendar date');

/**
 * An indicator's key, one the shipped rulesets define. Which powers a
 * family's keys may name, and whether the scenario's own ruleset defines
 * it, are checked once the file is whole (crossref.ts).
 */
const indicator = z
  .string()
  .refine(
    (k) => shippedIndicators.range(k) !== undefined,
    'an indicator such as sea.tension, home.mood or relations.<power>',
  );
/** A power's id, as the scenario's `powers` spells it. */
const power = z.string().regex(POWER_ID, 'a power id of lower-case letters and digits, like "us"');
const tier = z.enum(TIERS);
/**
 * A finite number within [min, max]. Every number in a scenario has bounds:
 * a lean of 1e308 or a drift weight of 1e300 passes a bare `z.number()` and
 * then overflows to Infinity or NaN in play, crashing the bots and the hash.
 * The bounds are far beyond any sensible scenario, well inside safe arithmetic.
 */
export const num = (min: number, max: number) =>
  z.number().min(min, `at least ${min}`).max(max, `at most ${max}`);
/** A change or threshold on the 0–100 indicator scales (drift runs −100..100). */
const scaleNum = num(-200, 200);
/** A lean signal: a few points a decision, a hundred at the very most. */
const leanNum = num(-100, 100);
/** A weight or probability formula's base. */
const baseNum = num(-10_000, 10_000);
/** A per-turn rate or factor of the rules. */
const rate = num(0, 100);

const indicatorNumbers = z.record(indicator, scaleNum);
const powerNumbers = z.record(power, leanNum);

/** A number computed from the state: base + sum(per[indicator] * value). */
export const formulaSchema = z.strictObject({
  base: baseNum,
  per: indicatorNumbers.optional(),
});

export type ConditionInput = Condition;

/** Every listed test must hold; `any` holds when one of its conditions does. */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.strictObject({
    min: indicatorNumbers.optional(),
    max: indicatorNumbers.optional(),
    flags: z.array(id).optional(),
    notFlags: z.array(id).optional(),
    tierAtLeast: z.record(power, tier).optional(),
    tierBelow: z.record(power, tier).optional(),
    fromTurn: z.string().optional(),
    toTurn: z.string().optional(),
    leanAtLeast: powerNumbers.optional(),
    leanBelow: powerNumbers.optional(),
    played: z.array(id).optional(),
    notPlayed: z.array(id).optional(),
    playedThisTurn: z.array(id).optional(),
    any: z.array(conditionSchema).min(1).optional(),
  }),
);

export const riskSchema = z.strictObject({
  id,
  text,
  /** A probability, fixed or computed from the state; clamped to 0..1. */
  chance: z.union([num(0, 1), formulaSchema]),
  delta: indicatorNumbers.optional(),
  lean: powerNumbers.optional(),
  setFlags: z.array(id).optional(),
});

export const outcomeSchema = z.strictObject({
  delta: indicatorNumbers.optional(),
  /** How far this signals a lean toward each power: feeds suspicion, drift and reactions. */
  lean: powerNumbers.optional(),
  tier: z.record(power, tier).optional(),
  setFlags: z.array(id).optional(),
  clearFlags: z.array(id).optional(),
  risks: z.array(riskSchema).optional(),
  news: text.optional(),
});

/** A publication date as precise as the evidence allows: a year, a month or a day. */
const sourceDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date written YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isCalendarDate, 'a real calendar date');

function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const day = new Date(Date.UTC(y ?? 0, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** A citation as a historian gives it; shown to players as text, the URL too. */
export const sourceSchema = z.strictObject({
  publication: text,
  date: sourceDate,
  /** The date is inferred, not printed on the piece: shown as "about …". */
  approximate: z.boolean().optional(),
  title: text.optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** What the source was used for, or what a reader should know about it. */
  note: text.optional(),
});

export const disputeSchema = z.strictObject({
  question: text,
  views: z
    .array(z.strictObject({ view: text, heldBy: text }))
    .min(2, 'at least two views: a dispute needs two sides'),
});

export const placeSchema = z.strictObject({
  name: text,
  lon: num(-180, 180),
  lat: num(-90, 90),
  mark: z.enum(PLACE_MARKS).optional(),
});

export const choiceSchema = z.strictObject({
  id,
  label: text,
  text: text.optional(),
  cost: num(0, 1000).int().optional(),
  requires: conditionSchema.optional(),
  effects: outcomeSchema,
  /** What Hanoi actually did; used by the historical path when it says nothing. */
  historical: z.boolean().optional(),
});

const eventBody = {
  id,
  title: text,
  text,
  place: placeSchema.optional(),
  when: conditionSchema.optional(),
  effects: outcomeSchema.optional(),
  choices: z.array(choiceSchema).min(1).optional(),
  disputes: z.array(disputeSchema).optional(),
};

const postponementSchema = z.strictObject({
  months: num(1, 12).int(),
  price: indicatorNumbers.optional(),
});

export const scheduledEventSchema = z.strictObject({
  ...eventBody,
  date: isoDate,
  sources: z.array(sourceSchema).min(1, 'at least one source: historical events must be cited'),
  postpone: postponementSchema.optional(),
});

/** The words of a random event's second, third… firing: display only. */
export const eventVariantSchema = z.strictObject({
  title: text,
  text,
  place: placeSchema.optional(),
  sources: z.array(sourceSchema).min(1).optional(),
});

export const randomEventSchema = z.strictObject({
  ...eventBody,
  weight: formulaSchema,
  maxTimes: num(1, 1000).int().default(1),
  /** Turns after a firing before it can be drawn again (absent: the next turn). */
  cooldown: num(0, 100).int().optional(),
  variants: z.array(eventVariantSchema).min(1).optional(),
  /** Where it happened in the record; `check` asks for one unless `whatIf` is set. */
  sources: z.array(sourceSchema).optional(),
  /** Invented, not a claim about the record: the event dialog says so. */
  whatIf: z.boolean().optional(),
});

export const reactionSchema = z.strictObject({
  id,
  kind: z.enum(['reward', 'pressure', 'reassurance', 'warning']),
  text,
  place: placeSchema.optional(),
  when: conditionSchema.optional(),
  weight: formulaSchema,
  effects: outcomeSchema,
  /** Turns to wait before the same reaction can happen again. */
  cooldown: num(0, 1000).int().default(1),
});

export const powerSchema = z.strictObject({
  name: text,
  /** A short name for tight places (news, gauges), e.g. "US"; the name when absent. */
  short: text.optional(),
  capital: text,
  /** The colour the screens draw this power in, "#rrggbb"; one of the game's own when absent. */
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'a colour written #rrggbb')
    .optional(),
  leader: text,
  agenda: text,
  rivals: z.array(power).min(1),
  /** Suspicion gained per point of lean toward a rival this turn. */
  suspicionPerRivalLean: rate.default(1.2),
  /** Suspicion removed per point of lean toward this power this turn. */
  reassurancePerLean: rate.default(0.8),
  /** Suspicion that fades by itself each turn. */
  suspicionDecay: rate.default(3),
  /** Above this suspicion, relations erode every turn and patience runs out. */
  suspicionBiteAt: num(0, 100).default(55),
  suspicionBite: rate.default(0.15),
  /** Weight of doing nothing when choosing this turn's reaction. */
  quietWeight: num(0, 10_000).default(2),
  reactions: z.array(reactionSchema),
});

export const actionSchema = z.strictObject({
  id,
  title: text,
  category: z.enum(ACTION_CATEGORIES),
  text,
  cost: num(0, 1000).int(),
  /** Extra cost per point of an indicator, e.g. a suspicious Beijing makes a visit dearer. */
  costPer: indicatorNumbers.optional(),
  requires: conditionSchema.optional(),
  once: z.boolean().default(false),
  /** Turns the card rests after it is played, instead of the rules' `cards.cooldown`. */
  cooldown: num(0, 100).int().optional(),
  effects: outcomeSchema,
});

export const turnSchema = z.strictObject({
  id: z.string().min(1),
  label: text,
  start: isoDate,
  end: isoDate,
});

const driftRules = z.strictObject({
  /** Each power's place on the drift axis (its sign: the side; 0: neither). */
  weights: z.record(power, num(-10, 10)),
  /** The outcomes of a year that ends past the band on each side. */
  orbits: z.strictObject({ negative: id, positive: id }),
  perLean: rate,
  decay: rate,
  band: num(0, 100),
  farPenalty: rate,
  nearNeglect: rate,
});
const economyRules = z.strictObject({
  baseGrowth: num(-100, 100),
  investmentWeight: num(-100, 100),
  accessWeight: num(-100, 100),
  chinaTradeWeight: num(-100, 100),
  tradePartner: power,
  accessPartner: power,
  tensionDrag: num(-100, 100),
  adjust: num(0, 1),
  investmentFollow: num(0, 1),
  accessFollow: num(0, 1),
  infrastructureWeight: num(-100, 100),
  tensionDragFrom: num(0, 100),
  tensionDragSpan: num(0.001, 100),
});
const seaRules = z.strictObject({
  baseline: num(0, 100),
  calm: rate,
  incidentsPerTension: rate,
  incidentTension: rate,
  incidentNationalism: rate,
  incidentsBy: power,
});
const homeRules = z.strictObject({
  capitalPerTurn: num(0, 1000),
  legitimacyBonus: rate,
  capitulationBite: rate,
  backlash: z.record(power, num(0, 10)),
  moodRecovery: rate,
  incidentMood: rate,
  moodBase: num(0, 100),
  moodGrowthPivot: num(-100, 100),
  moodPerGrowth: num(-100, 100),
  legitimacyRate: num(0, 1),
  nationalismBaseline: num(0, 100),
  nationalismFade: num(0, 1),
  capitalUpkeepFrom: num(0, 1000).optional(),
  capitalUpkeep: num(0, 1).optional(),
  capitalPerGrowth: num(0, 100).optional(),
});
const neglectRules = z.strictObject({
  from: num(0, 100),
  rate: num(0, 1),
  base: num(0, 100),
  engagedAt: num(0, 100),
});
const warmthRules = z.strictObject({
  from: num(0, 100),
  rate: num(0, 1),
});
const patienceRules = z.strictObject({
  wear: num(0, 100),
  recovery: num(0, 100),
});
const scoreRules = z.strictObject({
  weights: z.strictObject({
    weakestLink: rate,
    relations: rate,
    growth: rate,
    sovereignty: rate,
    stability: rate,
    autonomy: rate,
  }),
  collapsePenalty: num(0, 100),
  fullGrowth: num(0.001, 100),
  tensionFreeBelow: num(0, 100),
});

const cardRules = z.strictObject({
  cooldown: num(0, 100).int(),
  hand: num(0, 100).int().optional(),
  repeatFade: num(0, 1).optional(),
});
const credibilityRules = z.strictObject({
  threshold: num(0.001, 100),
  suspicion: rate,
  relations: rate,
});
const redLine = z.strictObject({
  id,
  flag: z.string().min(1),
  floor: z.partialRecord(power, num(0, 100)),
  legitimacy: rate,
});
const doctrineRules = z.strictObject({
  redLines: z.array(redLine),
});

/** Every coefficient of the year's dynamics: complete in a ruleset, and after a scenario's overrides. */
export const rulesSchema = z.strictObject({
  drift: driftRules,
  economy: economyRules,
  sea: seaRules,
  home: homeRules,
  neglect: neglectRules.optional(),
  warmth: warmthRules.optional(),
  patience: patienceRules.optional(),
  score: scoreRules,
  cards: cardRules,
  credibility: credibilityRules,
  doctrine: doctrineRules,
}) satisfies z.ZodType<EngineRules, unknown>;

/** What a scenario changes of its ruleset's rules: any coefficient, the rest stays. */
export const rulesOverrideSchema = z.strictObject({
  drift: driftRules.extend({ orbits: driftRules.shape.orbits.partial() }).partial().optional(),
  economy: economyRules.partial().optional(),
  sea: seaRules.partial().optional(),
  home: homeRules.partial().optional(),
  neglect: neglectRules.partial().optional(),
  warmth: warmthRules.partial().optional(),
  patience: patienceRules.partial().optional(),
  score: scoreRules.extend({ weights: scoreRules.shape.weights.partial() }).partial().optional(),
  cards: cardRules.partial().optional(),
  credibility: credibilityRules.partial().optional(),
  doctrine: doctrineRules.partial().optional(),
});

export const thresholdsSchema = z.strictObject({
  /** A relation at or below this is a rupture. */
  rupture: num(0, 100),
  /** Sea tension at or above this is an armed clash. */
  clash: num(0, 100),
  /** Public mood at or below this is unrest. */
  unrest: num(0, 100),
  /** Growth at or below this is an economic crisis. */
  crisis: num(-10, 15),
  /** Drift this far from the neutral line means autonomy is lost. */
  autonomyLost: num(0, 100),
  /** The score a calm year needs to be named a master of bamboo diplomacy. */
  master: num(0, 100),
  /** Below this weakest relation the year ends isolated. */
  isolated: num(0, 100),
}) satisfies z.ZodType<EngineThresholds, unknown>;

export const historicalStepSchema = z.strictObject({
  turn: z.string().min(1),
  play: z.array(id).default([]),
  choose: z.record(id, id).default({}),
  note: text.optional(),
});

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(SCENARIO_FORMAT),
  /** The ruleset (scenarios/rulesets/<id>.json) whose rules this scenario starts from. */
  ruleset: id,
  id,
  title: text,
  summary: text,
  defaultSeed: z.string().min(1),
  // Optional without a default, so scenarios that leave it out keep their content hash.
  turnUnit: z.enum(TURN_UNITS).optional(),
  calendar: z.array(turnSchema).min(1, 'at least one turn'),
  start: z.strictObject({
    indicators: indicatorNumbers,
    tiers: z.record(power, tier),
    flags: z.array(id).default([]),
  }),
  /** The powers, in the order the screens list them: two to six. */
  powers: z
    .record(power, powerSchema)
    .refine((p) => Object.keys(p).length >= MIN_POWERS, `at least ${MIN_POWERS} powers`)
    .refine((p) => Object.keys(p).length <= MAX_POWERS, `at most ${MAX_POWERS} powers`),
  /** Changes to the ruleset's rules; the merged rules are checked whole. */
  rules: rulesOverrideSchema.optional(),
  thresholds: thresholdsSchema.partial().optional(),
  actions: z.array(actionSchema).min(1, 'at least one action card'),
  events: z.array(scheduledEventSchema).default([]),
  randomEvents: z
    .strictObject({
      draws: num(0, 5).int().default(1),
      noneWeight: num(0, 10_000).default(3),
      events: z.array(randomEventSchema).default([]),
    })
    .default({ draws: 1, noneWeight: 3, events: [] }),
  historicalPath: z.strictObject({
    summary: text,
    steps: z.array(historicalStepSchema),
  }),
  debrief: z.strictObject({
    questions: z.array(text).min(1, 'at least one discussion question'),
  }),
});

// The engine owns the types (src/engine/scenario.ts); the `satisfies` above
// checks at compile time that what this schema accepts is what the engine reads.
export type {
  Action,
  Choice,
  Condition,
  Formula,
  Outcome,
  Place,
  Power,
  RandomEvent,
  Reaction,
  Risk,
  Rules,
  ScheduledEvent,
  Source,
  Thresholds,
} from '../engine/scenario';
export type Scenario = EngineScenario;
/** A scenario file as written, before its ruleset is merged in. */
export type ScenarioFile = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

/**
 * Compile-time check: what this schema accepts is what the engine reads. The
 * loader adds the ruleset's rules, thresholds and start values; everything
 * else passes through as written.
 */
type Merged = 'format' | 'ruleset' | 'indicators' | 'rules' | 'thresholds' | 'start';
export const fileFitsEngine: (file: Omit<ScenarioFile, Merged>) => Omit<EngineScenario, Merged> = (
  file,
) => file;
