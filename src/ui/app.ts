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
}

let current: App | null = null;

export function initApp(catalog: readonly CatalogEntry[]): App {
  // localStorage can be missing or throw (private mode, blocked cookies) or be full.
  const { storage, persistent, problem } = chooseStorage(() => window.localStorage);
  const store = createGameStore(storage);
  const settings = createSettingsStore(storage, window.location.search);
  current = {
    store,
    settings,
    catalog,
    persistent,
    storageProblem: problem,
    find: (id) => findScenario(catalog, id),
  };
  return current;
}

export function app(): App {
  if (!current) throw new Error('the app is not initialised yet');
  return current;
}
