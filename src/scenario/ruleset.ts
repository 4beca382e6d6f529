/**
 * Rulesets: the versioned coefficients, thresholds and starting defaults a
 * scenario names and overrides (scenarios/rulesets/<id>.json). They ship
 * with the game, bundled (a few hundred bytes each), so loading a scenario
 * stays synchronous in the browser and the command line alike.
 */
import { z } from 'zod';
import { indicatorDefsSchema } from './indicators';
import { rulesSchema, thresholdsSchema } from './schema';
import { SHIPPED_RULESETS } from './shipped-rulesets';

export const RULESET_FORMAT = 1;

export const rulesetSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(RULESET_FORMAT),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case id of letters, digits and dashes'),
    /** Raised whenever a number changes: the rules hash covers it, so games played under another version do not verify. */
    version: z.number().int().min(1),
    title: z.string().min(1),
    rules: rulesSchema,
    thresholds: thresholdsSchema,
    start: z.strictObject({
      /**
       * Where indicators stand when a scenario does not say (else at the middle of
       * their range). A family's name (`patience`) sets every power's member.
       */
      indicators: z.partialRecord(z.string(), z.number()),
    }),
    /**
     * The indicators, in the order states list them: range (the rules clamp to
     * it), group, polarity and display format. Their words live in the message
     * catalogs (src/i18n), by key.
     */
    indicators: indicatorDefsSchema,
  })
  .superRefine((r, ctx) => {
    const keys = new Set(r.indicators.map((d) => d.key));
    for (const key of Object.keys(r.start.indicators))
      if (!keys.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['start', 'indicators', key],
          message: `"${key}" is not one of the ruleset's indicators`,
        });
  });

export type Ruleset = z.infer<typeof rulesetSchema>;

/** The ruleset files written before rulesets existed were all played under this one. */
export const FIRST_RULESET = 'bamboo-2023';

export type RulesetLookup =
  | { readonly ok: true; readonly ruleset: Ruleset }
  | { readonly ok: false; readonly message: string };

let parsed: Map<string, RulesetLookup> | null = null;

function shipped(): Map<string, RulesetLookup> {
  if (parsed) return parsed;
  parsed = new Map();
  for (const { file, data } of SHIPPED_RULESETS) {
    const result = rulesetSchema.safeParse(data);
    const id = (data as { id?: unknown }).id;
    parsed.set(
      String(id),
      result.success
        ? { ok: true, ruleset: result.data }
        : {
            ok: false,
            message: `${file} is broken: ${result.error.issues
              .map((i) => `${i.path.join('.')}: ${i.message}`)
              .join('; ')}`,
          },
    );
  }
  return parsed;
}

export function rulesetIds(): string[] {
  return [...shipped().keys()];
}

export function findRuleset(id: string): RulesetLookup {
  return (
    shipped().get(id) ?? {
      ok: false,
      message: `no ruleset "${id}" (the game ships: ${rulesetIds().join(', ')})`,
    }
  );
}
