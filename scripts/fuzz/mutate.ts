/**
 * Mutations of a JSON document (a scenario, a replay, a save) for fuzzing:
 * a mutation is plain data (which node, what to do), so fast-check can
 * shrink it in a test and the fuzz script can draw it from a seeded stream.
 */

export type JsonPath = readonly (string | number)[];

/** Numbers that broke play before the gate had bounds, and their neighbours. */
export const HOSTILE_NUMBERS = [
  1e308,
  -1e308,
  1e300,
  -1e300,
  1e15,
  -1e15,
  1e6,
  -1e6,
  10_001,
  -10_001,
  1000,
  -1000,
  201,
  -201,
  101,
  -101,
  100,
  -100,
  2 ** 53 + 2,
  1e-300,
  0.5,
  0,
  -1,
  1.5,
  5,
  6,
] as const;

/** Values of every JSON type, including ones a schema might half-accept. */
export const HOSTILE_VALUES: readonly unknown[] = [
  null,
  '',
  ' ',
  'x'.repeat(2000),
  '__proto__',
  'constructor',
  '\u202Eevil\u001b[2J',
  true,
  [],
  {},
  [null],
  { any: [] },
  { __proto__: { polluted: true } },
  -0,
];

export type Mutation =
  | { readonly kind: 'number'; readonly at: number; readonly value: number }
  | { readonly kind: 'scale'; readonly at: number; readonly factor: number }
  | { readonly kind: 'replace'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'duplicate'; readonly at: number }
  | { readonly kind: 'swap-string'; readonly at: number; readonly from: number }
  | { readonly kind: 'nest'; readonly at: number; readonly depth: number };

export const SCALE_FACTORS = [-1e6, -100, -1, 0, 2, 10, 1000, 1e6, 1e300] as const;

/** Every path in the document, the root excluded, in a fixed order. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): JsonPath[] {
  if (value === null || typeof value !== 'object') return prefix.length ? [prefix] : [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  const own = prefix.length ? [prefix] : [];
  return [...own, ...entries.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

function parentOf(
  doc: unknown,
  path: JsonPath,
): { node: Record<string | number, unknown>; key: string | number } | null {
  let node: unknown = doc;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string | number, unknown>)[key];
  }
  if (node === null || typeof node !== 'object') return null;
  return { node: node as Record<string | number, unknown>, key: path.at(-1) as string | number };
}

/** Where a document's nodes, numbers and strings are: computed once per document, not per mutation. */
export interface JsonIndex {
  readonly paths: readonly JsonPath[];
  readonly numbers: readonly JsonPath[];
  readonly strings: readonly JsonPath[];
}

export function indexOf(doc: unknown): JsonIndex {
  const paths = pathsOf(doc);
  const leaf = (p: JsonPath) => {
    const at = parentOf(doc, p);
    return at ? at.node[at.key] : undefined;
  };
  return {
    paths,
    numbers: paths.filter((p) => typeof leaf(p) === 'number'),
    strings: paths.filter((p) => typeof leaf(p) === 'string'),
  };
}

/** A mutated deep copy of `doc` (the original is left alone). */
export function applyMutation(doc: unknown, m: Mutation): unknown {
  const copy = structuredClone(doc);
  mutateInPlace(copy, m, indexOf(copy));
  return copy;
}

/**
 * Mutates `doc` in place, finding nodes through `index` (made from the same
 * document before earlier mutations: a path that no longer leads anywhere
 * leaves the document as it is).
 */
export function mutateInPlace(doc: unknown, m: Mutation, index: JsonIndex): void {
  const pick = (list: readonly JsonPath[], i: number) =>
    list[Math.abs(i) % Math.max(1, list.length)];
  const path =
    m.kind === 'number' || m.kind === 'scale'
      ? pick(index.numbers, m.at)
      : m.kind === 'swap-string'
        ? pick(index.strings, m.at)
        : pick(index.paths, m.at);
  if (!path) return;
  const at = parentOf(doc, path);
  if (!at || !(at.key in at.node)) return;
  const { node, key } = at;
  switch (m.kind) {
    case 'number':
      node[key] = m.value;
      break;
    case 'scale':
      if (typeof node[key] === 'number') node[key] = (node[key] as number) * m.factor;
      break;
    case 'replace':
      node[key] = structuredClone(m.value);
      break;
    case 'delete':
      if (Array.isArray(node)) node.splice(key as number, 1);
      else delete node[key];
      break;
    case 'duplicate':
      if (Array.isArray(node)) node.splice(key as number, 0, structuredClone(node[key as number]));
      else node[key] = [node[key], node[key]];
      break;
    case 'swap-string': {
      const other = pick(index.strings, m.from);
      const source = other ? parentOf(doc, other) : null;
      if (source && typeof source.node[source.key] === 'string')
        node[key] = source.node[source.key];
      break;
    }
    case 'nest': {
      let inner: unknown = { flags: ['x'] };
      for (let i = 0; i < m.depth; i++) inner = { any: [inner] };
      node[key] = inner;
      break;
    }
  }
}

/** A mutation from a stream of numbers in [0, 1) (the fuzz script's seeded generator). */
export function drawMutation(next: () => number): Mutation {
  const at = Math.floor(next() * 1_000_000);
  const r = next();
  const item = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  if (r < 0.35) return { kind: 'number', at, value: item(HOSTILE_NUMBERS) };
  if (r < 0.55) return { kind: 'scale', at, factor: item(SCALE_FACTORS) };
  if (r < 0.7) return { kind: 'replace', at, value: item(HOSTILE_VALUES) };
  if (r < 0.8) return { kind: 'delete', at };
  if (r < 0.87) return { kind: 'duplicate', at };
  if (r < 0.95) return { kind: 'swap-string', at, from: Math.floor(next() * 1_000_000) };
  return { kind: 'nest', at, depth: item([2, 10, 39, 60, 600]) };
}
