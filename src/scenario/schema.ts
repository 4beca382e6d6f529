/**
 * The scenario file format, defined once. The JSON Schema in
 * scenarios/schema.json is generated from this (npm run build:schema) so that
 * authors get completion and errors in their editor.
 */
import { z } from 'zod';
import { INDICATOR_KEYS, POWERS, TIERS } from '../engine/indicators';
import {
  ACTION_CATEGORIES,
  type Condition,
  type Scenario as EngineScenario,
} from '../engine/scenario';

export const SCENARIO_FORMAT = 1;

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

const indicator = z.enum(INDICATOR_KEYS as [string, ...string[]]);
const power = z.enum(POWERS);
const tier = z.enum(TIERS);
const indicatorNumbers = z.partialRecord(indicator, z.number());
const powerNumbers = z.partialRecord(power, z.number());

/** A number computed from the state: base + sum(per[indicator] * value). */
export const formulaSchema = z.strictObject({
  base: z.number(),
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
    tierAtLeast: z.partialRecord(power, tier).optional(),
    tierBelow: z.partialRecord(power, tier).optional(),
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
  chance: z.union([z.number().min(0).max(1), formulaSchema]),
  delta: indicatorNumbers.optional(),
  lean: powerNumbers.optional(),
  setFlags: z.array(id).optional(),
});

export const outcomeSchema = z.strictObject({
  delta: indicatorNumbers.optional(),
  /** How far this signals a lean toward each power: feeds suspicion, drift and reactions. */
  lean: powerNumbers.optional(),
  tier: z.partialRecord(power, tier).optional(),
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
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
});

export const choiceSchema = z.strictObject({
  id,
  label: text,
  text: text.optional(),
  cost: z.number().int().min(0).optional(),
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

export const scheduledEventSchema = z.strictObject({
  ...eventBody,
  date: isoDate,
  sources: z.array(sourceSchema).min(1, 'at least one source: historical events must be cited'),
});

export const randomEventSchema = z.strictObject({
  ...eventBody,
  weight: formulaSchema,
  maxTimes: z.number().int().min(1).default(1),
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
  cooldown: z.number().int().min(0).default(1),
});

export const powerSchema = z.strictObject({
  name: text,
  capital: text,
  leader: text,
  agenda: text,
  rivals: z.array(power).min(1),
  /** Suspicion gained per point of lean toward a rival this turn. */
  suspicionPerRivalLean: z.number().min(0).default(1.2),
  /** Suspicion removed per point of lean toward this power this turn. */
  reassurancePerLean: z.number().min(0).default(0.8),
  /** Suspicion that fades by itself each turn. */
  suspicionDecay: z.number().min(0).default(3),
  /** Above this suspicion, relations erode every turn and patience runs out. */
  suspicionBiteAt: z.number().min(0).max(100).default(55),
  suspicionBite: z.number().min(0).default(0.15),
  /** Weight of doing nothing when choosing this turn's reaction. */
  quietWeight: z.number().min(0).default(2),
  reactions: z.array(reactionSchema),
});

export const actionSchema = z.strictObject({
  id,
  title: text,
  category: z.enum(ACTION_CATEGORIES),
  text,
  cost: z.number().int().min(0),
  /** Extra cost per point of an indicator, e.g. a suspicious Beijing makes a visit dearer. */
  costPer: indicatorNumbers.optional(),
  requires: conditionSchema.optional(),
  once: z.boolean().default(false),
  effects: outcomeSchema,
});

export const turnSchema = z.strictObject({
  id: z.string().min(1),
  label: text,
  start: isoDate,
  end: isoDate,
});

export const rulesSchema = z.strictObject({
  drift: z
    .strictObject({
      weights: z.strictObject({ cn: z.number(), us: z.number(), jp: z.number() }),
      perLean: z.number().min(0),
      decay: z.number().min(0),
      band: z.number().min(0).max(100),
      farPenalty: z.number().min(0),
      nearNeglect: z.number().min(0),
    })
    .default({
      weights: { cn: -1, us: 1, jp: 0.6 },
      perLean: 1,
      decay: 2,
      band: 30,
      farPenalty: 0.25,
      nearNeglect: 0.2,
    }),
  economy: z
    .strictObject({
      baseGrowth: z.number(),
      investmentWeight: z.number(),
      accessWeight: z.number(),
      chinaTradeWeight: z.number(),
      tensionDrag: z.number(),
      adjust: z.number().min(0).max(1),
    })
    .default({
      baseGrowth: 5.2,
      investmentWeight: 1.5,
      accessWeight: 1.2,
      chinaTradeWeight: 2,
      tensionDrag: 1.5,
      adjust: 0.3,
    }),
  sea: z
    .strictObject({
      baseline: z.number().min(0).max(100),
      calm: z.number().min(0),
      incidentsPerTension: z.number().min(0),
      incidentTension: z.number().min(0),
      incidentNationalism: z.number().min(0),
    })
    .default({
      baseline: 35,
      calm: 0.15,
      incidentsPerTension: 0.02,
      incidentTension: 2,
      incidentNationalism: 1.5,
    }),
  home: z
    .strictObject({
      capitalPerTurn: z.number().min(0),
      legitimacyBonus: z.number().min(0),
      capitulationBite: z.number().min(0),
      moodRecovery: z.number().min(0),
      incidentMood: z.number().min(0),
    })
    .default({
      capitalPerTurn: 5,
      legitimacyBonus: 2,
      capitulationBite: 0.5,
      moodRecovery: 0.1,
      incidentMood: 1.5,
    }),
});

export const thresholdsSchema = z
  .strictObject({
    /** A relation at or below this is a rupture. */
    rupture: z.number().min(0).max(100),
    /** Sea tension at or above this is an armed clash. */
    clash: z.number().min(0).max(100),
    /** Public mood at or below this is unrest. */
    unrest: z.number().min(0).max(100),
    /** Growth at or below this is an economic crisis. */
    crisis: z.number().min(-10).max(15),
    /** Drift this far from the neutral line means autonomy is lost. */
    autonomyLost: z.number().min(0).max(100),
    /** The score a calm year needs to be named a master of bamboo diplomacy. */
    master: z.number().min(0).max(100),
    /** Below this weakest relation the year ends isolated. */
    isolated: z.number().min(0).max(100),
  })
  .default({
    rupture: 10,
    clash: 95,
    unrest: 12,
    crisis: -1,
    autonomyLost: 80,
    master: 72,
    isolated: 35,
  });

export const historicalStepSchema = z.strictObject({
  turn: z.string().min(1),
  play: z.array(id).default([]),
  choose: z.record(id, id).default({}),
  note: text.optional(),
});

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(SCENARIO_FORMAT),
  id,
  title: text,
  summary: text,
  defaultSeed: z.string().min(1),
  // Optional without a default, so scenarios that leave it out keep their content hash.
  turnUnit: z.enum(TURN_UNITS).optional(),
  calendar: z.array(turnSchema).min(1, 'at least one turn'),
  start: z.strictObject({
    indicators: indicatorNumbers,
    tiers: z.strictObject({ cn: tier, us: tier, jp: tier }),
    flags: z.array(id).default([]),
  }),
  powers: z.strictObject({ cn: powerSchema, us: powerSchema, jp: powerSchema }),
  rules: rulesSchema.default(rulesSchema.parse({})),
  thresholds: thresholdsSchema,
  actions: z.array(actionSchema).min(1, 'at least one action card'),
  events: z.array(scheduledEventSchema).default([]),
  randomEvents: z
    .strictObject({
      draws: z.number().int().min(0).max(5).default(1),
      noneWeight: z.number().min(0).default(3),
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
}) satisfies z.ZodType<EngineScenario, unknown>;

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
export type ScenarioInput = z.input<typeof scenarioSchema>;
