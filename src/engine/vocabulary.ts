/**
 * A scenario's indicator vocabulary: its powers in order, every indicator key
 * (families expanded per power) and each one's slot in the packed arrays the
 * rules work on (packed.ts). Built once per list of powers and shared, so the
 * rules index numbers instead of looking up strings.
 */
import {
  familyKey,
  INDICATOR_DEFS,
  type IndicatorDef,
  type IndicatorKey,
  indicatorRange,
  type PowerId,
} from './indicators';

export interface Vocabulary {
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

const cache = new Map<string, Vocabulary>();

export function vocabularyOf(powers: readonly PowerId[]): Vocabulary {
  const id = powers.join(',');
  const known = cache.get(id);
  if (known) return known;
  const keys = keysOf(INDICATOR_DEFS, powers);
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
  const v: Vocabulary = {
    powers: [...powers],
    powerSlot,
    keys,
    slot,
    min: keys.map((k) => indicatorRange(k)?.min as number),
    max: keys.map((k) => indicatorRange(k)?.max as number),
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
  cache.set(id, v);
  return v;
}

/** Whether `key` is one of the vocabulary's indicators. */
export function isIndicatorOf(v: Vocabulary, key: string): boolean {
  return Object.hasOwn(v.slot, key) || v.slot[key] !== undefined;
}

/** The powers of a scenario, in the order it lists them. */
export function powersOf(scenario: { readonly powers: Readonly<Record<PowerId, unknown>> }) {
  return Object.keys(scenario.powers);
}
