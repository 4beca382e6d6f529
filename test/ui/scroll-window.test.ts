/**
 * The arithmetic of a scrolling pane: lines show whole or not at all, "▼ More" takes the box's
 * foot only while lines follow, and every line can be scrolled to by line, page or drag.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  lastFirst,
  pageDown,
  pageUp,
  scrollLines,
  shownFrom,
  type WindowRow,
} from '../../src/ui/widgets/scroll-window';

/** Lines of the given heights, `gap` apart. */
const column = (heights: readonly number[], gap = 2): WindowRow[] => {
  let top = 0;
  return heights.map((height) => {
    const row = { top, height };
    top += height + gap;
    return row;
  });
};

const MORE = 16;

describe('a box over a long column', () => {
  const rows = column(Array.from({ length: 10 }, () => 18));

  it('shows the lines that fit whole, and keeps room for “More” while lines follow', () => {
    // 10 lines of 18 px, 2 apart: 198 px in all.
    expect(shownFrom(rows, 0, 300, MORE)).toEqual({ first: 0, end: 10, more: false });
    // 100 px: five lines would fit (98 px), but "More" needs its 16: four.
    expect(shownFrom(rows, 0, 100, MORE)).toEqual({ first: 0, end: 4, more: true });
    expect(shownFrom(rows, 5, 100, MORE)).toEqual({ first: 5, end: 10, more: false });
  });

  it('stops where the last line shows, and pages a box at a time', () => {
    expect(lastFirst(rows, 100)).toBe(5);
    expect(lastFirst(rows, 500)).toBe(0);
    expect(pageDown(rows, 0, 100, MORE)).toBe(4);
    expect(pageDown(rows, 4, 100, MORE)).toBe(5);
    expect(pageDown(rows, 5, 100, MORE)).toBe(5);
    expect(pageUp(rows, 5, 100, MORE)).toBe(1);
    expect(pageUp(rows, 1, 100, MORE)).toBe(0);
  });

  it('turns a drag into whole lines, carrying what is left, and spends a push past an end', () => {
    let at = { first: 0, carry: 0 };
    at = scrollLines(rows, at.first, at.carry, 15, 100);
    expect(at).toEqual({ first: 0, carry: 15 });
    at = scrollLines(rows, at.first, at.carry, 15, 100);
    expect(at).toEqual({ first: 1, carry: 10 });
    at = scrollLines(rows, at.first, at.carry, 1000, 100);
    expect(at).toEqual({ first: 5, carry: 0 });
    at = scrollLines(rows, at.first, at.carry, -41, 100);
    expect(at).toEqual({ first: 3, carry: -1 });
  });

  it('never leaves a heading alone at the foot: it goes to the next page with its lines', () => {
    const headed = rows.map((r, i) => (i === 3 ? { ...r, keepWithNext: true } : r));
    // Lines 0–3 would fit above "More"; 3 is a heading, so the box stops at 2.
    expect(shownFrom(headed, 0, 100, MORE)).toEqual({ first: 0, end: 3, more: true });
    expect(pageDown(headed, 0, 100, MORE)).toBe(3);
    // With nothing below, it is no longer the foot of a page: it shows.
    expect(shownFrom(headed, 3, 200, MORE)).toEqual({ first: 3, end: 10, more: false });
  });

  it('shows a line taller than the whole box from its top rather than nothing', () => {
    const tall = column([18, 400, 18]);
    expect(shownFrom(tall, 1, 100, MORE)).toEqual({ first: 1, end: 2, more: true });
  });
});

describe('any column in any box', () => {
  it('never shows a line past the box, and pages reach every line, headings or not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 12, max: 60 }), fc.boolean()), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 80, max: 500 }),
        (lines, gap, view) => {
          // Some lines are headings, kept with what follows them.
          const rows = column(
            lines.map(([h]) => h),
            gap,
          ).map((r, i) => (lines[i]?.[1] ? { ...r, keepWithNext: true } : r));
          const seen = new Set<number>();
          let first = 0;
          for (let guard = 0; guard <= rows.length; guard++) {
            const shown = shownFrom(rows, first, view, MORE);
            const room = shown.more ? view - MORE : view;
            const top = rows[first]?.top ?? 0;
            for (let i = shown.first; i < shown.end; i++) {
              seen.add(i);
              const row = rows[i] as WindowRow;
              // Only a line taller than the whole box may reach past it.
              if (shown.end - shown.first > 1)
                expect(row.top + row.height - top).toBeLessThanOrEqual(room);
            }
            const next = pageDown(rows, first, view, MORE);
            if (next === first) break;
            first = next;
          }
          expect(seen.size).toBe(rows.length);
          expect(first).toBe(lastFirst(rows, view));
          // Page Up from the end comes back to the top.
          for (let guard = 0; guard <= rows.length && first > 0; guard++)
            first = pageUp(rows, first, view, MORE);
          expect(first).toBe(0);
        },
      ),
    );
  });
});
