/**
 * The class results as CSV for a spreadsheet: RFC 4180 quoting, CRLF line
 * ends, one table with a status column (ranked games first, then unfinished
 * and held-back games, then refused files with their reason), in the words
 * the game shows players: outcome, tier and indicator names, not engine ids.
 *
 * Every text cell comes from a student's file and so is untrusted. A
 * spreadsheet runs a cell that starts with `=`, `+`, `-`, `@` (or `|` for
 * DDE, or their full-width forms, even after spaces or a tab) as a formula —
 * CSV injection — so such cells get a leading `'`, which spreadsheets show
 * as text. Numbers are written by this module from finite numbers and are
 * left alone: a negative drift must stay a number the teacher can sort.
 */

import { type ClassResults, type ClassRow, keyDecisionsText } from '../classroom';
import {
  type CalendarLookup,
  holdDetail,
  holdLabel,
  outcomeName,
  progressText,
} from './class-words';
import { indicatorLabel, type PowerTable, powerName, TIER_LABELS } from './labels';

/** What a spreadsheet may read as the start of a formula, after any blanks or controls. */
const FORMULA_START =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: blanks and controls before a formula are the point
  /^[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]*[=+\-@|\uff1d\uff0b\uff0d\uff20\uff5c\u2212]/u;

/** A text cell, made inert and quoted when it must be. */
export function csvText(value: string): string {
  const safe = FORMULA_START.test(value) || /^[\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvNumber(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '' : String(value);
}

export function csvLine(cells: readonly string[]): string {
  return cells.join(',');
}

/** The columns before the per-game partnerships and indicators. */
export const CSV_LEADING_COLUMNS = [
  'status',
  'rank',
  'player',
  'file',
  'scenario',
  'seed',
  'score',
  'outcome',
  'progress',
  'question',
  'same name in another file',
  'key decisions',
] as const;

/**
 * The table's columns: the leading ones, a partnership per power and a column per indicator
 * (every power and indicator the class's games have, in the order first met), then the reason.
 */
export function csvColumns(results: ClassResults, powersOf: PowersLookup = () => undefined) {
  const { powers, indicators, names } = columnsOf(results, powersOf);
  return [
    ...CSV_LEADING_COLUMNS,
    ...powers.map((p) => `Partnership with ${powerName(names, p)}`),
    ...indicators.map((k) => indicatorLabel(names, k).name),
    'reason',
  ];
}

/** A scenario's powers by its id (undefined when it is not installed: ids are written). */
export type PowersLookup = (scenario: string) => PowerTable | undefined;

function columnsOf(results: ClassResults, powersOf: PowersLookup) {
  const rows = [...results.rows, ...results.unfinished, ...results.flagged];
  const powers = [...new Set(rows.flatMap((r) => Object.keys(r.tiers)))];
  const indicators = [...new Set(rows.flatMap((r) => Object.keys(r.indicators)))];
  const names: Record<string, PowerTable[string]> = {};
  for (const r of rows) Object.assign(names, powersOf(r.scenario) ?? {});
  return { powers, indicators, names };
}

export interface CsvOptions {
  /** A UTF-8 byte-order mark, so Excel reads Vietnamese names right. */
  readonly bom?: boolean;
  /** Month labels by scenario, for "Collapsed in August 2023"; without it, month numbers. */
  readonly calendar?: CalendarLookup;
  /** The powers' names by scenario; without it, power ids. */
  readonly powers?: PowersLookup;
}

export function classResultsCsv(results: ClassResults, opts: CsvOptions = {}): string {
  const calendar = opts.calendar ?? (() => []);
  const powersOf = opts.powers ?? (() => undefined);
  const columns = csvColumns(results, powersOf);
  const { powers, indicators } = columnsOf(results, powersOf);
  const lines = [csvLine(columns.map(csvText))];
  const blanks = (n: number) => Array.from({ length: n }, () => '');
  const gameLine = (status: string, rank: number | null, r: ClassRow, question: string) =>
    csvLine([
      csvText(status),
      csvNumber(rank),
      csvText(r.player),
      csvText(r.file),
      csvText(r.scenario),
      csvText(r.seed),
      csvNumber(r.score),
      csvText(r.outcome ? outcomeName(r.outcome, powersOf(r.scenario)) : ''),
      csvText(progressText(r, calendar)),
      csvText(question),
      r.duplicate ? 'yes' : 'no',
      csvText(keyDecisionsText(r.keyDecisions)),
      ...powers.map((p) => {
        const tier = r.tiers[p];
        return csvText(tier ? TIER_LABELS[tier] : '');
      }),
      ...indicators.map((k) => csvNumber(r.indicators[k] ?? null)),
      '',
    ]);
  for (const r of results.rows) {
    const question =
      r.beyondBots && r.botCeiling
        ? `beyond every bot — ask how (${r.botCeiling.policy}: ${r.botCeiling.score.toFixed(1)})`
        : '';
    lines.push(gameLine('ranked', r.rank, r, question));
  }
  for (const r of results.unfinished) lines.push(gameLine('unfinished', null, r, ''));
  for (const r of results.flagged) {
    const why = r.reasons.map((h) => `${holdLabel(h)}: ${holdDetail(h)}`).join('; ');
    lines.push(gameLine('held back', null, r, why));
  }
  for (const e of results.invalid) {
    lines.push(
      csvLine([
        csvText(`refused (${e.code})`),
        '',
        csvText(e.player ?? ''),
        csvText(e.file),
        ...blanks(columns.length - 5),
        csvText(e.reason),
      ]),
    );
  }
  return `${opts.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
