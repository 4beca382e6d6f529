/**
 * The class results table as the screen writes it: one line of cells per
 * verified file (names exactly as typed: they are shown as text, never
 * markup) and one per refused file with its reason.
 */
import {
  type ClassResults,
  displayName,
  type InvalidCode,
  type KeyDecision,
  turningPoints,
} from '../classroom';
import { TEXT } from '../i18n';
import { OUTCOME_LABELS } from './labels';

const T = TEXT.view.classTable;

export interface ClassTableRow {
  readonly rank: number;
  readonly name: string;
  readonly file: string;
  readonly score: number;
  readonly scoreText: string;
  readonly outcome: string;
  /** "Finished", or how far an unfinished game went. */
  readonly progress: string;
  readonly keyDecisions: string;
  readonly duplicate: boolean;
}

export interface ClassTableInvalid {
  readonly name: string;
  readonly file: string;
  readonly code: InvalidCode;
  readonly reason: string;
}

export interface ClassTable {
  readonly rows: readonly ClassTableRow[];
  readonly invalid: readonly ClassTableInvalid[];
  /** "Lan Nguyen: a.json, b.json" for each name handed in more than once. */
  readonly duplicates: readonly string[];
}

/** What each refusal means to a teacher, in a few words. */
export const INVALID_LABELS: Readonly<Record<InvalidCode, string>> = T.invalid;

/** "Sep: Upgrade with Washington · Dec: Xi's visit: Sign (≠ history)": a table cell, not a report. */
export function compactDecisions(decisions: readonly KeyDecision[]): string {
  return decisions
    .map((d) => {
      const month = /^([A-Z][a-z]{2})[a-z]* \d{4}$/.exec(d.turnLabel)?.[1] ?? `T${d.turn}`;
      return `${month}: ${d.label}${d.asHistory === false ? T.notHistory : ''}`;
    })
    .join(' · ');
}

export function classTable(results: ClassResults, turns: (scenario: string) => number): ClassTable {
  return {
    rows: results.rows.map((r) => ({
      rank: r.rank,
      name: displayName(r),
      file: r.file,
      score: r.score,
      scoreText: r.score.toFixed(1),
      outcome: r.outcome ? OUTCOME_LABELS[r.outcome].name : T.unfinished,
      progress: r.over ? T.finished : T.stopped(r.turns - 1, turns(r.scenario)),
      keyDecisions: compactDecisions(turningPoints(r.keyDecisions)) || '—',
      duplicate: r.duplicate,
    })),
    invalid: results.invalid.map((e) => ({
      name: displayName(e),
      file: e.file,
      code: e.code,
      reason: e.reason,
    })),
    duplicates: results.duplicates.map((d) => `${d.player}: ${d.files.join(', ')}`),
  };
}
