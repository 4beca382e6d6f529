/**
 * Scenario files opened in this browser, kept in IndexedDB (a scenario can
 * weigh hundreds of kilobytes: too much for localStorage) until the player
 * removes them. Only the file's text is kept; it passes the scenario gate
 * again at every start, like a shipped file.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';

export interface StoredScenario {
  readonly id: string;
  readonly file: string;
  readonly text: string;
}

// The database handle, opened at the first use: a browser resource, not state a scene reads.
let store: UseStore | null | undefined;

/** null when the browser has no IndexedDB (some private windows): files then last for the visit. */
function db(): UseStore | null {
  if (store !== undefined) return store;
  try {
    store = typeof indexedDB === 'undefined' ? null : createStore('bamboo-diplomacy', 'scenarios');
  } catch {
    store = null;
  }
  return store;
}

export async function keepScenario(entry: StoredScenario): Promise<boolean> {
  const s = db();
  if (!s) return false;
  try {
    await set(entry.id, entry, s);
    return true;
  } catch {
    return false;
  }
}

export async function forgetScenario(id: string): Promise<void> {
  const s = db();
  if (!s) return;
  try {
    await del(id, s);
  } catch {
    // Nothing to undo: the list on screen is already without it.
  }
}

export async function keptScenarios(): Promise<StoredScenario[]> {
  const s = db();
  if (!s) return [];
  try {
    const all = await entries<string, unknown>(s);
    return all.flatMap(([, value]) => (isStored(value) ? [value] : []));
  } catch {
    return [];
  }
}

function isStored(value: unknown): value is StoredScenario {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.file === 'string' && typeof v.text === 'string';
}
