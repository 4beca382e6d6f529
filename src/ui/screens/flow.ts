import type Phaser from 'phaser';

/** One block of a flowing text: built at a given width, it reports its own height. */
export interface Block {
  build(
    scene: Phaser.Scene,
    width: number,
  ): { object: Phaser.GameObjects.GameObject; height: number };
  /** Space above the block. */
  readonly gap?: number;
  /** A heading stays with the block after it rather than ending a column. */
  readonly keepWithNext?: boolean;
}

export interface FlowArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly columns: number;
  readonly columnGap: number;
}

/**
 * Lays blocks out in columns and pages, so long lists (sources, the timeline)
 * are turned page by page with the keyboard instead of scrolled.
 */
export function flowIntoPages(
  scene: Phaser.Scene,
  blocks: readonly Block[],
  area: FlowArea,
): Phaser.GameObjects.Container[] {
  const columnWidth = (area.width - area.columnGap * (area.columns - 1)) / area.columns;
  const built = blocks.map((b) => ({ ...b.build(scene, columnWidth), block: b }));
  const pages: Phaser.GameObjects.Container[] = [];
  let page = scene.add.container(0, 0);
  pages.push(page);
  let column = 0;
  let y = 0;
  const nextColumn = () => {
    column++;
    y = 0;
    if (column >= area.columns) {
      column = 0;
      page = scene.add.container(0, 0);
      pages.push(page);
    }
  };
  built.forEach((item, i) => {
    const gap = y === 0 ? 0 : (item.block.gap ?? 8);
    const following = item.block.keepWithNext ? (built[i + 1]?.height ?? 0) : 0;
    if (y > 0 && y + gap + item.height + following > area.height) nextColumn();
    const top = y === 0 ? 0 : gap;
    const target = item.object as Phaser.GameObjects.GameObject & {
      setPosition(x: number, y: number): unknown;
    };
    target.setPosition(area.x + column * (columnWidth + area.columnGap), area.y + y + top);
    page.add(item.object);
    y += top + item.height;
  });
  return pages;
}
