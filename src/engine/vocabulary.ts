/**
 * A scenario's indicator vocabulary: its powers in order, every indicator key
 * of its ruleset (families expanded per power) and each one's slot in the
 * packed arrays the rules work on (packed.ts). Built once per ruleset's
 * definitions and list of powers and shared, so the rules index numbers
 * instead of looking up strings.
 */
import {
  familyKey,
  type IndicatorDef,
  type IndicatorKey,
  type IndicatorRange,
  type IndicatorTable,
  indicatorTable,
  type PowerId,
} from './indicators';

export interface Vocabulary {
  /** The ruleset's indicator definitions, by key. */
  readonly indicators: IndicatorTable;
  readonly powers: readonly PowerId[];
  readonly powerSlot: Readonly<Record<PowerId, number>>;
  /** Every indicator in the order states list them. */
  readonly keys: readonly IndicatorKey[];
  /** Each key's slot (its place in `keys`). */
  readonly slot: Readonly<Record<IndicatorKey, number>>;
  readonly min: readonly number[];
  readonly max: readonly number[];
  /** Per power slot: the slot of its member of each family. */
  readonly relation: readonly number[];
  readonly suspicion: readonly number[];
  readonly patience: readonly number[];
  readonly investment: readonly number[];
  /** The single indicators the rules themselves read. */
  readonly drift: number;
  readonly growth: number;
  readonly tradeDependence: number;
  readonly access: number;
  readonly infrastructure: number;
  readonly tension: number;
  readonly incidents: number;
  readonly incidentsTotal: number;
  readonly presence: number;
  readonly standing: number;
  readonly mood: number;
  readonly nationalism: number;
  readonly legitimacy: number;
  readonly capital: number;
}

function keysOf(defs: readonly IndicatorDef[], powers: readonly PowerId[]): IndicatorKey[] {
  const keys: IndicatorKey[] = [];
  for (const d of defs) {
    if (d.perPower) for (const p of powers) keys.push(familyKey(d.key, p));
    else keys.push(d.key);
  }
  return keys;
}

const cache = new WeakMap<readonly IndicatorDef[], Map<string, Vocabulary>>();

/** Throws when the definitions lack an indicator the rules read (the loader checks first). */
export function vocabularyOf(
  powers: readonly PowerId[],
  defs: readonly IndicatorDef[],
): Vocabulary {
  const id = powers.join(',');
  let byPowers = cache.get(defs);
  if (!byPowers) {
    byPowers = new Map();
    cache.set(defs, byPowers);
  }
  const known = byPowers.get(id);
  if (known) return known;
  const indicators = indicatorTable(defs);
  const keys = keysOf(defs, powers);
  const slot: Record<IndicatorKey, number> = Object.create(null);
  keys.forEach((k, i) => {
    slot[k] = i;
  });
  const at = (k: string): number => {
    const i = slot[k];
    if (i === undefined) throw new Error(`vocabulary: no indicator ${k}`);
    return i;
  };
  const family = (f: string) => powers.map((p) => at(familyKey(f, p)));
  const powerSlot: Record<PowerId, number> = Object.create(null);
  powers.forEach((p, i) => {
    powerSlot[p] = i;
  });
  const range = (k: string) => indicators.range(k) as IndicatorRange;
  const v: Vocabulary = {
    indicators,
    powers: [...powers],
    powerSlot,
    keys,
    slot,
    min: keys.map((k) => range(k).min),
    max: keys.map((k) => range(k).max),
    relation: family('relations'),
    suspicion: family('suspicion'),
    patience: family('patience'),
    investment: family('economy.investment'),
    drift: at('autonomy.drift'),
    growth: at('economy.growth'),
    tradeDependence: at('economy.tradeDependence'),
    access: at('economy.usAccess'),
    infrastructure: at('economy.infrastructure'),
    tension: at('sea.tension'),
    incidents: at('sea.incidents'),
    incidentsTotal: at('sea.incidentsTotal'),
    presence: at('sea.presence'),
    standing: at('sea.standing'),
    mood: at('home.mood'),
    nationalism: at('home.nationalism'),
    legitimacy: at('home.legitimacy'),
    capital: at('home.capital'),
  };
  byPowers.set(id, v);
  return v;
}

/** An indicator's range, group and display, or undefined for a key the vocabulary lacks. */
export function indicatorRange(v: Vocabulary, key: string): IndicatorRange | undefined {
  return v.indicators.range(key);
}

/** Whether `key` is one of the vocabulary's indicators. */
export function isIndicatorOf(v: Vocabulary, key: string): boolean {
  return Object.hasOwn(v.slot, key) || v.slot[key] !== undefined;
}

/** The powers of a scenario, in the order it lists them. */
export function powersOf(scenario: { readonly powers: Readonly<Record<PowerId, unknown>> }) {
  return Object.keys(scenario.powers);
}
