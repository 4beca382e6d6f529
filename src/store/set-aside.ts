/**
 * Saves set aside: a save that cannot be continued (made under other rules, for a changed
 * scenario, or damaged) is moved to a numbered key of its own, never overwritten, and stays
 * there until the player deletes it. Each can be listed with what it was and why it was set
 * aside, and (when it can be read) downloaded as a replay file.
 */
import type { CompiledScenario } from '../engine';
import { type KeyValueStorage, SAVE_KEY } from './key-value';
import { diagnoseSave, type SaveProblem } from './save-problem';
import type { SaveRecord } from './save-record';

export const SAVE_ASIDE_PREFIX = 'bamboo-diplomacy.save.unreadable.';
/** Beside each set-aside save: when it was set aside (`{"setAsideAt": ISO 8601}`). */
const META_SUFFIX = '.meta';
const ASIDE_KEY = /^bamboo-diplomacy\.save\.unreadable\.(\d+)$/;
const MAX_ASIDE = 1000;

/**
 * Moves a save that cannot be continued to a key of its own so that nothing is lost, noting
 * when (`at`, ISO 8601). Returns the key, or null when it could not be written (storage full):
 * the save then stays where it was.
 */
export function keepAside(storage: KeyValueStorage, text: string, at?: string): string | null {
  for (let n = 1; n < MAX_ASIDE; n++) {
    const key = `${SAVE_ASIDE_PREFIX}${n}`;
    let taken: boolean;
    try {
      taken = storage.getItem(key) !== null;
    } catch {
      return null;
    }
    if (taken) continue;
    try {
      storage.setItem(key, text);
    } catch {
      return null;
    }
    try {
      storage.removeItem(SAVE_KEY);
    } catch {
      // The copy is safe; the slot is checked again before the next autosave.
    }
    if (at !== undefined) {
      try {
        storage.setItem(`${key}${META_SUFFIX}`, JSON.stringify({ setAsideAt: at }));
      } catch {
        // The save itself is kept; only the date it was set aside is lost to a full disk.
      }
    }
    return key;
  }
  return null;
}

export interface SetAsideSave {
  readonly key: string;
  /** The stored text, exactly as it was found. */
  readonly text: string;
  /** When it was set aside (ISO 8601), or null if not recorded. */
  readonly setAsideAt: string | null;
  /** What the save says, when it can be read as a save (of any engine version). */
  readonly record: SaveRecord | null;
  /** Why it cannot be continued now; null if it would load again (its scenario is back). */
  readonly problem: SaveProblem | null;
}

export type SetAsideList =
  | { readonly ok: true; readonly saves: readonly SetAsideSave[] }
  | { readonly ok: false; readonly reason: string };

function readMeta(storage: KeyValueStorage, key: string): string | null {
  try {
    const raw = storage.getItem(`${key}${META_SUFFIX}`);
    if (raw === null) return null;
    const at = (JSON.parse(raw) as { setAsideAt?: unknown }).setAsideAt;
    return typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? at : null;
  } catch {
    return null;
  }
}

/** Every save set aside, oldest first, each described (`find` gives a compiled scenario by id). */
export function listSetAside(
  storage: KeyValueStorage,
  find: (id: string) => CompiledScenario | undefined,
): SetAsideList {
  const found: { key: string; n: number }[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      const match = key === null ? null : ASIDE_KEY.exec(key);
      if (key !== null && match) found.push({ key, n: Number(match[1]) });
    }
  } catch (err) {
    return {
      ok: false,
      reason: `the browser's storage cannot be read (${err instanceof Error ? err.message : String(err)})`,
    };
  }
  found.sort((a, b) => a.n - b.n);
  const saves: SetAsideSave[] = [];
  for (const { key } of found) {
    let text: string | null;
    try {
      text = storage.getItem(key);
    } catch {
      text = null;
    }
    if (text === null) continue;
    const diagnosis = diagnoseSave(text, find);
    saves.push({
      key,
      text,
      setAsideAt: readMeta(storage, key),
      record: diagnosis.record,
      problem: diagnosis.ok ? null : diagnosis.problem,
    });
  }
  return { ok: true, saves };
}

/** Deletes one set-aside save (the player has confirmed); the reason when it could not be. */
export function deleteSetAside(storage: KeyValueStorage, key: string): string | null {
  if (!ASIDE_KEY.test(key)) return `"${key}" is not a save set aside`;
  try {
    storage.removeItem(key);
  } catch (err) {
    return `it could not be deleted (${err instanceof Error ? err.message : String(err)})`;
  }
  try {
    storage.removeItem(`${key}${META_SUFFIX}`);
  } catch {
    // A note without its save is never listed.
  }
  return null;
}

/** How many turns the save's decisions ended: the turn it had reached (0-based). */
export function turnsEnded(record: SaveRecord): number {
  return record.actions.filter((a) => a.type === 'end-turn').length;
}
