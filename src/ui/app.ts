/**
 * What every scene shares: the store (the only bridge to the engine) and the scenario
 * catalogue. Set once at start-up by main.ts, before the first scene runs.
 */
import type { CompiledScenario } from '../engine';
import { chooseStorage, createGameStore, type GameStore } from '../store';
import { type CatalogEntry, findScenario } from './scenario-catalog';

export interface App {
  readonly store: GameStore;
  readonly catalog: readonly CatalogEntry[];
  /** False when the browser refuses localStorage or it is full: games then last only until the tab closes. */
  readonly persistent: boolean;
  /** What the player is told at start-up about saving (null when saving works). */
  readonly storageNotice: string | null;
  find(id: string): CompiledScenario | undefined;
}

let current: App | null = null;

export function initApp(catalog: readonly CatalogEntry[]): App {
  // localStorage can be missing or throw (private mode, blocked cookies) or be full.
  const { storage, persistent, notice } = chooseStorage(() => window.localStorage);
  const store = createGameStore(storage);
  current = {
    store,
    catalog,
    persistent,
    storageNotice: notice,
    find: (id) => findScenario(catalog, id),
  };
  return current;
}

export function app(): App {
  if (!current) throw new Error('the app is not initialised yet');
  return current;
}
