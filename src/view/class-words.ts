/**
 * The class results in a teacher's words: outcome names, why a game is held
 * back from the ranking, what a file claims that its replay does not give.
 * Shared by the Class results screen, its CSV and `bamboo verify`.
 */
import type { ClassRow, FalseClaim, HoldReason, InvalidCode } from '../classroom';
import { formatDecimal, TEXT } from '../i18n';
import { outcomeLabel, type PowerTable } from './labels';

/** The calendar's month labels of a scenario, by id (empty when it is not installed). */
export type CalendarLookup = (scenario: string) => readonly string[];

/** The table's words, in the player's language (src/i18n: view.classTable). */
export const CLASS_TABLE_WORDS = TEXT.view.classTable;
const W = CLASS_TABLE_WORDS;

/** What each refusal means to a teacher, in a few words. */
export const INVALID_LABELS: Readonly<Record<InvalidCode, string>> = TEXT.view.classTable.invalid;

/**
 * An outcome's name, or the text as the file gave it when it is not one. A rupture names its
 * power by the scenario's words when the scenario is known (`powers`), else by its id.
 */
export function outcomeName(id: string | null, powers: PowerTable = {}): string {
  if (id === null) return W.none;
  return outcomeLabel(powers, id).name;
}

function scoreText(n: number | null): string {
  return n === null ? W.none : formatDecimal(Math.round(n * 10) / 10);
}

/** One false claim in the teacher's words: "the file claims 95.0, the replay gives 74.2". */
export function claimText(c: FalseClaim): string {
  switch (c.field) {
    case 'score':
      return W.claim.score(scoreText(c.claimed), scoreText(c.actual));
    case 'outcome':
      return W.claim.outcome(outcomeName(c.claimed), outcomeName(c.actual));
    case 'over':
      return W.claim.over(c.claimed);
    case 'turn':
      return W.claim.turn(c.claimed + 1, c.actual + 1);
  }
}

export function holdLabel(r: HoldReason): string {
  return r.kind === 'copy' ? W.copyLabel : r.kind === 'bot' ? W.botLabel : W.claimLabel;
}

export function holdDetail(r: HoldReason): string {
  switch (r.kind) {
    case 'copy':
      return W.copyDetail(r.files);
    case 'bot':
      return W.botDetail(r.policy, r.stated);
    case 'false-claim':
      return r.claims.map(claimText).join('; ');
  }
}

/** "Finished", "Collapsed in August 2023" or "Stopped after 3 of 12 months". */
export function progressText(row: ClassRow, calendar: CalendarLookup): string {
  const months = calendar(row.scenario);
  if (!row.over) return W.stopped(row.turns - 1, months.length);
  if (row.collapse) return W.collapsed(months[row.turns - 1] ?? W.month(row.turns));
  return W.finished;
}
