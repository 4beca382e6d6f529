import type Phaser from 'phaser';
import { type Block, flowIntoPages } from './flow';
import { drawFrame, type Frame } from './frame';
import { LANDSCAPE_PAGE, type PageLayout } from './page-layout';
import { PageScroll } from './page-scroll';
import { Pager } from './pager';
import { Tabs } from './tabs';

export interface TabbedFrame extends Frame {
  readonly pager: Pager;
  readonly tabs: Tabs;
  /** Where the content starts (y), below the tab row. */
  readonly contentY: number;
  /** A phone's page: its content scrolls under the header (null where pages are turned). */
  readonly scroll: PageScroll | null;
}

/**
 * A full-screen page of tabs (How to play, Credits): the frame with its way back to the title,
 * a pager in the footer and the tab row under the title. No tab is open yet: the scene keeps
 * what it needs, then selects one. On a phone the tabs wrap and the page scrolls instead.
 */
export function drawTabbedFrame(
  scene: Phaser.Scene,
  title: string,
  tabLabels: readonly string[],
  onTab: (index: number) => void,
  layout: PageLayout = LANDSCAPE_PAGE,
): TabbedFrame {
  const frame = drawFrame(scene, title, () => scene.scene.start('Title'), layout);
  const right = layout.x + layout.contentWidth;
  const pager = new Pager(scene, frame.focus, right, layout.footerY, layout.touch);
  const tabsY = layout.narrow ? frame.titleBottom : layout.tabsY;
  const tabs = new Tabs(scene, layout.x, tabsY, tabLabels, onTab, frame.focus, {
    width: layout.contentWidth,
    touch: layout.touch,
  });
  const contentY = layout.narrow ? tabs.bottom + 14 : layout.contentY;
  const scroll = layout.narrow
    ? new PageScroll(scene, contentY - 6, layout.width, layout.height)
    : null;
  return { ...frame, pager, tabs, contentY, scroll };
}

/**
 * Blocks flowed down the content area's columns, page after page, clear of the footer; on a
 * phone, one column as long as it needs, in the scrolling page.
 */
export function contentPages(
  scene: Phaser.Scene,
  blocks: readonly Block[],
  columns = 2,
  columnGap = 48,
  frame?: Pick<TabbedFrame, 'layout' | 'contentY' | 'scroll'>,
): Phaser.GameObjects.Container[] {
  const layout = frame?.layout ?? LANDSCAPE_PAGE;
  const pages = flowIntoPages(scene, blocks, {
    x: layout.x,
    y: frame?.contentY ?? layout.contentY,
    width: layout.contentWidth,
    height: frame?.scroll ? Number.POSITIVE_INFINITY : layout.footerY - layout.contentY - 16,
    columns: layout.narrow ? 1 : columns,
    columnGap,
  });
  if (frame?.scroll) {
    frame.scroll.content.add(pages);
  }
  return pages;
}
