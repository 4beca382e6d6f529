/**
 * What a stored save says, whichever rules it was made under: the gate a save's text goes
 * through before anything is decided about it. A record is well-formed but not yet trusted:
 * whether its engine version and scenario still match is judged by the caller (see
 * save-problem.ts), so a save from older rules can still be described, listed and converted.
 */
import type { GameAction } from '../engine';
import { replaySchema } from '../replay/parse';
import { describePath } from '../scenario/load';

export const SAVE_FORMAT = 'bamboo-save';
export const SAVE_VERSION = 2;

/** A save's contents as recorded, its engine version unchecked. */
export interface SaveRecord {
  readonly engineVersion: string;
  readonly scenario: { readonly id: string; readonly hash: string };
  readonly seed: string;
  readonly player: string;
  readonly actions: readonly GameAction[];
  /** ISO 8601 time of the last save; null for games saved before save version 2. */
  readonly savedAt: string | null;
}

/** Brings an older save up to the current version; each step is one version. */
const MIGRATIONS: Readonly<
  Record<number, (data: Record<string, unknown>) => Record<string, unknown>>
> = {
  1: (v1) => ({ ...v1, version: 2, savedAt: null }),
};

function migrate(data: Record<string, unknown>): Record<string, unknown> {
  let current = data;
  while (typeof current.version === 'number' && current.version < SAVE_VERSION) {
    const step = MIGRATIONS[current.version];
    if (!step) break;
    current = step(current);
  }
  return current;
}

export type ReadRecord =
  | { readonly ok: true; readonly record: SaveRecord }
  | { readonly ok: false; readonly reason: string };

/** Why a stored text is not a well-formed save (of any engine version), or its record. */
export function readSaveRecord(text: string): ReadRecord {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the saved game is not valid JSON (truncated or corrupt)' };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, reason: 'the saved game is not an object' };
  const d = migrate(data as Record<string, unknown>);
  if (d.format !== SAVE_FORMAT)
    return {
      ok: false,
      reason: `the saved data is not a Bamboo Diplomacy save (format ${JSON.stringify(d.format)})`,
    };
  if (typeof d.version !== 'number' || d.version > SAVE_VERSION) {
    return {
      ok: false,
      reason: `the save was written by a newer version of the game (save version ${String(d.version)}, this game reads up to ${SAVE_VERSION})`,
    };
  }
  if (d.version !== SAVE_VERSION) {
    return { ok: false, reason: `the save's version ${d.version} is too old to be read` };
  }
  // The save's game is checked with the replay gate's own schema: a save is a replay in the making.
  const game = {
    format: 'bamboo-replay/1',
    engineVersion: d.engineVersion,
    scenario: d.scenario,
    seed: d.seed,
    actions: d.actions,
  };
  const shape = replaySchema.safeParse(game);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    const field = (issue && describePath(issue.path, game)) || '(top level)';
    return { ok: false, reason: `saved game: ${field}: ${issue?.message ?? 'malformed'}` };
  }
  if (typeof d.player !== 'string')
    return { ok: false, reason: 'saved game: player: expected a name' };
  const savedAt =
    typeof d.savedAt === 'string' && !Number.isNaN(Date.parse(d.savedAt)) ? d.savedAt : null;
  return {
    ok: true,
    record: {
      engineVersion: shape.data.engineVersion,
      scenario: shape.data.scenario,
      seed: shape.data.seed,
      player: d.player,
      actions: shape.data.actions as readonly GameAction[],
      savedAt,
    },
  };
}
