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
import { OUTCOME_LABELS } from './labels';

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
export const INVALID_LABELS: Readonly<Record<InvalidCode, string>> = {
  unreadable: 'could not be read',
  'too-big': 'too big to be a replay',
  'not-json': 'not a replay file',
  format: 'not a replay file',
  'engine-version': 'another version of the game',
  malformed: 'damaged file',
  'wrong-scenario': 'another scenario than the class',
  'wrong-seed': 'another seed than the class',
  'unknown-scenario': 'scenario not installed',
  scenario: 'another version of the scenario',
  'illegal-action': 'edited: an illegal decision',
  checkpoint: 'edited: a month does not replay',
  final: 'edited: the ending does not replay',
};

/** "Sep: Upgrade with Washington · Dec: Xi's visit: Sign (≠ history)": a table cell, not a report. */
export function compactDecisions(decisions: readonly KeyDecision[]): string {
  return decisions
    .map((d) => {
      const month = /^([A-Z][a-z]{2})[a-z]* \d{4}$/.exec(d.turnLabel)?.[1] ?? `T${d.turn}`;
      return `${month}: ${d.label}${d.asHistory === false ? ' (≠ history)' : ''}`;
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
      outcome: r.outcome ? OUTCOME_LABELS[r.outcome].name : 'Unfinished',
      progress: r.over ? 'Finished' : `Stopped after ${r.turns - 1} of ${turns(r.scenario)} months`,
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
