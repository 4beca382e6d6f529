/**
 * What the scenes hand to each other during one visit and never save: the replay being looked
 * at (and the replay a game was branched from), whether a launch link has been acted on,
 * whether the player has a keyboard, the language the shipped scenarios are read in, how far
 * the advisor's current forecast has got, and the sound cues played. Apart from the game store
 * on purpose: looking at a replay must never touch the player's own game or its autosave.
 */
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { CompiledScenario, Replay, ReplayStep } from '../engine';

export interface ViewedReplay {
  readonly compiled: CompiledScenario;
  readonly replay: Replay;
  /** From runReplay with keepSteps: steps[0] opens the game. */
  readonly steps: readonly ReplayStep[];
  /** Where it came from, for the heading: a file name or "the shared link". */
  readonly source: string;
}

/** A game branched from a replay: the original is kept to compare the two endings. */
export interface PendingComparison {
  readonly original: ViewedReplay;
  /** Decisions the branch shares with the original. */
  readonly shared: number;
  /** The month (0-based) the branch left from. */
  readonly branchedIn: number;
}

/**
 * The words the shipped scenarios are shown in: the language and its overlays by scenario id.
 * Entries lay them over their rules when they are read.
 */
export interface CatalogWords {
  readonly locale: string;
  readonly byId: ReadonlyMap<string, unknown>;
}

/** The forecast the advisor is working on: one at a time, a new question supersedes it. */
export interface ForecastProgress {
  readonly id: number;
  readonly done: number;
  readonly total: number;
}

export interface SessionData {
  /** The replay the viewer shows next, or null for the player's own game. */
  readonly viewed: ViewedReplay | null;
  /** Set by "play on from here": the replay the current game left, to compare endings. */
  readonly comparison: PendingComparison | null;
  /** A launch link is honoured once per page load, not every time the title comes back. */
  readonly launchHandled: boolean;
  /** Key hints ("[E]") show from the visit's first key press: a phone has no keyboard. */
  readonly keyHints: boolean;
  readonly catalogWords: CatalogWords;
  /** null when the advisor is not working on anything. */
  readonly forecast: ForecastProgress | null;
  /** Sound cues played, by name, for tests: a headless browser cannot hear them. */
  readonly cues: readonly string[];
}

export interface SessionCommands {
  showInViewer(replay: ViewedReplay | null): void;
  rememberBranch(pending: PendingComparison | null): void;
  /** True the first time only: the caller acts on the launch link, later callers do not. */
  claimLaunch(): boolean;
  /** The first key press of the visit: from now on key hints show everywhere. */
  keyPressed(): void;
  setCatalogWords(words: CatalogWords): void;
  /** The advisor's progress on question `id`; ignored unless `id` is the current question. */
  forecastAsked(id: number, total: number): void;
  forecastProgress(id: number, done: number): void;
  /** Finished or cancelled: ignored when `id` has already been superseded. */
  forecastEnded(id: number): void;
  cuePlayed(cue: string): void;
}

export type SessionStore = ReturnType<typeof createSessionStore>;

export const ENGLISH_WORDS: CatalogWords = { locale: 'en', byId: new Map() };

export function createSessionStore() {
  return createStore<SessionData & SessionCommands>()(
    subscribeWithSelector((set, get) => ({
      viewed: null,
      comparison: null,
      launchHandled: false,
      keyHints: false,
      catalogWords: ENGLISH_WORDS,
      forecast: null,
      cues: [],

      showInViewer(viewed) {
        set({ viewed });
      },
      rememberBranch(comparison) {
        set({ comparison });
      },
      claimLaunch() {
        if (get().launchHandled) return false;
        set({ launchHandled: true });
        return true;
      },
      keyPressed() {
        if (!get().keyHints) set({ keyHints: true });
      },
      setCatalogWords(catalogWords) {
        set({ catalogWords });
      },
      forecastAsked(id, total) {
        set({ forecast: { id, done: 0, total } });
      },
      forecastProgress(id, done) {
        const now = get().forecast;
        if (now?.id === id) set({ forecast: { ...now, done } });
      },
      forecastEnded(id) {
        if (get().forecast?.id === id) set({ forecast: null });
      },
      cuePlayed(cue) {
        set({ cues: [...get().cues, cue] });
      },
    })),
  );
}
