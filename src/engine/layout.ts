/**
 * Where each string key of a state lives in the packed arrays the rules run
 * on. Built once per scenario (tables.ts); read by the packed state and the
 * condition compiler, so it stands apart from both.
 */
import type { Vocabulary } from './vocabulary';

/** Where each string key lives in the packed state. */
export interface Layout {
  /** The scenario's powers and indicators, by slot. */
  readonly vocab: Vocabulary;
  /** Count slots (`action:x`, `event:y`, `choice:e/c`, `reaction:p/r`, `risk:z`); cooldowns share them. */
  readonly countSlot: ReadonlyMap<string, number>;
  readonly countKeys: readonly string[];
  readonly flagSlot: ReadonlyMap<string, number>;
  readonly flagNames: readonly string[];
  /** Flag slots in the order of their names' default sort (the order states list flags in). */
  readonly flagsSorted: readonly number[];
  /** Position in scenario.actions. */
  readonly actionIndex: ReadonlyMap<string, number>;
  readonly actionIds: readonly string[];
}
