import type Phaser from 'phaser';
import type { CountryGroup } from './map/region-types';

/**
 * Bamboo, ink and paper. Country tints follow the Okabe-Ito hues (bluish green, vermilion,
 * reddish purple, sky blue), softened towards paper, so they stay apart for colour-blind
 * players; the map also writes every name, and marks places by shape (star, dot, diamond).
 */
export const PALETTE = {
  paper: 0xf4eedf,
  paperDeep: 0xe6dcc4,
  ink: 0x1e2b2a,
  inkSoft: 0x55635f,
  sea: 0xc9dcd7,
  seaLine: 0xb3cbc5,
  bamboo: 0x4f7f45,
  bambooDark: 0x2e5233,
  bambooLight: 0xa9c690,
  border: 0x8a8270,
  disputed: 0xb8610a,
  marker: 0xa8321f,
} as const;

export const GROUP_FILL: Record<CountryGroup, number> = {
  vietnam: 0x5fa37f,
  china: 0xdc9466,
  japan: 0xc996b7,
  usAlly: 0x8fbbd9,
  asean: 0xe6dab6,
  other: 0xd6cfbf,
};

export const css = (color: number): string => `#${color.toString(16).padStart(6, '0')}`;

export const FONT_FAMILY = '"Be Vietnam Pro", system-ui, sans-serif';

/** Sample text that makes the browser fetch the Vietnamese subset as well as the Latin one. */
export const FONT_SAMPLE = 'Nguyễn Phú Trọng Võ Văn Thưởng ượ ộ Ẫ';

/**
 * Phaser sizes a Text from its testString; the default lacks stacked diacritics, and the tops
 * of Ẫ, Ỗ, Ằ, Ấ get clipped.
 */
const TEST_STRING = '|MÉẪỖẰỷqgy';

/** Text is rasterised at twice its size so it stays sharp when the FIT scaler enlarges it. */
const TEXT_RESOLUTION = 2;

export type TextWeight = 400 | 700;

/**
 * The smallest text the game draws, in layout units: at 1280×720 and in the portrait layout a
 * unit is about a CSS pixel, and nothing smaller than 12 CSS pixels is readable on a phone.
 */
export const MIN_TEXT_SIZE = 12;

export function textStyle(
  size: number,
  options: { weight?: TextWeight; color?: number; align?: 'left' | 'center' | 'right' } = {},
): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: FONT_FAMILY,
    fontSize: `${Math.max(MIN_TEXT_SIZE, size)}px`,
    fontStyle: options.weight === 700 ? 'bold' : 'normal',
    color: css(options.color ?? PALETTE.ink),
    align: options.align ?? 'left',
    testString: TEST_STRING,
    resolution: TEXT_RESOLUTION,
  };
}
