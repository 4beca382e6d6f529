import type Phaser from 'phaser';
import { currentForm, declarePortrait, fitPortrait, LANDSCAPE, setViewSize } from '../screen-form';

/**
 * Where a full-screen page (How to play, Credits, Debrief) draws in the screen's form: the
 * 1280×720 design on a laptop, the viewport in CSS pixels on a tablet (two columns, pages
 * turned), and one scrolling column on a phone held upright.
 */
export interface PageLayout {
  readonly width: number;
  readonly height: number;
  /** One column that scrolls (a phone): no pages to turn, no footer. */
  readonly narrow: boolean;
  /** Laid out in CSS pixels for a finger (phone or tablet): buttons 44 pixels high. */
  readonly touch: boolean;
  /** The left edge of the title and content, and the content's width. */
  readonly x: number;
  readonly contentWidth: number;
  /** Where the title's row starts. */
  readonly headerY: number;
  /** Where the tab row starts, below the title. */
  readonly tabsY: number;
  /** The top of the content area, below the header. */
  readonly contentY: number;
  /** The top of the footer row (pager, replay buttons); the content stops above it. */
  readonly footerY: number;
  /** How many columns text pages flow into. */
  readonly columns: number;
}

/** The landscape page, as the screens were designed (1280×720). */
export const LANDSCAPE_PAGE: PageLayout = {
  width: LANDSCAPE.width,
  height: LANDSCAPE.height,
  narrow: false,
  touch: false,
  x: 120,
  contentWidth: 1100,
  headerY: 26,
  tabsY: 96,
  contentY: 150,
  footerY: 676,
  columns: 2,
};

/** Below this layout width a page is one column. */
const TWO_COLUMNS_FROM = 700;

/**
 * Sets the scene's camera for its form and returns the page layout it has. The scene then
 * lays itself out from it (and rebuilds on a resize, see `onRelayout`).
 */
export function fitPage(scene: Phaser.Scene): PageLayout {
  if (currentForm(scene) === 'landscape') {
    // Declared, so the letterbox fitting leaves this scene's camera alone in every form.
    declarePortrait(scene);
    const { width, height } = scene.scale;
    scene.cameras.main.setViewport(0, 0, width, height).setOrigin(0, 0).setZoom(1).setScroll(0, 0);
    setViewSize(scene, LANDSCAPE.width, LANDSCAPE.height);
    return LANDSCAPE_PAGE;
  }
  const { width, height } = fitPortrait(scene);
  const narrow = width < TWO_COLUMNS_FROM;
  // A tablet keeps the bamboo at the left edge clear of the text.
  const x = narrow ? 14 : 76;
  return {
    width,
    height,
    narrow,
    touch: true,
    x,
    contentWidth: width - 2 * x - (narrow ? 6 : 0),
    headerY: narrow ? 10 : 20,
    tabsY: narrow ? 0 : 84,
    contentY: narrow ? 0 : 148,
    footerY: height - 60,
    columns: narrow ? 1 : 2,
  };
}
