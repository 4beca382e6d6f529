/**
 * The indicators the player watches, and the powers they are kept for. A
 * ruleset defines its indicators as data (scenarios/rulesets/<id>.json,
 * `indicators`), each with a fixed range so that the engine can clamp, the
 * property tests can check bounds and the screens can draw gauges without
 * knowing the rules. The engine takes those definitions as plain input
 * (`IndicatorDef`); the scenario loader validates them. A scenario names its
 * powers (two to six, in the order it lists them); the vocabulary
 * (vocabulary.ts) expands every per-power family into one indicator per
 * power, `<family>.<power>`.
 */

/** A power's id, as its scenario spells it (lower-case letters, e.g. two-letter country codes). */
export type PowerId = string;
/** An indicator's key: a single indicator (`sea.tension`) or a family's member (`relations.<power>`). */
export type IndicatorKey = string;

export const INDICATOR_GROUPS = [
  'relations',
  'suspicion',
  'autonomy',
  'economy',
  'sea',
  'home',
] as const;
export type IndicatorGroup = (typeof INDICATOR_GROUPS)[number];
export const INDICATOR_FORMATS = ['percent', 'outOfMax'] as const;

export interface IndicatorRange {
  readonly min: number;
  readonly max: number;
  readonly group: IndicatorGroup;
  /** For the screens: +1 higher is better, −1 higher is worse, 0 it depends (drift: by distance). */
  readonly polarity: 1 | -1 | 0;
  /** How the screens write a value: a plain number, a percentage, or out of the maximum. */
  readonly format?: (typeof INDICATOR_FORMATS)[number];
}

/** One indicator (or family) as a ruleset defines it; states list them in the ruleset's order. */
export interface IndicatorDef extends IndicatorRange {
  readonly key: string;
  /** A family: one indicator per power, `<key>.<power>`, listed in the powers' order at this place. */
  readonly perPower?: boolean;
}

/**
 * The single indicators the rules themselves read by name (dynamics, endings,
 * costs): every ruleset must define them, so a state's record always holds them.
 */
export const RULE_INDICATORS = [
  'autonomy.drift',
  'economy.growth',
  'economy.tradeDependence',
  'economy.usAccess',
  'economy.infrastructure',
  'economy.rareEarths',
  'sea.tension',
  'sea.incidents',
  'sea.incidentsTotal',
  'sea.presence',
  'sea.standing',
  'home.mood',
  'home.nationalism',
  'home.legitimacy',
  'home.capital',
] as const;
export type RuleIndicatorKey = (typeof RULE_INDICATORS)[number];

/** The per-power families the rules read by name: every ruleset must define them. */
export const RULE_FAMILIES = ['relations', 'suspicion', 'patience', 'economy.investment'] as const;

/** How a power id is spelled in scenario files. */
export const POWER_ID = /^[a-z][a-z0-9]{0,11}$/;

/**
 * A ruleset's indicator definitions, looked up by key: families share their
 * members' range whatever the powers. Built once per list of definitions.
 */
export interface IndicatorTable {
  readonly defs: readonly IndicatorDef[];
  /** The families kept per power, by name (`relations`, `economy.investment`, …). */
  readonly families: readonly string[];
  /** An indicator's range, group and display, or undefined for a key the ruleset lacks. */
  range(key: string): IndicatorRange | undefined;
  /** A key's family and power (`relations.xx` → relations, xx), or null for a single indicator. */
  split(key: string): { readonly family: string; readonly power: PowerId } | null;
}

const tables = new WeakMap<readonly IndicatorDef[], IndicatorTable>();

export function indicatorTable(defs: readonly IndicatorDef[]): IndicatorTable {
  const known = tables.get(defs);
  if (known) return known;
  const single = new Map(defs.filter((d) => !d.perPower).map((d) => [d.key, d] as const));
  const family = new Map(defs.filter((d) => d.perPower).map((d) => [d.key, d] as const));
  const split = (key: string) => {
    const dot = key.lastIndexOf('.');
    if (dot < 0) return null;
    const name = key.slice(0, dot);
    const power = key.slice(dot + 1);
    return family.has(name) && POWER_ID.test(power) ? { family: name, power } : null;
  };
  const table: IndicatorTable = {
    defs,
    families: [...family.keys()],
    range: (key) => {
      const s = single.get(key);
      if (s) return s;
      const f = split(key);
      return f ? family.get(f.family) : undefined;
    },
    split,
  };
  tables.set(defs, table);
  return table;
}

/** The key of a family's member for one power. */
export const familyKey = (family: string, power: PowerId): IndicatorKey => `${family}.${power}`;
export const relationKey = (p: PowerId) => familyKey('relations', p);
export const suspicionKey = (p: PowerId) => familyKey('suspicion', p);
export const patienceKey = (p: PowerId) => familyKey('patience', p);
export const investmentKey = (p: PowerId) => familyKey('economy.investment', p);

/** Indicators are kept to one decimal so that hashes and screens agree everywhere. */
export function roundIndicator(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Partnership tiers, lowest first. Vietnam's ladder in 2023: the US started at
 * "comprehensive", Japan at "extensive strategic", China at the top.
 */
export const TIERS = [
  'partner',
  'comprehensive',
  'strategic',
  'extensive-strategic',
  'comprehensive-strategic',
] as const;
export type TierId = (typeof TIERS)[number];
export const tierRank = (t: TierId): number => TIERS.indexOf(t);

/** How many powers a scenario may name. */
export const MIN_POWERS = 2;
export const MAX_POWERS = 6;
