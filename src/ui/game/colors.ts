/**
 * Colours of the game screen. Good and bad follow Okabe-Ito blue and vermilion (apart for
 * every common colour-blindness), and never stand alone: each tinted number carries its
 * sign and an arrow, each actor its name.
 */
import type { CompiledScenario } from '../../engine';
import type { Actor, ActorLook, Tone } from '../../view';
import { PALETTE } from '../theme';

export const TONE_COLOR: Readonly<Record<Tone, number>> = {
  good: 0x0a5f96,
  bad: 0xb04a0c,
  neutral: PALETTE.inkSoft,
};

/** Everyone who is not a power: the player, the world, the rules. */
const OTHER_ACTORS: Readonly<Record<string, number>> = {
  you: PALETTE.bambooDark,
  world: PALETTE.inkSoft,
  rules: PALETTE.inkSoft,
};

/**
 * Inks for the powers, by their place in the scenario's list, when the scenario gives a power no
 * colour of its own: darker cousins of the map's country tints, readable as text on paper, and
 * apart from each other and from the player's green.
 */
const POWER_INKS: readonly number[] = [0xa8461a, 0x235f8c, 0x8a3f74, 0x2f6f6a, 0x8a6212, 0x5a4a9a];

/** A power's colour: the scenario's own ("#rrggbb"), else the ink of its place in the list. */
export function powerColor(cs: CompiledScenario, power: string): number {
  const own = cs.scenario.powers[power]?.color;
  if (own) return Number.parseInt(own.slice(1), 16);
  const slot = cs.tables.vocab.powerSlot[power];
  return slot === undefined ? PALETTE.inkSoft : (POWER_INKS[slot % POWER_INKS.length] as number);
}

export function actorColor(cs: CompiledScenario, actor: Actor): number {
  return OTHER_ACTORS[actor] ?? powerColor(cs, actor);
}

/** The same colour from what a view model carries (news, map markers), without the scenario. */
export function lookColor(look: Pick<ActorLook, 'actor' | 'actorSlot' | 'actorColor'>): number {
  if (look.actorColor) return Number.parseInt(look.actorColor.slice(1), 16);
  if (look.actorSlot !== null) return POWER_INKS[look.actorSlot % POWER_INKS.length] as number;
  return OTHER_ACTORS[look.actor] ?? PALETTE.inkSoft;
}

export const PANEL = {
  fill: 0xfbf7ec,
  stroke: 0xcfc3a6,
  track: 0xe2d8bf,
  bar: 0x6f8f68,
  heading: PALETTE.bambooDark,
} as const;
