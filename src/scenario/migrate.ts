/**
 * Scenario files written in an older format, brought up to the current one
 * on load with a note saying so, so a teacher's file keeps working and plays
 * exactly as it did.
 *
 * Format 1 (before rulesets) spelled out the dynamics in `rules` and
 * `thresholds`, with defaults for the groups it left out. Those defaults
 * differ from the bamboo-2023 ruleset's, so the migration writes them into
 * the file's overrides: a format-1 file plays as it always has.
 */
import { FIRST_RULESET, findRuleset } from './ruleset';
import { SCENARIO_FORMAT } from './schema';

/** The format-1 defaults, frozen: they are what old files were played with. */
const FORMAT_1_RULES = {
  drift: {
    perLean: 1,
    decay: 2,
    band: 30,
    farPenalty: 0.25,
    nearNeglect: 0.2,
  },
  economy: {
    baseGrowth: 5.2,
    investmentWeight: 1.5,
    accessWeight: 1.2,
    chinaTradeWeight: 2,
    tensionDrag: 1.5,
    adjust: 0.3,
  },
  sea: {
    baseline: 35,
    calm: 0.15,
    incidentsPerTension: 0.02,
    incidentTension: 2,
    incidentNationalism: 1.5,
  },
  home: {
    capitalPerTurn: 5,
    legitimacyBonus: 2,
    capitulationBite: 0.5,
    moodRecovery: 0.1,
    incidentMood: 1.5,
  },
} as const;

const FORMAT_1_THRESHOLDS = {
  rupture: 10,
  clash: 95,
  unrest: 12,
  crisis: -1,
  autonomyLost: 80,
  master: 72,
  isolated: 35,
} as const;

export interface Migrated {
  readonly data: unknown;
  readonly notes: readonly string[];
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Format 1 knew three powers and one set of drift weights, the ones the
 * first ruleset still holds: read from there, so no power is named here.
 */
function firstWeights(powers: unknown): Readonly<Record<string, number>> {
  const first = findRuleset(FIRST_RULESET);
  const weights = first.ok ? first.ruleset.rules.drift.weights : {};
  const own = isRecord(powers) ? Object.keys(powers) : Object.keys(weights);
  return Object.fromEntries(own.filter((p) => p in weights).map((p) => [p, weights[p] ?? 0]));
}

/** Leaves anything it does not recognise alone: the schema then says what is wrong. */
export function migrateScenario(data: unknown, file: string): Migrated {
  if (!isRecord(data) || data.format !== 1) return { data, notes: [] };
  const rules = isRecord(data.rules) ? data.rules : {};
  const migrated: Record<string, unknown> = {
    ...data,
    format: SCENARIO_FORMAT,
    ruleset: FIRST_RULESET,
    rules: {
      drift: rules.drift ?? { ...FORMAT_1_RULES.drift, weights: firstWeights(data.powers) },
      economy: rules.economy ?? FORMAT_1_RULES.economy,
      sea: rules.sea ?? FORMAT_1_RULES.sea,
      home: rules.home ?? FORMAT_1_RULES.home,
      // Format 1 knew no resting cards, credibility or red lines: off, so it plays as before.
      cards: { cooldown: 0 },
      credibility: { threshold: 100, suspicion: 0, relations: 0 },
      doctrine: { redLines: [] },
    },
    thresholds: data.thresholds ?? FORMAT_1_THRESHOLDS,
  };
  return {
    data: migrated,
    notes: [
      `${file}: written in scenario format 1; read as format ${SCENARIO_FORMAT} on ruleset "${FIRST_RULESET}" with its own rules kept (it plays as before). Set "format": ${SCENARIO_FORMAT} and "ruleset" to stop this note.`,
    ],
  };
}
