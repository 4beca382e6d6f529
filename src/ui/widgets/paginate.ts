/**
 * Blocks of a given height, stacked with a gap, cut into pages no taller than a budget: a
 * block never splits, a heading stays with what follows it, and a block taller than a page
 * gets a page of its own (the dialog around it scrolls rather than cut it).
 */
export interface PageBlock {
  readonly height: number;
  /** A heading: it starts a page rather than end one. */
  readonly keepWithNext?: boolean;
}

/** The blocks of each page, by index, in order; at least one page, which may be empty. */
export function paginate(blocks: readonly PageBlock[], budget: number, gap: number): number[][] {
  const pages: number[][] = [[]];
  let used = 0;
  for (let i = 0; i < blocks.length; i++) {
    // A heading and the block after it go together.
    let end = i;
    while ((blocks[end] as PageBlock).keepWithNext && end + 1 < blocks.length) end++;
    let need = 0;
    for (let k = i; k <= end; k++) need += (blocks[k] as PageBlock).height + (k > i ? gap : 0);
    const page = pages.at(-1) as number[];
    if (page.length > 0 && used + gap + need > budget) {
      pages.push([]);
      used = 0;
    }
    const into = pages.at(-1) as number[];
    for (let k = i; k <= end; k++) {
      used += (into.length > 0 ? gap : 0) + (blocks[k] as PageBlock).height;
      into.push(k);
    }
    i = end;
  }
  return pages;
}
