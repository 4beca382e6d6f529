/**
 * The class results table as the screen writes it: one line of cells per
 * ranked game (names exactly as typed: they are shown as text, never
 * markup), then the games held back from the ranking and the refused files,
 * each with the reason in a teacher's words.
 */
import {
  type ClassResults,
  displayName,
  type InvalidCode,
  type KeyDecision,
  turningPoints,
} from '../classroom';
import { formatDecimal, TEXT } from '../i18n';
import {
  type CalendarLookup,
  holdDetail,
  holdLabel,
  outcomeName,
  progressText,
  CLASS_TABLE_WORDS as W,
} from './class-words';
import type { PowerTable } from './labels';

export * from './class-words';

export interface ClassTableRow {
  readonly rank: number;
  readonly name: string;
  readonly file: string;
  readonly scenario: string;
  readonly seed: string;
  readonly score: number;
  readonly scoreText: string;
  readonly outcome: string;
  /** "Finished", or "Collapsed in August 2023". */
  readonly progress: string;
  readonly keyDecisions: string;
  readonly duplicate: boolean;
  /** "beyond every bot — ask how" for a score above the best bot's 90th percentile; else null. */
  readonly beyondBots: string | null;
}

/** A verified game kept out of the ranking, or a refused file: who, which file, why. */
export interface ClassTableNote {
  readonly name: string;
  readonly file: string;
  /** The reason in a few words. */
  readonly label: string;
  /** The details: what the file claims, which files it matches, how far it got. */
  readonly detail: string;
}

export interface ClassTableInvalid {
  readonly name: string;
  readonly file: string;
  readonly code: InvalidCode;
  readonly reason: string;
}

export interface ClassTable {
  readonly rows: readonly ClassTableRow[];
  /** Games that have not reached their end, with how far they got. */
  readonly unfinished: readonly ClassTableNote[];
  /** Copies, files that lie about their ending, bots' games. */
  readonly flagged: readonly ClassTableNote[];
  readonly invalid: readonly ClassTableInvalid[];
  /** "Lan Nguyen: a.json, b.json" for each name handed in more than once. */
  readonly duplicates: readonly string[];
  /** Set when the verified files come from several scenarios or seeds: their scores do not compare. */
  readonly mixedClasses: string | null;
}

/** "Sep: Upgrade with Washington · Dec: Xi's visit: Sign (≠ history)": a table cell, not a report. */
export function compactDecisions(decisions: readonly KeyDecision[]): string {
  return decisions
    .map((d) => {
      const month = /^([A-Z][a-z]{2})[a-z]* \d{4}$/.exec(d.turnLabel)?.[1] ?? `T${d.turn}`;
      return `${month}: ${d.label}${d.asHistory === false ? TEXT.view.classTable.notHistory : ''}`;
    })
    .join(' · ');
}

/**
 * `powers` names each scenario's powers, so an ending reads "Rupture with Beijing", never with
 * a power's id.
 */
export function classTable(
  results: ClassResults,
  calendar: CalendarLookup,
  powers: (scenario: string) => PowerTable | undefined = () => undefined,
): ClassTable {
  return {
    rows: results.rows.map((r) => ({
      rank: r.rank,
      name: displayName(r),
      file: r.file,
      scenario: r.scenario,
      seed: r.seed,
      score: r.score,
      scoreText: formatDecimal(r.score),
      outcome: r.outcome ? outcomeName(r.outcome, powers(r.scenario)) : W.unfinished,
      progress: progressText(r, calendar),
      keyDecisions: compactDecisions(turningPoints(r.keyDecisions)) || '—',
      duplicate: r.duplicate,
      beyondBots:
        r.beyondBots && r.botCeiling
          ? W.beyondBots(r.botCeiling.policy, formatDecimal(r.botCeiling.score))
          : null,
    })),
    unfinished: results.unfinished.map((r) => ({
      name: displayName(r),
      file: r.file,
      label: W.unfinishedLabel,
      detail: progressText(r, calendar),
    })),
    flagged: results.flagged.map((r) => ({
      name: displayName(r),
      file: r.file,
      label: r.reasons.map(holdLabel).join(' · '),
      detail: [...r.reasons.map(holdDetail), progressText(r, calendar)].join('; '),
    })),
    invalid: results.invalid.map((e) => ({
      name: displayName(e),
      file: e.file,
      code: e.code,
      reason: e.reason,
    })),
    duplicates: results.duplicates.map((d) => `${d.player}: ${d.files.join(', ')}`),
    mixedClasses: results.classes.length > 1 ? W.mixed(results.classes.length) : null,
  };
}
