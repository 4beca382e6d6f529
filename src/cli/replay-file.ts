/** A replay file as the commands take it: read, parsed at the gate, and played through the rules. */
import { readFileSync } from 'node:fs';
import { type CompiledScenario, type GameState, type Replay, runReplay } from '../engine';
import { parseReplayText } from '../replay/parse';
import { CliError, requireScenario } from './scenarios';

export interface VerifiedReplayFile {
  readonly cs: CompiledScenario;
  readonly replay: Replay;
  readonly state: GameState;
}

/**
 * Stops the command with a message naming the file when it cannot be read, is not a replay,
 * or does not verify against `scenario` (default: the scenario the replay names).
 */
export function readVerifiedReplay(file: string, scenario?: string): VerifiedReplayFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(
      `${file}: cannot read (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  const parsed = parseReplayText(text, file);
  if (!parsed.ok) throw new CliError(parsed.message);
  const cs = requireScenario(scenario ?? parsed.replay.scenario.id);
  const result = runReplay(cs, parsed.replay);
  if (!result.ok) {
    throw new CliError(
      `${file}: does not verify (${result.problem.code}): ${result.problem.message}`,
    );
  }
  return { cs, replay: parsed.replay, state: result.state };
}
