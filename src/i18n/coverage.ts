/**
 * How complete a translation is, key by key: what it lacks (shown in English instead) and
 * what it left identical to English. Used by `bamboo i18n` and the catalog tests.
 */
import { isBranch } from './catalog';

/** Values that read the same in every language the game speaks: names, symbols, codes. */
export const SAME_IN_EVERY_LANGUAGE: ReadonlySet<string> = new Set([
  'Washington',
  'Tokyo',
  'Manila',
  'Philippines',
  'Myanmar',
  'Malaysia',
  'Indonesia',
  // Vietnamese places keep their Vietnamese names on the English map too.
  'Hà Nội',
  'Đà Nẵng',
  'Hải Phòng',
  'Lào Cai',
  'Menu',
  'Washington, Tokyo',
  'Washington, Tokyo ▶',
  '/ 100',
  'Page Up / Down',
  'Enter, Space',
  'Esc',
]);

export interface Coverage {
  /** Dotted keys the translation lacks: English is shown instead. */
  readonly missing: readonly string[];
  /** Dotted keys whose translation is word for word the English. */
  readonly untranslated: readonly string[];
  /** Keys the translation has that English does not (typos, leftovers). */
  readonly unknown: readonly string[];
  /** How many leaves (strings, templates, lists) English has. */
  readonly total: number;
}

/** Numbers no real text contains: a template's placeholders, found again in its output. */
export const MARKERS = [9101, 9202, 9303, 9404, 9505, 9606, 9707, 9808, 9909] as const;

type Template = (...args: unknown[]) => unknown;

/**
 * Calls a catalog template with recognisable arguments: each a string object holding a
 * marker number (it prints as the number, compares unequal to 0 and 1, and has the string
 * methods a template may call), or, for templates that join a list, one-element lists.
 * Null if both throw.
 */
export function sample(fn: Template, kind?: ArgKind): { kind: ArgKind; text: string } | null {
  for (const k of kind ? [kind] : ARG_KINDS) {
    try {
      const args = MARKERS.slice(0, Math.max(fn.length, 1)).map((m) =>
        k === 'value' ? Object(String(m)) : [String(m)],
      );
      return { kind: k, text: String(fn(...args)) };
    } catch {
      // Try the next kind of argument.
    }
  }
  return null;
}

const ARG_KINDS = ['value', 'list'] as const;
export type ArgKind = (typeof ARG_KINDS)[number];

/** Letters left once the placeholders' markers are taken out: nothing to translate if none. */
function hasWords(text: string): boolean {
  const rest = MARKERS.reduce((t, m) => t.split(String(m)).join(''), text);
  return /\p{L}{2,}/u.test(rest);
}

function sameAsEnglish(english: unknown, other: unknown): boolean {
  if (typeof english === 'string' && typeof other === 'string') {
    return english === other && hasWords(english) && !SAME_IN_EVERY_LANGUAGE.has(english);
  }
  if (typeof english === 'function' && typeof other === 'function') {
    const en = sample(english as Template);
    const tr = en && sample(other as Template, en.kind);
    return en !== null && tr !== null && en.text === tr.text && hasWords(en.text);
  }
  return false;
}

export function coverage(english: object, translation: object): Coverage {
  const missing: string[] = [];
  const untranslated: string[] = [];
  const unknown: string[] = [];
  let total = 0;
  const walk = (en: unknown, tr: unknown, path: string) => {
    if (isBranch(en)) {
      const other = isBranch(tr) ? tr : {};
      for (const key of Object.keys(en)) walk(en[key], other[key], path ? `${path}.${key}` : key);
      for (const key of Object.keys(other)) {
        if (!(key in en)) unknown.push(path ? `${path}.${key}` : key);
      }
      return;
    }
    total++;
    if (tr === undefined || typeof tr !== typeof en) {
      missing.push(path);
      return;
    }
    if (Array.isArray(en)) {
      if (!Array.isArray(tr) || tr.length !== en.length) {
        missing.push(path);
        return;
      }
      const flat = (v: unknown): unknown[] => (Array.isArray(v) ? v.flatMap(flat) : [v]);
      const a = flat(en);
      const b = flat(tr);
      if (
        a.length === b.length &&
        a.every((v, i) => v === b[i]) &&
        a.some((v) => sameAsEnglish(v, v))
      )
        untranslated.push(path);
      return;
    }
    if (sameAsEnglish(en, tr)) untranslated.push(path);
  };
  walk(english, translation, '');
  return { missing, untranslated, unknown, total };
}

/** Every template of the catalog with its dotted key, for checks over all of them. */
export function templates(catalog: object, path = ''): [string, Template][] {
  const out: [string, Template][] = [];
  for (const [key, value] of Object.entries(catalog)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'function') out.push([at, value as Template]);
    else if (isBranch(value)) out.push(...templates(value, at));
  }
  return out;
}
