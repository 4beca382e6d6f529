/** A scenario's turn unit in the player's language: "fortnight" as a word, "Fortnight" as a label. */
import type { CompiledScenario } from '../engine';
import { turnUnitOf } from '../view/turn-unit';
import { STRINGS } from './strings';

export function unitWord(cs: CompiledScenario): string {
  return STRINGS.units.word[turnUnitOf(cs)];
}

export function unitTitle(cs: CompiledScenario): string {
  return STRINGS.units.title[turnUnitOf(cs)];
}
