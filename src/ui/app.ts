/**
 * What every scene shares: the store (the only bridge to the engine) and the scenario
 * catalogue. Set once at start-up by main.ts, before the first scene runs.
 */
import type { CompiledScenario } from '../engine';
import {
  createGameStore,
  createSettingsStore,
  type GameStore,
  type KeyValueStorage,
  memoryStorage,
  type SettingsStore,
} from '../store';
import { type CatalogEntry, findScenario } from './scenario-catalog';

export interface App {
  readonly store: GameStore;
  /** The player's preferences (advisor, language), remembered apart from the save. */
  readonly settings: SettingsStore;
  readonly catalog: readonly CatalogEntry[];
  /** False when the browser refuses localStorage: games then last only until the tab closes. */
  readonly persistent: boolean;
  find(id: string): CompiledScenario | undefined;
}

let current: App | null = null;

/** localStorage can be missing or throw (private mode, blocked cookies): fall back to memory. */
function browserStorage(): { storage: KeyValueStorage; persistent: boolean } {
  try {
    const probe = '__bamboo_probe__';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return { storage: window.localStorage, persistent: true };
  } catch {
    return { storage: memoryStorage(), persistent: false };
  }
}

export function initApp(catalog: readonly CatalogEntry[]): App {
  const { storage, persistent } = browserStorage();
  const store = createGameStore(storage);
  const settings = createSettingsStore(storage, window.location.search);
  current = { store, settings, catalog, persistent, find: (id) => findScenario(catalog, id) };
  return current;
}

export function app(): App {
  if (!current) throw new Error('the app is not initialised yet');
  return current;
}
