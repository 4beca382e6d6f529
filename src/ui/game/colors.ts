/**
 * Colours of the game screen. Good and bad follow Okabe-Ito blue and vermilion (apart for
 * every common colour-blindness), and never stand alone: each tinted number carries its
 * sign and an arrow, each actor its name.
 */
import type { Actor, Tone } from '../../view';
import { PALETTE } from '../theme';

export const TONE_COLOR: Readonly<Record<Tone, number>> = {
  good: 0x0a5f96,
  bad: 0xb04a0c,
  neutral: PALETTE.inkSoft,
};

/** Darker cousins of the map's country tints, readable as text on paper. */
export const ACTOR_COLOR: Readonly<Record<Actor, number>> = {
  you: PALETTE.bambooDark,
  cn: 0xa8461a,
  us: 0x235f8c,
  jp: 0x8a3f74,
  world: PALETTE.inkSoft,
  rules: PALETTE.inkSoft,
};

export const PANEL = {
  fill: 0xfbf7ec,
  stroke: 0xcfc3a6,
  track: 0xe2d8bf,
  bar: 0x6f8f68,
  heading: PALETTE.bambooDark,
} as const;
