/**
 * The screen's form: the landscape board (laptops, tablets on their side) or the one-column
 * portrait layout (phones held upright). Chosen from the viewport at start and again whenever
 * it is resized or turned.
 */
export type ScreenForm = 'landscape' | 'portrait';

/** The landscape design size: every scene lays out for it and the FIT scaler does the rest. */
export const LANDSCAPE = { width: 1280, height: 720 } as const;

/**
 * The portrait game is drawn at twice its layout size (camera zoom 2), so a layout unit is
 * about one CSS pixel on a phone and text stays sharp on a screen of device scale 2.
 */
export const PORTRAIT_ZOOM = 2;
const PORTRAIT_MIN_WIDTH = 360;
const PORTRAIT_MAX_WIDTH = 480;

export function pickForm(viewWidth: number, viewHeight: number): ScreenForm {
  return viewHeight > viewWidth ? 'portrait' : 'landscape';
}

/** The canvas size (game size) for a viewport of `viewWidth`×`viewHeight` CSS pixels. */
export function gameSizeFor(
  viewWidth: number,
  viewHeight: number,
): { width: number; height: number; form: ScreenForm } {
  const form = pickForm(viewWidth, viewHeight);
  if (form === 'landscape') return { ...LANDSCAPE, form };
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
