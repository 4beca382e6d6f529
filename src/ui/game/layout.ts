/** Where each part of the game screen sits on the 1280×720 design canvas. */
export const LAYOUT = {
  topBar: { height: 52 },
  powers: { x: 12, y: 60, width: 316, height: 234 },
  drift: { x: 12, y: 302, width: 316, height: 86 },
  news: { x: 12, y: 396, width: 316, height: 312 },
  map: { x: 340, y: 60, width: 456, scale: 0.6 },
  gauges: { x: 340, y: 440, width: 456, height: 268 },
  actions: { x: 808, y: 60, width: 460, height: 648 },
} as const;

/** An action card's height; cards sit in two columns, five pixels apart. */
export const CARD_HEIGHT = 56;

/** Room the powers panel needs for `powers` powers: a heading and a block each. */
export function powersPanelHeight(powers: number): number {
  return 26 + powers * 62;
}

/**
 * The portrait (phone) game screen, in layout units (about a CSS pixel each): one column with
 * the month and figures on top, then the powers and the bamboo meter, then a row of tabs and
 * the tab area (cards, gauges, news, map) filling the rest of the screen.
 */
export function portraitLayout(width: number, height: number, topBar: number, powers: number) {
  const inner = width - 16;
  const powersBox = { x: 8, y: topBar + 6, width: inner, height: powersPanelHeight(powers) };
  const drift = { x: 8, y: powersBox.y + powersBox.height + 6, width: inner, height: 84 };
  const tabBar = { y: drift.y + drift.height + 6, height: 44 };
  const areaTop = tabBar.y + tabBar.height + 6;
  return {
    topBar: { height: topBar },
    powers: powersBox,
    drift,
    tabBar,
    /** The tab area, as each tab's panel sees it (x relative to its column). */
    area: { x: 8, y: areaTop, width: inner, height: Math.max(160, height - areaTop - 8) },
  };
}
