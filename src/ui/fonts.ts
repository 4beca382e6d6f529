import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/700.css';
import { FONT_SAMPLE } from './theme';

/**
 * Phaser draws text onto canvases, which never wait for web fonts: load every weight (and the
 * Vietnamese subset, which a Latin-only probe would skip) before the first Text is made.
 */
export async function loadFonts(): Promise<void> {
  await Promise.all(
    [400, 700].map((weight) => document.fonts.load(`${weight} 20px "Be Vietnam Pro"`, FONT_SAMPLE)),
  );
}
