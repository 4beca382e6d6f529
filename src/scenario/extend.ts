/**
 * A scenario may extend another (`"extends": "2023"`) and write only what it
 * changes: its own id and texts, different rules, cards and events replaced
 * or added by id, and `remove` for what it drops. The merge happens before
 * validation, so the schema and the cross-reference checks judge the merged
 * scenario: the one the game plays.
 */

/** The raw data of a scenario file by id, or undefined when there is none. */
export type BaseLookup = (id: string) => unknown;

export type Extended =
  | { readonly ok: true; readonly data: unknown; readonly notes: readonly string[] }
  | { readonly ok: false; readonly problems: readonly { path: string; message: string }[] };

type Json = Record<string, unknown>;
const isRecord = (x: unknown): x is Json =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Lists of items with ids merge by id: same id replaces, new ids are appended. */
function byId(base: unknown, over: unknown, drop: ReadonlySet<string>): unknown {
  if (!Array.isArray(over))
    return Array.isArray(base) ? base.filter((x) => !drop.has(idOf(x))) : base;
  if (!Array.isArray(base)) return over;
  const replaced = new Map(over.filter(isRecord).map((x) => [idOf(x), x] as const));
  const kept = base.filter((x) => !drop.has(idOf(x))).map((x) => replaced.get(idOf(x)) ?? x);
  const known = new Set(base.map(idOf));
  return [...kept, ...over.filter((x) => !known.has(idOf(x)))];
}
const idOf = (x: unknown): string => (isRecord(x) && typeof x.id === 'string' ? x.id : '');

const shallow = (a: unknown, b: unknown) =>
  isRecord(a) && isRecord(b) ? { ...a, ...b } : (b ?? a);

function mergeRules(a: unknown, b: unknown): unknown {
  if (!isRecord(a) || !isRecord(b)) return b ?? a;
  const out: Json = { ...a };
  for (const [group, values] of Object.entries(b)) {
    const base = a[group];
    out[group] =
      isRecord(base) && isRecord(values)
        ? Object.fromEntries(
            Object.entries({ ...base, ...values }).map(([k, v]) => [
              k,
              isRecord(base[k]) && isRecord(values[k]) ? { ...base[k], ...values[k] } : v,
            ]),
          )
        : values;
  }
  return out;
}

const REMOVABLE = ['actions', 'events', 'randomEvents'] as const;

function merge(base: Json, ext: Json, drop: Record<(typeof REMOVABLE)[number], Set<string>>): Json {
  const { extends: _e, remove: _r, ...over } = ext;
  const out: Json = { ...base, ...over };
  out.actions = byId(base.actions, over.actions, drop.actions);
  out.events = byId(base.events, over.events, drop.events);
  const baseRandom = isRecord(base.randomEvents) ? base.randomEvents : {};
  const overRandom = isRecord(over.randomEvents) ? over.randomEvents : {};
  out.randomEvents = {
    ...baseRandom,
    ...overRandom,
    events: byId(baseRandom.events, overRandom.events, drop.randomEvents),
  };
  if (isRecord(base.powers) && isRecord(over.powers)) {
    const powers: Json = { ...base.powers };
    for (const [id, p] of Object.entries(over.powers)) {
      const b = base.powers[id];
      powers[id] =
        isRecord(b) && isRecord(p)
          ? { ...b, ...p, reactions: byId(b.reactions, p.reactions, new Set()) }
          : p;
    }
    out.powers = powers;
  }
  out.rules = mergeRules(base.rules, over.rules);
  out.thresholds = shallow(base.thresholds, over.thresholds);
  if (isRecord(base.start) && isRecord(over.start))
    out.start = {
      ...base.start,
      ...over.start,
      indicators: shallow(base.start.indicators, over.start.indicators),
      tiers: shallow(base.start.tiers, over.start.tiers),
    };
  return out;
}

const MAX_DEPTH = 4;

/**
 * `migrate` brings a base written in an older format up to date before the
 * merge, so both sides speak the current format.
 */
export function extendScenario(
  data: unknown,
  lookup: BaseLookup | undefined,
  migrate: (data: unknown, file: string) => { data: unknown; notes: readonly string[] },
  seen: readonly string[] = [],
): Extended {
  if (!isRecord(data) || data.extends === undefined) return { ok: true, data, notes: [] };
  const fail = (path: string, message: string): Extended => ({
    ok: false,
    problems: [{ path, message }],
  });
  const baseId = data.extends;
  if (typeof baseId !== 'string')
    return fail('extends', 'expected the id of a scenario, like "2023"');
  if (typeof data.id !== 'string' || data.id === baseId)
    return fail('id', `a scenario that extends "${baseId}" needs an id of its own`);
  if (seen.includes(baseId) || seen.length >= MAX_DEPTH)
    return fail(
      'extends',
      `scenarios extend each other in a loop or too deep: ${[...seen, baseId].join(' → ')}`,
    );
  const raw = lookup?.(baseId);
  if (raw === undefined) return fail('extends', `there is no scenario "${baseId}" to extend`);
  const base = extendScenario(raw, lookup, migrate, [...seen, String(data.id)]);
  if (!base.ok)
    return {
      ok: false,
      problems: base.problems.map((p) => ({ ...p, path: `(in "${baseId}") ${p.path}` })),
    };
  const migrated = migrate(base.data, `scenario "${baseId}"`);
  if (!isRecord(migrated.data)) return fail('extends', `scenario "${baseId}" is not a JSON object`);
  const remove = isRecord(data.remove) ? data.remove : {};
  const drop = {} as Record<(typeof REMOVABLE)[number], Set<string>>;
  const baseIds: Record<(typeof REMOVABLE)[number], unknown> = {
    actions: migrated.data.actions,
    events: migrated.data.events,
    randomEvents: isRecord(migrated.data.randomEvents) ? migrated.data.randomEvents.events : [],
  };
  for (const key of REMOVABLE) {
    const ids = Array.isArray(remove[key]) ? (remove[key] as unknown[]).map(String) : [];
    const known = new Set(Array.isArray(baseIds[key]) ? (baseIds[key] as unknown[]).map(idOf) : []);
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0)
      return fail(
        `remove.${key}`,
        `scenario "${baseId}" has no ${key} ${unknown.map((u) => `"${u}"`).join(', ')}`,
      );
    drop[key] = new Set(ids);
  }
  for (const key of Object.keys(remove))
    if (!(REMOVABLE as readonly string[]).includes(key))
      return fail(`remove.${key}`, `only ${REMOVABLE.join(', ')} can be removed`);
  return {
    ok: true,
    data: merge(migrated.data, data, drop),
    notes: [...base.notes, ...migrated.notes],
  };
}
