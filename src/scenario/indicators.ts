/**
 * Indicator definitions as ruleset data (`indicators` in
 * scenarios/rulesets/<id>.json): their schema, and the definitions of the
 * rulesets the game ships, for screens that format an indicator by its key
 * alone. Whoever holds a compiled scenario reads its own ruleset's instead
 * (`indicatorRange(cs.tables.vocab, key)` from the engine).
 */
import { z } from 'zod';
import {
  INDICATOR_FORMATS,
  INDICATOR_GROUPS,
  type IndicatorDef,
  type IndicatorTable,
  indicatorTable,
  RULE_FAMILIES,
  RULE_INDICATORS,
} from '../engine/indicators';
import { SHIPPED_RULESETS } from './shipped-rulesets';

const bound = z.number().min(-1_000_000, 'at least -1000000').max(1_000_000, 'at most 1000000');

export const indicatorDefSchema = z
  .strictObject({
    /** `sea.tension`; a family (perPower) is named without its power: `relations`. */
    key: z
      .string()
      .regex(
        /^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)*$/,
        'a key of dotted lower-camel-case words, like "sea.tension"',
      ),
    /** One indicator per power of the scenario, `<key>.<power>`, in the powers' order. */
    perPower: z.boolean().optional(),
    /** The range every change is clamped to: part of the rules (and of the rules hash). */
    min: bound,
    max: bound,
    /** Where the screens show it. */
    group: z.enum(INDICATOR_GROUPS),
    /** +1 higher is better, −1 higher is worse, 0 it depends. */
    polarity: z.union([z.literal(1), z.literal(-1), z.literal(0)]),
    /** How the screens write a value; a plain number when absent. */
    format: z.enum(INDICATOR_FORMATS).optional(),
  })
  .refine((d) => d.min < d.max, 'min must be below max');

/** A ruleset's indicators, in the order states list them; the rules' own must be there. */
export const indicatorDefsSchema = z
  .array(indicatorDefSchema)
  .min(1, 'at least one indicator')
  .superRefine((defs, ctx) => {
    const seen = new Set<string>();
    defs.forEach((d, i) => {
      if (seen.has(d.key))
        ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `"${d.key}" is defined twice` });
      seen.add(d.key);
    });
    const single = new Set(defs.filter((d) => !d.perPower).map((d) => d.key));
    const family = new Set(defs.filter((d) => d.perPower).map((d) => d.key));
    for (const key of RULE_INDICATORS)
      if (!single.has(key))
        ctx.addIssue({
          code: 'custom',
          path: [],
          message: `the rules read "${key}": define it (a single indicator, not perPower)`,
        });
    for (const key of RULE_FAMILIES)
      if (!family.has(key))
        ctx.addIssue({
          code: 'custom',
          path: [],
          message: `the rules read the family "${key}": define it with "perPower": true`,
        });
  });

/** The definitions of every shipped ruleset (later ones add the keys earlier ones lack). */
function shippedDefs(): IndicatorDef[] {
  const out: IndicatorDef[] = [];
  const keys = new Set<string>();
  for (const { data } of SHIPPED_RULESETS) {
    // A broken shipped ruleset is reported by ruleset.ts when a scenario names it.
    const parsed = indicatorDefsSchema.safeParse((data as { indicators?: unknown }).indicators);
    if (!parsed.success) continue;
    for (const d of parsed.data) {
      if (keys.has(d.key)) continue;
      keys.add(d.key);
      out.push(d);
    }
  }
  return out;
}

/** The shipped rulesets' indicators, by key. */
export const shippedIndicators: IndicatorTable = indicatorTable(shippedDefs());
