/**
 * What every scene shares: the stores (the game, the only bridge to the engine; the settings;
 * the visit's session), the scenario catalogue and the advisor. Set once at start-up by
 * main.ts, before the first scene runs.
 */
import type { CompiledScenario } from '../engine';
import {
  chooseStorage,
  createGameStore,
  createSessionStore,
  createSettingsStore,
  type GameStore,
  type SessionStore,
  type SettingsStore,
  type StorageProblem,
} from '../store';
import { type AdvisorClient, createAdvisorClient } from './advisor/forecast-client';
import { type CatalogEntry, fetchCatalogWords, findScenario } from './scenario-catalog';

export interface App {
  readonly store: GameStore;
  /** The player's preferences (advisor, language), remembered apart from the save. */
  readonly settings: SettingsStore;
  /** What scenes hand to each other during the visit, never saved (see session-store.ts). */
  readonly session: SessionStore;
  readonly advisor: AdvisorClient;
  readonly catalog: readonly CatalogEntry[];
  /** False when the browser refuses localStorage or it is full: games then last only until the tab closes. */
  readonly persistent: boolean;
  /** Why games are not kept, told to the player at start-up; null when saving works. */
  readonly storageProblem: StorageProblem | null;
  find(id: string): CompiledScenario | undefined;
  /** Adds (or replaces, by scenario id) a scenario opened in the browser. */
  addOpened(entry: CatalogEntry): void;
  removeOpened(id: string): void;
  /**
   * Puts the shipped scenarios, and the game being played, into the words of `locale`.
   * Resolves false when a later call overtook this one (its words are the ones kept).
   */
  localize(locale: string): Promise<boolean>;
}

// The one holder of the page's App: set once by main.ts, read by every scene through `app()`.
let current: App | null = null;

/**
 * `session` is made before the catalogue is fetched (main.ts), as shipped entries read their
 * words from it and the first key press may come before the app exists.
 */
export function initApp(
  shipped: readonly CatalogEntry[],
  session: SessionStore = createSessionStore(),
): App {
  // localStorage can be missing or throw (private mode, blocked cookies) or be full.
  const { storage, persistent, problem } = chooseStorage(() => window.localStorage);
  const store = createGameStore(storage);
  const settings = createSettingsStore(storage, window.location.search);
  // One array, changed in place: screens that kept a reference see opened scenarios too.
  const catalog: CatalogEntry[] = [...shipped];
  let localizing = 0;
  const indexOfOpened = (id: string) =>
    catalog.findIndex((e) => e.origin === 'opened' && e.compiled?.scenario.id === id);
  current = {
    store,
    settings,
    session,
    advisor: createAdvisorClient({ session }),
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
    localize: async (locale) => {
      const mine = ++localizing;
      const words = await fetchCatalogWords(catalog, locale);
      if (mine !== localizing) return false;
      session.getState().setCatalogWords(words);
      // Same rules, same hash: the game goes on with the same states in the new words.
      const playing = store.getState().compiled;
      const now = playing && findScenario(catalog, playing.scenario.id);
      if (playing && now && now !== playing && now.hash === playing.hash) {
        store.setState({ compiled: now });
      }
      return true;
    },
  };
  return current;
}

export function app(): App {
  if (!current) throw new Error('the app is not initialised yet');
  return current;
}
