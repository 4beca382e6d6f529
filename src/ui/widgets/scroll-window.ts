/**
 * Which lines of a long column show in a box of fixed height, scrolled a whole line at a time.
 * A line is either shown whole or not at all (no renderer has to clip a glyph, and no reader
 * meets half a line), and when lines follow below the box its last line says so ("▼ More").
 * Kept apart from Phaser so the arithmetic is tested in Node.
 */

/** A line of the column: where its top stands in the whole column, and its height. */
export interface WindowRow {
  readonly top: number;
  readonly height: number;
  /** A heading's line: never the last the box shows while lines follow (it goes with them). */
  readonly keepWithNext?: boolean;
}

/** What shows: lines `first` to `end − 1`, and whether more follow below them. */
export interface ShownWindow {
  readonly first: number;
  readonly end: number;
  readonly more: boolean;
}

/** How many lines from `first` fit whole within `room`. */
function fitting(rows: readonly WindowRow[], first: number, room: number): number {
  const top = rows[first]?.top ?? 0;
  let end = first;
  while (end < rows.length) {
    const row = rows[end] as WindowRow;
    if (row.top + row.height - top > room) break;
    end += 1;
  }
  // A line taller than the whole box still shows (from its top): the box never stands empty.
  return Math.max(end, Math.min(first + 1, rows.length));
}

/**
 * The lines shown from line `first` in a box `view` high: as many as fit whole; when some are
 * left below, the box keeps `moreHeight` at its foot for the line that says so.
 */
export function shownFrom(
  rows: readonly WindowRow[],
  first: number,
  view: number,
  moreHeight: number,
): ShownWindow {
  const end = fitting(rows, first, view);
  if (end >= rows.length) return { first, end, more: false };
  let cut = fitting(rows, first, view - moreHeight);
  // A heading left alone at the foot, its lines below "More", goes to the next page with them.
  while (cut - 1 > first && rows[cut - 1]?.keepWithNext) cut -= 1;
  return { first, end: cut, more: true };
}

/** The furthest line the column may start at: from it on, the rest fits the box. */
export function lastFirst(rows: readonly WindowRow[], view: number): number {
  const last = rows.at(-1);
  if (!last) return 0;
  const bottom = last.top + last.height;
  let first = 0;
  while (first < rows.length - 1 && bottom - (rows[first] as WindowRow).top > view) first += 1;
  return first;
}

/** The line the next page starts at: the first one the box did not show. */
export function pageDown(
  rows: readonly WindowRow[],
  first: number,
  view: number,
  moreHeight: number,
): number {
  const shown = shownFrom(rows, first, view, moreHeight);
  return Math.min(lastFirst(rows, view), Math.max(first + 1, shown.end));
}

/** The line the previous page starts at: the earliest one from which the box still reaches `first − 1`. */
export function pageUp(
  rows: readonly WindowRow[],
  first: number,
  view: number,
  moreHeight: number,
): number {
  if (first <= 0) return 0;
  let start = first - 1;
  while (start > 0 && shownFrom(rows, start - 1, view, moreHeight).end >= first) start -= 1;
  return start;
}

/**
 * A scroll by `pixels` (a wheel's turn, a finger's drag; down is positive) as whole lines: the
 * column moves a line each time the distance to the next line's top is covered, and what is
 * left over is carried to the next move, so a slow drag still gets there.
 */
export function scrollLines(
  rows: readonly WindowRow[],
  first: number,
  carry: number,
  pixels: number,
  view: number,
): { first: number; carry: number } {
  const max = lastFirst(rows, view);
  const step = (i: number) => (rows[i + 1]?.top ?? 0) - (rows[i]?.top ?? 0) || 1;
  let at = Math.min(first, max);
  let left = carry + pixels;
  while (left > 0 && at < max && left >= step(at)) {
    left -= step(at);
    at += 1;
  }
  while (left < 0 && at > 0 && -left >= step(at - 1)) {
    left += step(at - 1);
    at -= 1;
  }
  // At an end, a push further that way is spent: it must not be owed to the way back.
  if ((left > 0 && at >= max) || (left < 0 && at <= 0)) left = 0;
  return { first: at, carry: left };
}
