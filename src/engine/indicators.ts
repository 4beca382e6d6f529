/**
 * The indicators the player watches, and the powers they are kept for. A
 * scenario names its powers (two to six, in the order it lists them); the
 * indicator vocabulary (vocabulary.ts) expands every per-power family below
 * into one indicator per power, `<family>.<power>`. Every indicator has a
 * fixed range so that the engine can clamp, the property tests can check
 * bounds and the screens can draw gauges without knowing the rules.
 */

/** A power's id, as its scenario spells it (lower-case letters, e.g. two-letter country codes). */
export type PowerId = string;
/** An indicator's key: a single indicator (`sea.tension`) or a family's member (`relations.<power>`). */
export type IndicatorKey = string;

export type IndicatorGroup = 'relations' | 'suspicion' | 'autonomy' | 'economy' | 'sea' | 'home';

export interface IndicatorRange {
  readonly min: number;
  readonly max: number;
  readonly group: IndicatorGroup;
  /** For the screens: +1 higher is better, −1 higher is worse, 0 it depends (drift: by distance). */
  readonly polarity: 1 | -1 | 0;
  /** How the screens write a value: a plain number, a percentage, or out of the maximum. */
  readonly format?: 'percent' | 'outOfMax';
}

export interface IndicatorDef extends IndicatorRange {
  readonly key: string;
  /** A family: one indicator per power, `<key>.<power>`, listed in the powers' order at this place. */
  readonly perPower?: boolean;
}

/**
 * The indicators in the order states list them. Per-power families expand in
 * place, so a three-power scenario lists exactly the keys it always has.
 */
export const INDICATOR_DEFS: readonly IndicatorDef[] = [
  { key: 'relations', perPower: true, min: 0, max: 100, group: 'relations', polarity: 1 },
  { key: 'suspicion', perPower: true, min: 0, max: 100, group: 'suspicion', polarity: -1 },
  {
    key: 'patience',
    perPower: true,
    min: 0,
    max: 10,
    group: 'suspicion',
    polarity: 1,
    format: 'outOfMax',
  },
  /** Negative: drifting toward the powers of negative drift weight; positive: toward the others. */
  { key: 'autonomy.drift', min: -100, max: 100, group: 'autonomy', polarity: 0 },
  /** Annual GDP growth in percent. */
  { key: 'economy.growth', min: -10, max: 15, group: 'economy', polarity: 1, format: 'percent' },
  { key: 'economy.tradeDependence', min: 0, max: 100, group: 'economy', polarity: -1 },
  /** Access to the largest export market (whose owner the rules name: economy.accessPartner). */
  { key: 'economy.usAccess', min: 0, max: 100, group: 'economy', polarity: 1 },
  { key: 'economy.investment', perPower: true, min: 0, max: 100, group: 'economy', polarity: 1 },
  { key: 'economy.infrastructure', min: 0, max: 100, group: 'economy', polarity: 1 },
  { key: 'economy.rareEarths', min: 0, max: 100, group: 'economy', polarity: 1 },
  { key: 'sea.tension', min: 0, max: 100, group: 'sea', polarity: -1 },
  /** Incidents this turn; reset at the start of every turn. */
  { key: 'sea.incidents', min: 0, max: 50, group: 'sea', polarity: -1 },
  { key: 'sea.incidentsTotal', min: 0, max: 1000, group: 'sea', polarity: -1 },
  { key: 'sea.presence', min: 0, max: 100, group: 'sea', polarity: 1 },
  /** Diplomatic and legal standing: ASEAN, Code of Conduct, the 2016 award. */
  { key: 'sea.standing', min: 0, max: 100, group: 'sea', polarity: 1 },
  /** Public approval of the leadership's foreign policy: low means unrest. */
  { key: 'home.mood', min: 0, max: 100, group: 'home', polarity: 1 },
  /** Nationalist feeling against the powers the rules name (home.backlash): high makes concessions costly. */
  { key: 'home.nationalism', min: 0, max: 100, group: 'home', polarity: 0 },
  { key: 'home.legitimacy', min: 0, max: 100, group: 'home', polarity: 1 },
  /** Political capital: the action budget. */
  { key: 'home.capital', min: 0, max: 30, group: 'home', polarity: 1 },
];

/**
 * The single indicators the rules themselves read by name (dynamics, endings, costs):
 * every vocabulary has them, so a state's record always holds them.
 */
export type RuleIndicatorKey =
  | 'autonomy.drift'
  | 'economy.growth'
  | 'economy.tradeDependence'
  | 'economy.usAccess'
  | 'economy.infrastructure'
  | 'economy.rareEarths'
  | 'sea.tension'
  | 'sea.incidents'
  | 'sea.incidentsTotal'
  | 'sea.presence'
  | 'sea.standing'
  | 'home.mood'
  | 'home.nationalism'
  | 'home.legitimacy'
  | 'home.capital';

/** The families kept per power, by name (`relations`, `economy.investment`, …). */
export const POWER_FAMILIES: readonly string[] = INDICATOR_DEFS.filter((d) => d.perPower).map(
  (d) => d.key,
);

const SINGLE = new Map(INDICATOR_DEFS.filter((d) => !d.perPower).map((d) => [d.key, d] as const));
const FAMILY = new Map(INDICATOR_DEFS.filter((d) => d.perPower).map((d) => [d.key, d] as const));

/** How a power id is spelled in scenario files. */
export const POWER_ID = /^[a-z][a-z0-9]{0,11}$/;

/** A key's family and power (`relations.xx` → relations, xx), or null for a single indicator. */
export function splitFamilyKey(
  key: string,
): { readonly family: string; readonly power: PowerId } | null {
  const dot = key.lastIndexOf('.');
  if (dot < 0) return null;
  const family = key.slice(0, dot);
  const power = key.slice(dot + 1);
  return FAMILY.has(family) && POWER_ID.test(power) ? { family, power } : null;
}

/** An indicator's range and group, whatever the powers: families share their members' range. */
export function indicatorRange(key: string): IndicatorRange | undefined {
  const single = SINGLE.get(key);
  if (single) return single;
  const split = splitFamilyKey(key);
  return split ? FAMILY.get(split.family) : undefined;
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

export function clampIndicator(key: IndicatorKey, value: number): number {
  const range = indicatorRange(key);
  if (!range) return value;
  return value < range.min ? range.min : Math.min(value, range.max);
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
