/** What one turn of a scenario is called on the screens: its own unit, or months. */
import type { CompiledScenario } from '../engine';
import type { TurnUnit } from '../scenario/schema';

export type { TurnUnit };

export function turnUnitOf(cs: CompiledScenario): TurnUnit {
  return cs.scenario.turnUnit ?? 'month';
}

/** "fortnight" → "Fortnight", for the start of a sentence or a label. */
export function capitalUnit(unit: TurnUnit): string {
  return unit.charAt(0).toUpperCase() + unit.slice(1);
}
