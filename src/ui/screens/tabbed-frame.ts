import type Phaser from 'phaser';
import { type Block, flowIntoPages } from './flow';
import { CONTENT, drawFrame, FOOTER_Y, type Frame } from './frame';
import { Pager } from './pager';
import { Tabs } from './tabs';

export interface TabbedFrame extends Frame {
  readonly pager: Pager;
  readonly tabs: Tabs;
}

/**
 * A full-screen page of tabs (How to play, Credits): the frame with its way back to the title,
 * a pager in the footer and the tab row under the title. No tab is open yet: the scene keeps
 * what it needs, then selects one.
 */
export function drawTabbedFrame(
  scene: Phaser.Scene,
  title: string,
  tabLabels: readonly string[],
  onTab: (index: number) => void,
): TabbedFrame {
  const frame = drawFrame(scene, title, () => scene.scene.start('Title'));
  const pager = new Pager(scene, frame.focus, CONTENT.x + CONTENT.width, FOOTER_Y);
  const tabs = new Tabs(scene, CONTENT.x, 96, tabLabels, onTab, frame.focus);
  return { ...frame, pager, tabs };
}

/** Blocks flowed down the content area's columns, page after page, clear of the footer. */
export function contentPages(
  scene: Phaser.Scene,
  blocks: readonly Block[],
  columns = 2,
  columnGap = 48,
): Phaser.GameObjects.Container[] {
  return flowIntoPages(scene, blocks, {
    x: CONTENT.x,
    y: CONTENT.y,
    width: CONTENT.width,
    height: FOOTER_Y - CONTENT.y - 16,
    columns,
    columnGap,
  });
}
