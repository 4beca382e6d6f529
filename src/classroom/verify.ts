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
import { cachedBotReference, decisionsKey } from './bot-reference';
import { type FalseClaim, falseClaims } from './claims';
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
  /** The decisions' identity: two files with the same key played the same game. */
  readonly decisionsKey: string;
  /** What the file's own `final` block claims that the replay does not give. */
  readonly falseClaims: readonly FalseClaim[];
  /** The bot this game is, decision for decision, on this seed (or the bot the file names). */
  readonly botGame: { readonly policy: string; readonly stated: boolean } | null;
  /** The best bot's 90th-percentile score on this seed, and which bot (null when not checked). */
  readonly botCeiling: { readonly score: number; readonly policy: string } | null;
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

/** Why a verified game is held back from the ranking for the teacher to look at. */
export type HoldReason =
  /** Other files made the same decisions or reached the same final state. */
  | { readonly kind: 'copy'; readonly files: readonly string[] }
  /** The file's `final` block disagrees with the replay. */
  | { readonly kind: 'false-claim'; readonly claims: readonly FalseClaim[] }
  /** A bot's game on this seed, decision for decision (or the file names a bot). */
  | { readonly kind: 'bot'; readonly policy: string; readonly stated: boolean };

export interface ClassRow extends VerifiedRow {
  /** The same player name (normalised) appears in another file of this class. */
  readonly duplicate: boolean;
}

export interface RankedRow extends ClassRow {
  /** Equal scores share a rank (1, 2, 2, 4). */
  readonly rank: number;
  /** Above the best bot's 90th percentile on this seed: worth asking how. */
  readonly beyondBots: boolean;
}

export interface FlaggedRow extends ClassRow {
  readonly reasons: readonly HoldReason[];
}

export interface ClassResults {
  /** Finished games with nothing to question, ranked by score. */
  readonly rows: readonly RankedRow[];
  /** Verified games that have not reached their end: listed apart, never ranked. */
  readonly unfinished: readonly ClassRow[];
  /** Verified games held back from the ranking, with the reasons. */
  readonly flagged: readonly FlaggedRow[];
  readonly invalid: readonly InvalidEntry[];
  readonly duplicates: readonly { readonly player: string; readonly files: readonly string[] }[];
  /** Each scenario and seed among the verified files: more than one means scores do not compare. */
  readonly classes: readonly {
    readonly scenario: string;
    readonly seed: string;
    readonly files: number;
  }[];
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

export interface VerifyOptions {
  /**
   * Compare each game with the seven bots' games on its seed (about a second
   * per seed, once). Only tests that verify thousands of seeds turn it off.
   */
  readonly bots?: boolean;
}

export function verifyReplayFile(
  file: ReplayFile,
  scenarios: ScenarioLookup,
  filter: ClassFilter = {},
  opts: VerifyOptions = {},
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
  const bots = opts.bots === false ? null : cachedBotReference(cs, replay.seed);
  const key = decisionsKey(replay.actions);
  const twin = bots?.games.get(key);
  const botGame =
    twin !== undefined
      ? { policy: twin, stated: replay.policy === twin }
      : replay.policy !== undefined
        ? { policy: replay.policy.slice(0, 60), stated: true }
        : null;
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
    decisionsKey: key,
    falseClaims: falseClaims(replay, state),
    botGame,
    botCeiling: bots ? { score: bots.ceiling, policy: bots.ceilingBot } : null,
  };
}

/**
 * Characters that draw nothing (zero-width spaces and joiners, soft hyphens,
 * bidi marks, byte-order marks, variation selectors): a name with one inside
 * is the same name.
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/** How a name is compared for duplicates: "  Lan\u200B  NGUYEN" is "lan nguyen". */
export function playerKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase('vi')
    .normalize('NFC');
}

/** The name a table shows: the player's, or the file's when the replay has none. */
export function displayName(entry: { readonly player?: string; readonly file: string }): string {
  const name = entry.player?.replace(INVISIBLE, '').trim();
  return name ? name : entry.file;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

function byFile(a: { file: string }, b: { file: string }): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

function byScoreThenName(a: VerifiedRow, b: VerifiedRow): number {
  return b.score - a.score || collator.compare(displayName(a), displayName(b)) || byFile(a, b);
}

/** For each file, the other files that made the same decisions or reached the same end. */
function copiesOf(rows: readonly VerifiedRow[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const add = (key: string, file: string) => {
    const list = groups.get(key) ?? [];
    list.push(file);
    groups.set(key, list);
  };
  for (const r of rows) {
    add(`d:${r.decisionsKey}`, r.file);
    // Two unfinished games can share a state by stopping early; two ends cannot, by chance.
    if (r.over) add(`s:${r.stateHash}`, r.file);
  }
  const copies = new Map<string, Set<string>>();
  for (const files of groups.values()) {
    if (files.length < 2) continue;
    for (const f of files) {
      const set = copies.get(f) ?? new Set<string>();
      for (const other of files) if (other !== f) set.add(other);
      copies.set(f, set);
    }
  }
  return new Map([...copies].map(([f, set]) => [f, [...set].sort()]));
}

function holdReasons(row: VerifiedRow, copies: Map<string, string[]>): HoldReason[] {
  const reasons: HoldReason[] = [];
  const same = copies.get(row.file);
  if (same) reasons.push({ kind: 'copy', files: same });
  if (row.falseClaims.length > 0) reasons.push({ kind: 'false-claim', claims: row.falseClaims });
  if (row.botGame) reasons.push({ kind: 'bot', ...row.botGame });
  return reasons;
}

/**
 * Ranks only what a score can be compared on: finished games, each the only
 * file with its decisions, telling the truth about its ending and not a
 * bot's game. The rest is listed apart: which copy is the original, or why
 * a file lies, is a question for the teacher, not for the program.
 */
export function summarizeClass(verdicts: readonly FileVerdict[]): ClassResults {
  const filesByPlayer = new Map<string, { player: string; files: string[] }>();
  for (const v of verdicts) {
    const key = playerKey(v.player ?? '');
    if (!key) continue;
    const group = filesByPlayer.get(key) ?? { player: displayName(v), files: [] };
    group.files.push(v.file);
    filesByPlayer.set(key, group);
  }
  const duplicates = [...filesByPlayer.values()].filter((g) => g.files.length > 1);
  const isDuplicate = (player: string) =>
    (filesByPlayer.get(playerKey(player))?.files.length ?? 0) > 1;

  const valid = verdicts.filter((v): v is VerifiedRow => v.status === 'valid');
  const copies = copiesOf(valid);
  const finished: ClassRow[] = [];
  const unfinished: ClassRow[] = [];
  const flagged: FlaggedRow[] = [];
  for (const v of valid) {
    const row: ClassRow = { ...v, duplicate: isDuplicate(v.player) };
    const reasons = holdReasons(v, copies);
    if (reasons.length > 0) flagged.push({ ...row, reasons });
    else if (row.over) finished.push(row);
    else unfinished.push(row);
  }
  const rows: RankedRow[] = [];
  finished.sort(byScoreThenName).forEach((row, i) => {
    const prev = rows[i - 1];
    const rank = prev && prev.score === row.score ? prev.rank : i + 1;
    rows.push({
      ...row,
      rank,
      beyondBots: row.botCeiling !== null && row.score > row.botCeiling.score,
    });
  });
  const classes = new Map<string, { scenario: string; seed: string; files: number }>();
  for (const v of valid) {
    const key = JSON.stringify([v.scenario, v.seed]);
    const c = classes.get(key) ?? { scenario: v.scenario, seed: v.seed, files: 0 };
    c.files++;
    classes.set(key, c);
  }
  return {
    rows,
    unfinished: unfinished.sort((a, b) => b.turns - a.turns || byFile(a, b)),
    flagged: flagged.sort(byFile),
    invalid: verdicts.filter((v): v is InvalidEntry => v.status === 'invalid').sort(byFile),
    duplicates,
    classes: [...classes.values()],
  };
}

export function verifyClass(
  files: readonly ReplayFile[],
  scenarios: ScenarioLookup,
  filter: ClassFilter = {},
  opts: VerifyOptions = {},
): ClassResults {
  return summarizeClass(files.map((f) => verifyReplayFile(f, scenarios, filter, opts)));
}
