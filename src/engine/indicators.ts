/**
 * The indicators the player watches. Every one has a fixed range so that the
 * engine can clamp, the property tests can check bounds and the screens can
 * draw gauges without knowing the rules.
 */
export const POWERS = ['cn', 'us', 'jp'] as const;
export type PowerId = (typeof POWERS)[number];

export const INDICATORS = {
  'relations.cn': { min: 0, max: 100, group: 'relations' },
  'relations.us': { min: 0, max: 100, group: 'relations' },
  'relations.jp': { min: 0, max: 100, group: 'relations' },
  'suspicion.cn': { min: 0, max: 100, group: 'suspicion' },
  'suspicion.us': { min: 0, max: 100, group: 'suspicion' },
  'suspicion.jp': { min: 0, max: 100, group: 'suspicion' },
  'patience.cn': { min: 0, max: 10, group: 'suspicion' },
  'patience.us': { min: 0, max: 10, group: 'suspicion' },
  'patience.jp': { min: 0, max: 10, group: 'suspicion' },
  /** Negative: drifting toward Beijing; positive: toward Washington and Tokyo. */
  'autonomy.drift': { min: -100, max: 100, group: 'autonomy' },
  /** Annual GDP growth in percent. */
  'economy.growth': { min: -10, max: 15, group: 'economy' },
  'economy.tradeDependence': { min: 0, max: 100, group: 'economy' },
  'economy.usAccess': { min: 0, max: 100, group: 'economy' },
  'economy.investment.cn': { min: 0, max: 100, group: 'economy' },
  'economy.investment.us': { min: 0, max: 100, group: 'economy' },
  'economy.investment.jp': { min: 0, max: 100, group: 'economy' },
  'economy.infrastructure': { min: 0, max: 100, group: 'economy' },
  'economy.rareEarths': { min: 0, max: 100, group: 'economy' },
  'sea.tension': { min: 0, max: 100, group: 'sea' },
  /** Incidents this turn; reset at the start of every turn. */
  'sea.incidents': { min: 0, max: 50, group: 'sea' },
  'sea.incidentsTotal': { min: 0, max: 1000, group: 'sea' },
  'sea.presence': { min: 0, max: 100, group: 'sea' },
  /** Diplomatic and legal standing: ASEAN, Code of Conduct, the 2016 award. */
  'sea.standing': { min: 0, max: 100, group: 'sea' },
  /** Public approval of the leadership's foreign policy: low means unrest. */
  'home.mood': { min: 0, max: 100, group: 'home' },
  /** Nationalist, anti-China feeling: high makes concessions to Beijing costly. */
  'home.nationalism': { min: 0, max: 100, group: 'home' },
  'home.legitimacy': { min: 0, max: 100, group: 'home' },
  /** Political capital: the action budget. */
  'home.capital': { min: 0, max: 30, group: 'home' },
} as const satisfies Record<string, { min: number; max: number; group: IndicatorGroup }>;

export type IndicatorGroup = 'relations' | 'suspicion' | 'autonomy' | 'economy' | 'sea' | 'home';
export type IndicatorKey = keyof typeof INDICATORS;
export const INDICATOR_KEYS = Object.keys(INDICATORS) as IndicatorKey[];

export function isIndicatorKey(key: string): key is IndicatorKey {
  return Object.hasOwn(INDICATORS, key);
}

/** Indicators are kept to one decimal so that hashes and screens agree everywhere. */
export function roundIndicator(value: number): number {
  return Math.round(value * 10) / 10;
}

export function clampIndicator(key: IndicatorKey, value: number): number {
  const { min, max } = INDICATORS[key];
  return value < min ? min : Math.min(value, max);
}

/**
 * Each indicator's slot in the packed arrays the rules work on (packed.ts):
 * the order of INDICATOR_KEYS, which is also the order states list them in.
 */
export const IND = Object.fromEntries(INDICATOR_KEYS.map((key, i) => [key, i])) as Readonly<
  Record<IndicatorKey, number>
>;
export const INDICATOR_COUNT = INDICATOR_KEYS.length;
const MIN = Float64Array.from(INDICATOR_KEYS, (key) => INDICATORS[key].min);
const MAX = Float64Array.from(INDICATOR_KEYS, (key) => INDICATORS[key].max);

/** `clampIndicator` by slot: the same comparisons in the same order. */
export function clampAt(slot: number, value: number): number {
  const min = MIN[slot] as number;
  return value < min ? min : Math.min(value, MAX[slot] as number);
}

// Tables, not template strings: the rules look these up every turn, and a
// built string is a fresh allocation that must be hashed on each lookup.
const RELATION = { cn: 'relations.cn', us: 'relations.us', jp: 'relations.jp' } as const;
const SUSPICION = { cn: 'suspicion.cn', us: 'suspicion.us', jp: 'suspicion.jp' } as const;
const PATIENCE = { cn: 'patience.cn', us: 'patience.us', jp: 'patience.jp' } as const;
const INVESTMENT = {
  cn: 'economy.investment.cn',
  us: 'economy.investment.us',
  jp: 'economy.investment.jp',
} as const;
export const relationKey = <P extends PowerId>(p: P) => RELATION[p];
export const suspicionKey = <P extends PowerId>(p: P) => SUSPICION[p];
export const patienceKey = <P extends PowerId>(p: P) => PATIENCE[p];
export const investmentKey = <P extends PowerId>(p: P) => INVESTMENT[p];

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
/** Powers by slot, in the order of POWERS. */
export const POWER_SLOT: Readonly<Record<PowerId, number>> = { cn: 0, us: 1, jp: 2 };
