/**
 * Class codes: a short code a teacher reads out or writes on the board, so
 * that every student plays the same scenario with the same seed — with no
 * server to look anything up.
 *
 * Design: the code IS the seed. `7KQ-M3XP` is seven characters of Crockford
 * base 32 (no I, L, O or U, so nothing is confused with 1, 0 or a rude word;
 * typing is forgiving: lower case, spaces, O for 0 and I/L for 1 are all
 * accepted):
 *   - 1 scenario tag: derived from the scenario id's hash, so a typed code can
 *     find its scenario among the installed ones and a link that pairs a code
 *     with the wrong scenario is caught. It does not depend on the order or
 *     number of installed scenarios, so codes keep working when scenarios are
 *     added;
 *   - 5 random characters (25 bits, 33 million codes per scenario): the
 *     class's own seed;
 *   - 1 check character (weighted sum mod 32, odd weights): any single
 *     mistyped character and most swapped neighbours are caught when the
 *     student types the code, before they play a whole year on the wrong seed.
 * The game's seed is the canonical spelling (upper case, with the dash), so a
 * replay's seed names the class it was played for.
 *
 * Pure: the random source is a parameter (the browser passes
 * `(bytes) => crypto.getRandomValues(bytes)`).
 */
import { hashString } from '../engine/hash';
import { TEXT } from '../i18n';

const W = TEXT.view.links.classCode;

export const CLASS_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_CHARS = 5;
/** Without the dash: tag + random + check. */
const CODE_CHARS = 1 + RANDOM_CHARS + 1;
const WEIGHTS = [1, 3, 5, 7, 9, 11] as const;

/** Fills the array with random bytes, like `crypto.getRandomValues`. */
export type RandomSource = (bytes: Uint8Array) => unknown;

export type ClassCodeError = {
  readonly code: 'empty' | 'length' | 'character' | 'check';
  readonly message: string;
};

export type ClassCodeResult =
  | { readonly ok: true; readonly code: string; readonly tag: string }
  | { readonly ok: false; readonly error: ClassCodeError };

/** The character that stands for a scenario inside its class codes. */
export function scenarioTag(scenarioId: string): string {
  const h = Number.parseInt(hashString(scenarioId).slice(-2), 16);
  return CLASS_CODE_ALPHABET[h % 32] as string;
}

function checkChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    sum += CLASS_CODE_ALPHABET.indexOf(body[i] as string) * (WEIGHTS[i] ?? 1);
  }
  return CLASS_CODE_ALPHABET[sum % 32] as string;
}

function format(chars: string): string {
  return `${chars.slice(0, 3)}-${chars.slice(3)}`;
}

/** A fresh code for a scenario. 256 is a multiple of 32, so `byte % 32` is unbiased. */
export function newClassCode(scenarioId: string, random: RandomSource): string {
  const bytes = new Uint8Array(RANDOM_CHARS);
  random(bytes);
  let body = scenarioTag(scenarioId);
  for (const b of bytes) body += CLASS_CODE_ALPHABET[b % 32];
  return format(body + checkChar(body));
}

/** Reads a code as a person typed it; returns its canonical spelling (the seed). */
export function parseClassCode(text: string): ClassCodeResult {
  const raw = text
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (raw.length === 0) return fail('empty', W.empty);
  if (raw.length !== CODE_CHARS) {
    return fail('length', W.length(CODE_CHARS, raw.length));
  }
  const bad = [...raw].find((c) => !CLASS_CODE_ALPHABET.includes(c));
  if (bad !== undefined) {
    return fail('character', W.character(bad));
  }
  const body = raw.slice(0, -1);
  if (checkChar(body) !== raw.slice(-1)) {
    return fail('check', W.check);
  }
  return { ok: true, code: format(raw), tag: raw[0] as string };
}

function fail(code: ClassCodeError['code'], message: string): ClassCodeResult {
  return { ok: false, error: { code, message } };
}

/** Whether a (valid) code was made for this scenario. */
export function classCodeFits(code: string, scenarioId: string): boolean {
  const parsed = parseClassCode(code);
  return parsed.ok && parsed.tag === scenarioTag(scenarioId);
}

/**
 * The installed scenarios a typed code can belong to: usually one; more than
 * one only when two scenario ids share a tag (1 in 32), and then the screen
 * asks the student to pick.
 */
export function scenariosForClassCode(code: string, scenarioIds: readonly string[]): string[] {
  const parsed = parseClassCode(code);
  if (!parsed.ok) return [];
  return scenarioIds.filter((id) => scenarioTag(id) === parsed.tag);
}
