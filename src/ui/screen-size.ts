/**
 * The screen's form: the landscape board (laptops), the two-column tablet board (a tablet on
 * its side, a small laptop window), or the one-column portrait layout (phones held upright).
 * Chosen from the viewport at start and again whenever it is resized or turned.
 */
export type ScreenForm = 'landscape' | 'tablet' | 'portrait';

/** The landscape design size: every scene lays out for it and the FIT scaler does the rest. */
export const LANDSCAPE = { width: 1280, height: 720 } as const;

/**
 * The portrait game is drawn at twice its layout size (camera zoom 2), so a layout unit is
 * about one CSS pixel on a phone and text stays sharp on a screen of device scale 2.
 */
export const PORTRAIT_ZOOM = 2;
const PORTRAIT_MIN_WIDTH = 360;
const PORTRAIT_MAX_WIDTH = 480;

/**
 * Below this width the 1280×720 board would be shrunk under 12 CSS-pixel text: a tablet on its
 * side (1024×768) gets its own board, laid out in CSS pixels.
 */
const TABLET = { minWidth: 900, maxWidth: 1200, minHeight: 640 } as const;

export function pickForm(viewWidth: number, viewHeight: number): ScreenForm {
  if (viewHeight > viewWidth) return 'portrait';
  const tablet =
    viewWidth >= TABLET.minWidth && viewWidth < TABLET.maxWidth && viewHeight >= TABLET.minHeight;
  return tablet ? 'tablet' : 'landscape';
}

/** The canvas size (game size) for a viewport of `viewWidth`×`viewHeight` CSS pixels. */
export function gameSizeFor(
  viewWidth: number,
  viewHeight: number,
): { width: number; height: number; form: ScreenForm } {
  const form = pickForm(viewWidth, viewHeight);
  if (form === 'landscape') return { ...LANDSCAPE, form };
  if (form === 'tablet') {
    return {
      width: Math.round(viewWidth) * PORTRAIT_ZOOM,
      height: Math.round(viewHeight) * PORTRAIT_ZOOM,
      form,
    };
  }
  const layoutWidth = Math.round(
    Math.min(PORTRAIT_MAX_WIDTH, Math.max(PORTRAIT_MIN_WIDTH, viewWidth)),
  );
  const layoutHeight = Math.round((layoutWidth * viewHeight) / Math.max(1, viewWidth));
  return {
    width: layoutWidth * PORTRAIT_ZOOM,
    height: layoutHeight * PORTRAIT_ZOOM,
    form,
  };
}
