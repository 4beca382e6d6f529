/**
 * Why a save cannot be continued, as data: the screens and the notice put it into words in the
 * player's language (save-words.ts), naming what changed — the engine version, the scenario's
 * content hash — rather than a sentence fixed in English when the save was read.
 */
import { type CompiledScenario, ENGINE_VERSION } from '../engine';
import { readSaveRecord, type SaveRecord } from './save-record';

export type SaveProblem =
  /** Not a save at all, or one damaged beyond reading: `detail` is the gate's message. */
  | { readonly kind: 'damaged'; readonly detail: string }
  /** Made under other rules, for another version of its scenario, or both. */
  | {
      readonly kind: 'changed';
      readonly engine: { readonly made: string; readonly runs: string } | null;
      readonly scenario: {
        readonly id: string;
        readonly made: string;
        readonly now: string;
      } | null;
    }
  | { readonly kind: 'scenario-missing'; readonly id: string }
  /** Same rules, same scenario, yet a decision is refused: tampered or damaged. */
  | { readonly kind: 'no-replay'; readonly detail: string };

export type SaveDiagnosis =
  | { readonly ok: true; readonly record: SaveRecord; readonly compiled: CompiledScenario }
  | { readonly ok: false; readonly record: SaveRecord | null; readonly problem: SaveProblem };

/**
 * Whether a stored save can be continued with this game's rules and scenarios (`find` gives the
 * compiled scenario for an id). Replaying the decisions is the caller's last check.
 */
export function diagnoseSave(
  text: string,
  find: (id: string) => CompiledScenario | undefined,
): SaveDiagnosis {
  const read = readSaveRecord(text);
  if (!read.ok)
    return { ok: false, record: null, problem: { kind: 'damaged', detail: read.reason } };
  const { record } = read;
  const compiled = find(record.scenario.id);
  const engine =
    record.engineVersion === ENGINE_VERSION
      ? null
      : { made: record.engineVersion, runs: ENGINE_VERSION };
  const scenario =
    compiled && compiled.hash !== record.scenario.hash
      ? { id: record.scenario.id, made: record.scenario.hash, now: compiled.hash }
      : null;
  if (engine || scenario)
    return { ok: false, record, problem: { kind: 'changed', engine, scenario } };
  if (!compiled)
    return { ok: false, record, problem: { kind: 'scenario-missing', id: record.scenario.id } };
  return { ok: true, record, compiled };
}
