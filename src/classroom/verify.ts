/**
 * Verifies a class's replay files: each goes through the replay gate, the
 * class's scenario and seed, and is then played again through the rules.
 * What a file claims (its recorded score, outcome, hashes) is never shown:
 * every number in a row comes from the replayed game, so the only way to a
 * good score is a legal game.
 *
 * Pure (no DOM, no Node): the browser's Class results screen and
 * `bamboo verify` share it. A screen with many files can call
 * `verifyReplayFile` one file at a time (to show progress or yield to the
 * page) and `summarizeClass` at the end.
 */
import {
  type CompiledScenario,
  ENGINE_VERSION,
  type Indicators,
  type OutcomeId,
  type PerPower,
  REPLAY_FORMAT,
  runReplay,
  score,
  stateHash,
  type TierId,
} from '../engine';
import { MAX_REPLAY_BYTES, parseReplayData } from '../replay/parse';
import { type KeyDecision, keyDecisions } from './key-decisions';
import { type PathPoint, pathOf } from './paths';

export interface ReplayFile {
  readonly name: string;
  readonly text: string;
}

/** Finds a compiled scenario by id, e.g. `(id) => installed.get(id)`. */
export type ScenarioLookup = (id: string) => CompiledScenario | undefined;

/** The class's scenario and seed (from its class code); files for another are refused. */
export interface ClassFilter {
  readonly scenario?: string;
  readonly seed?: string;
}

export const INVALID_CODES = [
  /** The command line could not read the file at all. */
  'unreadable',
  'too-big',
  'not-json',
  'format',
  'engine-version',
  'malformed',
  'wrong-scenario',
  'wrong-seed',
  'unknown-scenario',
  'scenario',
  'illegal-action',
  'checkpoint',
  'final',
] as const;
export type InvalidCode = (typeof INVALID_CODES)[number];

export interface VerifiedRow {
  readonly status: 'valid';
  readonly file: string;
  /** As the student typed it; '' when the replay carries no name. */
  readonly player: string;
  readonly scenario: string;
  readonly seed: string;
  readonly score: number;
  readonly outcome: OutcomeId | null;
  readonly collapse: boolean;
  /** False for a game handed in before its end. */
  readonly over: boolean;
  readonly turns: number;
  readonly decisions: number;
  readonly keyDecisions: readonly KeyDecision[];
  readonly tiers: PerPower<TierId>;
  readonly indicators: Indicators;
  readonly stateHash: string;
  readonly path: readonly PathPoint[];
}

export interface InvalidEntry {
  readonly status: 'invalid';
  readonly file: string;
  /** Known when the file got far enough to be read. */
  readonly player?: string;
  readonly code: InvalidCode;
  readonly reason: string;
}

export type FileVerdict = VerifiedRow | InvalidEntry;

export interface RankedRow extends VerifiedRow {
  /** Equal scores share a rank (1, 2, 2, 4). */
  readonly rank: number;
  /** The same player name appears in another file of this class. */
  readonly duplicate: boolean;
}

export interface ClassResults {
  readonly rows: readonly RankedRow[];
  readonly invalid: readonly InvalidEntry[];
  readonly duplicates: readonly { readonly player: string; readonly files: readonly string[] }[];
}

function invalid(file: string, code: InvalidCode, reason: string, player?: string): InvalidEntry {
  return player === undefined
    ? { status: 'invalid', file, code, reason }
    : { status: 'invalid', file, code, reason, player };
}

/** For screens: refuse a file by its size before reading it into memory. */
export function refuseBySize(name: string, bytes: number): InvalidEntry | null {
  return bytes > MAX_REPLAY_BYTES
    ? invalid(
        name,
        'too-big',
        `too big to be a replay (${bytes} bytes; at most ${MAX_REPLAY_BYTES})`,
      )
    : null;
}

/** The gate names the file in every line; the table already shows it. */
function withoutFilePrefix(message: string, file: string): string {
  const prefix = `${file}: `;
  return message
    .split('\n')
    .map((line) => (line.startsWith(prefix) ? line.slice(prefix.length) : line))
    .join('; ');
}

function field(data: unknown, key: string): unknown {
  return data !== null && typeof data === 'object' && !Array.isArray(data)
    ? (data as Record<string, unknown>)[key]
    : undefined;
}

export function verifyReplayFile(
  file: ReplayFile,
  scenarios: ScenarioLookup,
  filter: ClassFilter = {},
): FileVerdict {
  const name = file.name;
  const tooBig = refuseBySize(name, file.text.length);
  if (tooBig) return tooBig;
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (err) {
    return invalid(
      name,
      'not-json',
      `not a replay: not valid JSON (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  const named = field(data, 'player');
  const claimedPlayer = typeof named === 'string' ? named.slice(0, 200) : undefined;
  const parsed = parseReplayData(data, name);
  if (!parsed.ok) {
    const reason = withoutFilePrefix(parsed.message, name);
    const format = field(data, 'format');
    const version = field(data, 'engineVersion');
    // The gate speaks in messages; the table needs to say which check failed.
    if (format !== REPLAY_FORMAT) {
      return invalid(
        name,
        'format',
        format === undefined ? `not a replay: ${reason}` : reason,
        claimedPlayer,
      );
    }
    if (typeof version === 'string' && version !== ENGINE_VERSION) {
      return invalid(
        name,
        'engine-version',
        `made by engine ${version}; this game runs engine ${ENGINE_VERSION}`,
        claimedPlayer,
      );
    }
    return invalid(name, 'malformed', reason, claimedPlayer);
  }
  const replay = parsed.replay;
  const player = replay.player ?? '';
  if (filter.scenario !== undefined && replay.scenario.id !== filter.scenario) {
    return invalid(
      name,
      'wrong-scenario',
      `played scenario "${replay.scenario.id}"; this class plays "${filter.scenario}"`,
      player,
    );
  }
  if (filter.seed !== undefined && replay.seed !== filter.seed) {
    return invalid(
      name,
      'wrong-seed',
      `played with seed "${replay.seed}"; this class plays seed "${filter.seed}"`,
      player,
    );
  }
  const cs = scenarios(replay.scenario.id);
  if (!cs) {
    return invalid(
      name,
      'unknown-scenario',
      `made for scenario "${replay.scenario.id}", which is not installed here`,
      player,
    );
  }
  const run = runReplay(cs, replay, true);
  if (!run.ok) return invalid(name, run.problem.code, run.problem.message, player);
  const state = run.state;
  const steps = run.steps ?? [];
  return {
    status: 'valid',
    file: name,
    player,
    scenario: replay.scenario.id,
    seed: replay.seed,
    score: score(cs, state).total,
    outcome: state.ending?.outcome ?? null,
    collapse: state.ending?.collapse ?? false,
    over: state.phase === 'over',
    turns: state.turn + 1,
    decisions: state.step,
    keyDecisions: keyDecisions(cs, steps),
    tiers: state.tiers,
    indicators: state.ind,
    stateHash: stateHash(state),
    path: pathOf(cs, steps),
  };
}

/** How a name is compared for duplicates: "  Lan  NGUYEN" is "lan nguyen". */
export function playerKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/** The name a table shows: the player's, or the file's when the replay has none. */
export function displayName(entry: { readonly player?: string; readonly file: string }): string {
  const name = entry.player?.trim();
  return name ? name : entry.file;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

function byScoreThenName(a: VerifiedRow, b: VerifiedRow): number {
  return (
    b.score - a.score ||
    collator.compare(displayName(a), displayName(b)) ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
  );
}

export function summarizeClass(verdicts: readonly FileVerdict[]): ClassResults {
  const filesByPlayer = new Map<string, { player: string; files: string[] }>();
  for (const v of verdicts) {
    const key = playerKey(v.player ?? '');
    if (!key) continue;
    const group = filesByPlayer.get(key) ?? { player: (v.player ?? '').trim(), files: [] };
    group.files.push(v.file);
    filesByPlayer.set(key, group);
  }
  const duplicates = [...filesByPlayer.values()].filter((g) => g.files.length > 1);
  const isDuplicate = (player: string) =>
    (filesByPlayer.get(playerKey(player))?.files.length ?? 0) > 1;

  const sorted = verdicts
    .filter((v): v is VerifiedRow => v.status === 'valid')
    .sort(byScoreThenName);
  const rows: RankedRow[] = [];
  sorted.forEach((row, i) => {
    const prev = rows[i - 1];
    const rank = prev && prev.score === row.score ? prev.rank : i + 1;
    rows.push({ ...row, rank, duplicate: isDuplicate(row.player) });
  });
  const invalidEntries = verdicts
    .filter((v): v is InvalidEntry => v.status === 'invalid')
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { rows, invalid: invalidEntries, duplicates };
}

export function verifyClass(
  files: readonly ReplayFile[],
  scenarios: ScenarioLookup,
  filter: ClassFilter = {},
): ClassResults {
  return summarizeClass(files.map((f) => verifyReplayFile(f, scenarios, filter)));
}
