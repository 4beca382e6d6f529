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
