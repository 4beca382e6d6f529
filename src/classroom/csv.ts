/**
 * The class results as CSV for a spreadsheet: RFC 4180 quoting, CRLF line
 * ends, one table with a status column (valid rows first, ranked; then the
 * invalid files with their reason) so a teacher can sort and filter it.
 *
 * Every text cell comes from a student's file and so is untrusted. A
 * spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and, in
 * some, a tab or CR before one) as a formula — CSV injection — so such cells
 * get a leading `'`, which spreadsheets show as text. Numbers are written by
 * this module from finite numbers and are left alone: a negative drift must
 * stay a number the teacher can sort.
 */
import { INDICATOR_KEYS, POWERS } from '../engine';
import { keyDecisionsText } from './key-decisions';
import type { ClassResults } from './verify';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell, made inert and quoted when it must be. */
export function csvText(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvNumber(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '' : String(value);
}

export function csvLine(cells: readonly string[]): string {
  return cells.join(',');
}

export const CSV_COLUMNS = [
  'status',
  'rank',
  'player',
  'file',
  'scenario',
  'seed',
  'score',
  'outcome',
  'collapse',
  'finished',
  'turns',
  'decisions',
  'duplicate',
  'key decisions',
  ...POWERS.map((p) => `tier ${p}`),
  ...INDICATOR_KEYS,
  'reason',
] as const;

export interface CsvOptions {
  /** A UTF-8 byte-order mark, so Excel reads Vietnamese names right. */
  readonly bom?: boolean;
}

export function classResultsCsv(results: ClassResults, opts: CsvOptions = {}): string {
  const lines = [csvLine(CSV_COLUMNS.map(csvText))];
  const blanks = (n: number) => Array.from({ length: n }, () => '');
  for (const r of results.rows) {
    lines.push(
      csvLine([
        'valid',
        csvNumber(r.rank),
        csvText(r.player),
        csvText(r.file),
        csvText(r.scenario),
        csvText(r.seed),
        csvNumber(r.score),
        csvText(r.outcome ?? ''),
        r.collapse ? 'yes' : 'no',
        r.over ? 'yes' : 'no',
        csvNumber(r.turns),
        csvNumber(r.decisions),
        r.duplicate ? 'yes' : 'no',
        csvText(keyDecisionsText(r.keyDecisions)),
        ...POWERS.map((p) => csvText(r.tiers[p])),
        ...INDICATOR_KEYS.map((k) => csvNumber(r.indicators[k])),
        '',
      ]),
    );
  }
  for (const e of results.invalid) {
    lines.push(
      csvLine([
        `invalid (${e.code})`,
        '',
        csvText(e.player ?? ''),
        csvText(e.file),
        ...blanks(CSV_COLUMNS.length - 5),
        csvText(e.reason),
      ]),
    );
  }
  return `${opts.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
