/**
 * Typed message catalogs. English is the complete catalog; every other language is a partial
 * copy of its shape (checked by TypeScript: same keys, same placeholder parameters), and any key
 * it lacks falls back to English, so a string added in English shows at once and `bamboo i18n`
 * reports it missing.
 */

/**
 * The shape a translation must have: English's keys, with strings widened and every key optional.
 * Lists (tabs, key tables) are translated whole, tuple for tuple, so their lengths always match.
 */
export type Translation<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly unknown[]
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T extends object
        ? { readonly [K in keyof T]?: Translation<T[K]> }
        : T;

/** English's shape with literal strings widened: what a reader of the catalog gets. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly unknown[]
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;

export function isBranch(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Same kind of value (string, function, list, group): a translation of another kind is ignored. */
function sameKind(english: unknown, other: unknown): boolean {
  if (Array.isArray(english)) return Array.isArray(other) && other.length === english.length;
  return typeof other === typeof english;
}

/**
 * A read-only view of `english` that answers each read from the catalog `pick()` returns at
 * that moment, key by key, falling back to English. Reading through it at module level
 * (`const S = STRINGS.title`) is safe: the nested view also reads at access time.
 */
export function localized<T extends object>(english: T, pick: () => object | undefined): Widen<T> {
  const views = new Map<string, object>();
  const at = (path: readonly string[]): unknown => {
    let node: unknown = pick();
    for (const key of path) {
      if (!isBranch(node)) return undefined;
      node = node[key];
    }
    return node;
  };
  const view = (target: object, path: readonly string[]): object => {
    const id = path.join('\u0000');
    const known = views.get(id);
    if (known) return known;
    const made = new Proxy(target, {
      get(obj, prop, receiver) {
        const value: unknown = Reflect.get(obj, prop, receiver);
        if (typeof prop !== 'string') return value;
        if (isBranch(value)) return view(value, [...path, prop]);
        const translated = at([...path, prop]);
        return translated !== undefined && sameKind(value, translated) ? translated : value;
      },
      set: () => false,
    });
    views.set(id, made);
    return made;
  };
  return view(english, []) as Widen<T>;
}
