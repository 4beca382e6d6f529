/**
 * Which of a preview's lines fit a given height, and what the ones left out fold into. Kept
 * apart from the drawing (and from Phaser) so that a test can check, for every answer of a
 * campaign, that an effect given way to is still read in its folded line.
 */

/** A line to draw; `rank` above 0 marks what gives way first when the room is short. */
export interface FitLine {
  readonly text: string;
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: number;
  readonly indent?: number;
  /** Space above the line (a heading's). */
  readonly gap?: number;
  /** 0: always kept (risks, the price, what blocks it). Higher ranks give way first. */
  readonly rank: number;
  /** The section the line belongs to: its lines fold into one line under the section's heading. */
  readonly group?: string;
  /** This line is the heading of that section (its folded line goes right under it). */
  readonly heads?: boolean;
  /** The line that stands for a section's lines that gave way. */
  readonly folded?: boolean;
}

/** What is drawn, top to bottom: the kept lines, each section's folded line under its heading. */
export type Placed = { readonly line: FitLine; readonly y: number; readonly cut: boolean };

/** Size of the folded lines' type. */
export const FOLD_SIZE = 12;
/** Space between two drawn lines. */
const SPACING = 2;

/**
 * Lays out `lines` within `max`: the most dispensable rank gives way first, and a section's
 * lines that gave way are joined into one line under its heading ("▲ +10 Relations… · ▲ +4 …"),
 * so a figure is never silently lost. A line past the bottom is drawn as "…".
 * `measure` gives a line's drawn height (Phaser's in the game, an estimate in tests).
 */
export function fitLines(
  lines: readonly FitLine[],
  max: number,
  measure: (line: FitLine) => number,
): Placed[] {
  const heights = new Map<FitLine, number>();
  const height = (line: FitLine) => {
    let h = heights.get(line);
    if (h === undefined) {
      h = measure(line);
      heights.set(line, h);
    }
    return h;
  };
  let kept = [...lines];
  const folded = new Map<string, string[]>();
  const foldLine = (group: string, parts: readonly string[]): FitLine => ({
    text: parts.join(' · '),
    size: FOLD_SIZE,
    rank: 0,
    group,
    folded: true,
  });
  const order = () => {
    const out: FitLine[] = [];
    for (const line of kept) {
      out.push(line);
      const parts = line.heads && line.group ? folded.get(line.group) : undefined;
      if (parts && line.group) out.push(foldLine(line.group, parts));
    }
    return out;
  };
  const total = (shown: readonly FitLine[]) =>
    shown.reduce((h, l) => h + (l.gap ?? 0) + height(l) + SPACING, 0);
  const ranks = [...new Set(lines.map((l) => l.rank))].filter((r) => r > 0).sort((a, b) => b - a);
  for (const rank of ranks) {
    if (total(order()) <= max) break;
    for (const line of kept) {
      if (line.rank !== rank || !line.group || line.heads) continue;
      const parts = folded.get(line.group) ?? [];
      parts.push(line.text);
      folded.set(line.group, parts);
    }
    kept = kept.filter((l) => l.rank !== rank || l.heads);
  }
  const placed: Placed[] = [];
  let y = 0;
  for (const line of order()) {
    y += line.gap ?? 0;
    const cut = y + height(line) > max;
    placed.push({ line, y, cut });
    if (cut) break;
    y += height(line) + SPACING;
  }
  return placed;
}

/** The height `fitLines` used: the bottom of its last line. */
export function fittedHeight(
  placed: readonly Placed[],
  measure: (line: FitLine) => number,
): number {
  const last = placed.at(-1);
  if (!last) return 0;
  return last.y + (last.cut ? measure({ ...last.line, text: '…' }) : measure(last.line)) + SPACING;
}
