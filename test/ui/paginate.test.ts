/** A long dialog's blocks cut into pages that fit, none split, headings kept with what follows. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PageBlock, paginate } from '../../src/ui/widgets/paginate';

const heightOf = (blocks: readonly PageBlock[], page: readonly number[], gap: number) =>
  page.reduce((a, i, k) => a + (blocks[i] as PageBlock).height + (k > 0 ? gap : 0), 0);

describe('paginate', () => {
  it('fills a page before it starts the next', () => {
    const blocks = [30, 30, 30, 30, 30].map((height) => ({ height }));
    expect(paginate(blocks, 100, 5)).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
  });

  it('moves a heading to the next page with the block it heads', () => {
    const blocks = [{ height: 60 }, { height: 20, keepWithNext: true }, { height: 40 }];
    expect(paginate(blocks, 100, 0)).toEqual([[0], [1, 2]]);
  });

  it('gives a block taller than a page a page of its own', () => {
    expect(paginate([{ height: 10 }, { height: 300 }, { height: 10 }], 100, 0)).toEqual([
      [0],
      [1],
      [2],
    ]);
  });

  it('keeps every block once, in order, and every page within the budget unless one block is taller', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ height: fc.integer({ min: 1, max: 150 }), keepWithNext: fc.boolean() }),
          { maxLength: 40 },
        ),
        fc.integer({ min: 20, max: 400 }),
        fc.integer({ min: 0, max: 12 }),
        (blocks, budget, gap) => {
          const pages = paginate(blocks, budget, gap);
          expect(pages.flat()).toEqual(blocks.map((_, i) => i));
          for (const page of pages) {
            const h = heightOf(blocks, page, gap);
            // Over budget only where a heading and its block (or one block) cannot fit any page.
            if (h > budget) {
              const headings = page.slice(0, -1).every((i) => blocks[i]?.keepWithNext);
              expect(headings).toBe(true);
            }
          }
          // No page but the last ends on a heading that has a block after it.
          for (const page of pages.slice(0, -1)) {
            const last = page.at(-1);
            if (last !== undefined && last < blocks.length - 1)
              expect(blocks[last]?.keepWithNext).not.toBe(true);
          }
        },
      ),
    );
  });
});
