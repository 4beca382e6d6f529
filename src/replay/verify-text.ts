/**
 * A replay file as the browser receives it (text from a file picker, a drop
 * or a link), checked end to end: the file gate, then the scenario it names,
 * then the engine's own verdict. The refusal names the check that failed, so
 * a student or teacher knows whether the file is damaged, foreign or tampered.
 */
import { type CompiledScenario, type Replay, type ReplayStep, runReplay } from '../engine';
import { parseReplayText } from './parse';

export type ReplayCheck =
  | 'file'
  | 'unknown-scenario'
  | 'format'
  | 'engine-version'
  | 'scenario'
  | 'illegal-action'
  | 'checkpoint'
  | 'final';

export type VerifiedReplay =
  | {
      readonly ok: true;
      readonly compiled: CompiledScenario;
      readonly replay: Replay;
      readonly steps: readonly ReplayStep[];
    }
  | { readonly ok: false; readonly check: ReplayCheck; readonly message: string };

export function verifyReplayText(
  text: string,
  file: string,
  find: (id: string) => CompiledScenario | undefined,
): VerifiedReplay {
  const parsed = parseReplayText(text, file);
  if (!parsed.ok) {
    const check =
      parsed.code === 'engine-version'
        ? 'engine-version'
        : parsed.code === 'format'
          ? 'format'
          : 'file';
    return { ok: false, check, message: parsed.message };
  }
  const { replay } = parsed;
  const compiled = find(replay.scenario.id);
  if (!compiled) {
    return {
      ok: false,
      check: 'unknown-scenario',
      message: `${file}: made for scenario "${replay.scenario.id}", which this game does not have`,
    };
  }
  const result = runReplay(compiled, replay, true);
  if (!result.ok) {
    return {
      ok: false,
      check: result.problem.code,
      message: `${file}: ${result.problem.message}`,
    };
  }
  return { ok: true, compiled, replay, steps: result.steps ?? [] };
}
