/** A replay file as the commands take it: read, parsed at the gate, and played through the rules. */
import { type CompiledScenario, type GameState, type Replay, runReplay } from '../engine';
import { MAX_REPLAY_BYTES, parseReplayText } from '../replay/parse';
import { readRegularFile } from './read-file';
import { CliError, requireScenario, shippedScenarios } from './scenarios';

export interface VerifiedReplayFile {
  readonly cs: CompiledScenario;
  readonly replay: Replay;
  readonly state: GameState;
}

/**
 * Stops the command with a message naming the file when it cannot be read, is not a replay,
 * or does not verify against `scenario` (an id or path the user typed; default: the shipped
 * scenario with the id the replay names — that id is never used as a path).
 */
export function readVerifiedReplay(file: string, scenario?: string): VerifiedReplayFile {
  const read = readRegularFile(file, MAX_REPLAY_BYTES);
  if (!read.ok) throw new CliError(`${file}: ${read.reason}`);
  const parsed = parseReplayText(read.text, file);
  if (!parsed.ok) throw new CliError(parsed.message);
  const id = parsed.replay.scenario.id;
  const cs = scenario !== undefined ? requireScenario(scenario) : shippedScenarios().get(id);
  if (!cs) {
    throw new CliError(
      `${file}: made for scenario "${id}", which is not one of the shipped scenarios (${[...shippedScenarios().keys()].join(', ')}); give its file with --scenario <path>`,
    );
  }
  const result = runReplay(cs, parsed.replay);
  if (!result.ok) {
    throw new CliError(
      `${file}: does not verify (${result.problem.code}): ${result.problem.message}`,
    );
  }
  return { cs, replay: parsed.replay, state: result.state };
}
