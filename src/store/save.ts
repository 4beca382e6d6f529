/**
 * The autosave: the scenario's identity, the seed, the player's name and the
 * decisions so far. Loading replays the decisions through the engine, so a
 * save is verified like a replay and the debrief's history is rebuilt.
 * A save that cannot be read is moved aside, never overwritten.
 */
import { ENGINE_VERSION, type GameAction } from '../engine';
import { parseReplayData } from '../replay/parse';

export const SAVE_KEY = 'bamboo-diplomacy.save';
export const SAVE_ASIDE_PREFIX = 'bamboo-diplomacy.save.unreadable.';
export const SAVE_FORMAT = 'bamboo-save';
export const SAVE_VERSION = 2;

/** Version 1: the game itself. */
export interface SaveV1 {
  readonly format: typeof SAVE_FORMAT;
  readonly version: 1;
  readonly engineVersion: string;
  readonly scenario: { readonly id: string; readonly hash: string };
  readonly seed: string;
  readonly player: string;
  readonly actions: readonly GameAction[];
}

/** Version 2 adds when the game was last saved, so the title screen can say so. */
export interface Save extends Omit<SaveV1, 'version'> {
  readonly version: 2;
  /** ISO 8601 time of the last save; null for games saved before version 2. */
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

/** The storage the store writes to: window.localStorage in the browser, a Map in tests. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

export type ReadSave =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly save: Save }
  | {
      readonly kind: 'unreadable';
      readonly reason: string;
      readonly keptAs: string | null;
      /** The stored text, so it can be offered as a download when it could not be kept aside. */
      readonly text: string;
    };

export function encodeSave(save: Save): string {
  return JSON.stringify(save);
}

/** Why a stored text is not a save this version can load, or the save. */
export function decodeSave(text: string): { ok: true; save: Save } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the saved game is not valid JSON (truncated or corrupt)' };
  }
  if (!data || typeof data !== 'object')
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
  const asReplay = parseReplayData(
    {
      format: 'bamboo-replay/1',
      engineVersion: d.engineVersion,
      scenario: d.scenario,
      seed: d.seed,
      actions: d.actions,
    },
    'saved game',
  );
  if (!asReplay.ok) return { ok: false, reason: asReplay.message };
  if (typeof d.player !== 'string')
    return { ok: false, reason: 'saved game: player: expected a name' };
  const savedAt =
    typeof d.savedAt === 'string' && !Number.isNaN(Date.parse(d.savedAt)) ? d.savedAt : null;
  return {
    ok: true,
    save: {
      format: SAVE_FORMAT,
      version: SAVE_VERSION,
      engineVersion: ENGINE_VERSION,
      scenario: asReplay.replay.scenario,
      seed: asReplay.replay.seed,
      player: d.player,
      actions: asReplay.replay.actions,
      savedAt,
    },
  };
}

/** Moves an unreadable save to a key of its own so that nothing is lost. */
export function keepAside(storage: KeyValueStorage, text: string): string | null {
  for (let n = 1; n < 1000; n++) {
    const key = `${SAVE_ASIDE_PREFIX}${n}`;
    if (storage.getItem(key) === null) {
      try {
        storage.setItem(key, text);
        storage.removeItem(SAVE_KEY);
        return key;
      } catch {
        return null;
      }
    }
  }
  return null;
}

export function readSave(storage: KeyValueStorage): ReadSave {
  let text: string | null;
  try {
    text = storage.getItem(SAVE_KEY);
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  const decoded = decodeSave(text);
  if (decoded.ok) return { kind: 'ok', save: decoded.save };
  return { kind: 'unreadable', reason: decoded.reason, keptAs: keepAside(storage, text), text };
}

export function writeSave(storage: KeyValueStorage, save: Save): string | null {
  try {
    storage.setItem(SAVE_KEY, encodeSave(save));
    return null;
  } catch (err) {
    return `the game could not be saved (${err instanceof Error ? err.message : String(err)})`;
  }
}

/** An in-memory storage for tests and for browsers that refuse localStorage. */
export function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
  };
}

/** Why games will not outlive the tab: storage that cannot be opened, or storage that is full. */
export type StorageProblem = 'unavailable' | 'full';

export interface StorageChoice {
  readonly storage: KeyValueStorage;
  /** False when games will not outlive the tab (no storage, or storage full). */
  readonly persistent: boolean;
  /** What the player must be told at start-up (the words are the UI's); null when saving works. */
  readonly problem: StorageProblem | null;
}

const PROBE_KEY = 'bamboo-diplomacy.probe';

/**
 * Which storage the game saves to. Storage that cannot be opened (private
 * mode, blocked cookies) falls back to memory. Storage that opens but is full
 * is still used — its saved game can be read and offered — and in both cases
 * the player is told that the game will not be kept.
 */
export function chooseStorage(open: () => KeyValueStorage): StorageChoice {
  let storage: KeyValueStorage;
  try {
    storage = open();
    storage.getItem(SAVE_KEY);
  } catch {
    return { storage: memoryStorage(), persistent: false, problem: 'unavailable' };
  }
  try {
    storage.setItem(PROBE_KEY, PROBE_KEY);
    storage.removeItem(PROBE_KEY);
    return { storage, persistent: true, problem: null };
  } catch {
    return { storage, persistent: false, problem: 'full' };
  }
}
