/**
 * The autosave: the scenario's identity, the seed, the player's name and the
 * decisions so far. Loading replays the decisions through the engine, so a
 * save is verified like a replay and the debrief's history is rebuilt.
 * A save that cannot be read is moved aside (set-aside.ts), never overwritten.
 */
import { ENGINE_VERSION, type GameAction } from '../engine';
import { type KeyValueStorage, memoryStorage, SAVE_KEY } from './key-value';
import { readSaveRecord, SAVE_FORMAT, SAVE_VERSION } from './save-record';

export { type KeyValueStorage, memoryStorage, SAVE_KEY } from './key-value';
export { SAVE_FORMAT, SAVE_VERSION } from './save-record';

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

export function encodeSave(save: Save): string {
  return JSON.stringify(save);
}

/** Why a stored text is not a save this version can load, or the save. */
export function decodeSave(text: string): { ok: true; save: Save } | { ok: false; reason: string } {
  const read = readSaveRecord(text);
  if (!read.ok) return read;
  const { record } = read;
  if (record.engineVersion !== ENGINE_VERSION)
    return {
      ok: false,
      reason: `saved game: engineVersion: made by engine ${record.engineVersion}; this game runs engine ${ENGINE_VERSION}`,
    };
  return {
    ok: true,
    save: { format: SAVE_FORMAT, version: SAVE_VERSION, ...record, engineVersion: ENGINE_VERSION },
  };
}

export function writeSave(storage: KeyValueStorage, save: Save): string | null {
  try {
    storage.setItem(SAVE_KEY, encodeSave(save));
    return null;
  } catch (err) {
    return `the game could not be saved (${err instanceof Error ? err.message : String(err)})`;
  }
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
