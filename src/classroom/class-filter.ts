/**
 * The teacher's "only this class" filter, applied to verdicts already made:
 * typing a class code must not replay every file again. A verified file
 * played on another seed or scenario becomes invalid with the same reason
 * the command line's `--class` gives.
 */
import { classCodeFits, parseClassCode } from '../share/class-code';
import type { FileVerdict, InvalidEntry } from './verify';

export type ClassCodeFilter =
  | { readonly kind: 'none' }
  | { readonly kind: 'code'; readonly code: string }
  | { readonly kind: 'error'; readonly message: string };

/** An empty field filters nothing; a mistyped code says why and filters nothing. */
export function readClassFilter(text: string): ClassCodeFilter {
  if (text.trim() === '') return { kind: 'none' };
  const parsed = parseClassCode(text);
  return parsed.ok
    ? { kind: 'code', code: parsed.code }
    : { kind: 'error', message: parsed.error.message };
}

export function applyClassFilter(
  verdicts: readonly FileVerdict[],
  filter: ClassCodeFilter,
): FileVerdict[] {
  if (filter.kind !== 'code') return [...verdicts];
  const code = filter.code;
  return verdicts.map((v): FileVerdict => {
    if (v.status !== 'valid') return v;
    const refuse = (c: InvalidEntry['code'], reason: string): InvalidEntry => ({
      status: 'invalid',
      file: v.file,
      player: v.player,
      code: c,
      reason,
    });
    if (!classCodeFits(code, v.scenario)) {
      return refuse(
        'wrong-scenario',
        `played scenario "${v.scenario}"; class ${code} plays another`,
      );
    }
    if (v.seed !== code) {
      return refuse('wrong-seed', `played with seed "${v.seed}"; this class plays seed "${code}"`);
    }
    return v;
  });
}
