/**
 * What every scene shares: the store (the only bridge to the engine) and the scenario
 * catalogue. Set once at start-up by main.ts, before the first scene runs.
 */
import type { CompiledScenario } from '../engine';
import {
  chooseStorage,
  createGameStore,
  createSettingsStore,
  type GameStore,
  type SettingsStore,
  type StorageProblem,
} from '../store';
import { type CatalogEntry, findScenario } from './scenario-catalog';

export interface App {
  readonly store: GameStore;
  /** The player's preferences (advisor, language), remembered apart from the save. */
  readonly settings: SettingsStore;
  readonly catalog: readonly CatalogEntry[];
  /** False when the browser refuses localStorage or it is full: games then last only until the tab closes. */
  readonly persistent: boolean;
  /** Why games are not kept, told to the player at start-up; null when saving works. */
  readonly storageProblem: StorageProblem | null;
  find(id: string): CompiledScenario | undefined;
  /** Adds (or replaces, by scenario id) a scenario opened in the browser. */
  addOpened(entry: CatalogEntry): void;
  removeOpened(id: string): void;
}

let current: App | null = null;

export function initApp(shipped: readonly CatalogEntry[]): App {
  // localStorage can be missing or throw (private mode, blocked cookies) or be full.
  const { storage, persistent, problem } = chooseStorage(() => window.localStorage);
  const store = createGameStore(storage);
  const settings = createSettingsStore(storage, window.location.search);
  // One array, changed in place: screens that kept a reference see opened scenarios too.
  const catalog: CatalogEntry[] = [...shipped];
  const indexOfOpened = (id: string) =>
    catalog.findIndex((e) => e.origin === 'opened' && e.compiled?.scenario.id === id);
  current = {
    store,
    settings,
    catalog,
    persistent,
    storageProblem: problem,
    find: (id) => findScenario(catalog, id),
    addOpened: (entry) => {
      const id = entry.compiled?.scenario.id;
      if (!id) return;
      const at = indexOfOpened(id);
      if (at >= 0) catalog.splice(at, 1, entry);
      else catalog.push(entry);
    },
    removeOpened: (id) => {
      const at = indexOfOpened(id);
      if (at >= 0) catalog.splice(at, 1);
    },
  };
  return current;
}

export function app(): App {
  if (!current) throw new Error('the app is not initialised yet');
  return current;
}
