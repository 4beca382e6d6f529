/**
 * The one bridge between the engine and the screens: holds the game, applies
 * the player's decisions, keeps the history (for undo, the debrief and the
 * replay) and autosaves after every decision.
 */
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import {
  type ApplyError,
  type ApplyResult,
  apply,
  buildReplay,
  type CompiledScenario,
  ENGINE_VERSION,
  type Explanation,
  type GameAction,
  type GameState,
  newGame,
  type Replay,
  runReplay,
  stateHash,
} from '../engine';
import { TEXT } from '../i18n';
import type { UndoBlock } from '../view';
import {
  decodeSave,
  type KeyValueStorage,
  SAVE_FORMAT,
  SAVE_KEY,
  SAVE_VERSION,
  writeSave,
} from './save';
import { diagnoseSave, type SaveProblem } from './save-problem';
import { setAsideNotice } from './save-words';
import { deleteSetAside, keepAside, listSetAside, type SetAsideList } from './set-aside';

export interface Step {
  readonly action: GameAction | null;
  readonly state: GameState;
  readonly explanation: Explanation;
}

export interface GameData {
  readonly compiled: CompiledScenario | null;
  /** steps[0] opens the game; the last step holds the current state. */
  readonly steps: readonly Step[];
  readonly player: string;
  /** The last refused decision, shown to the player; cleared by the next accepted one. */
  readonly error: ApplyError | null;
  /** When the game was last saved (ISO 8601), or null if unknown. */
  readonly savedAt: string | null;
  /** Something the player must be told about saving (an unreadable save kept aside, a full disk). */
  readonly notice: string | null;
  /**
   * An unreadable save that could not be moved aside: autosave stops rather
   * than write over it, until the player has downloaded or discarded it.
   */
  readonly heldSave: string | null;
  /**
   * Why the save found at start-up could not be continued, while the notice is about it: the
   * screens word it in the language shown at the time (see noticeText).
   */
  readonly setAside: { readonly problem: SaveProblem; readonly kept: boolean } | null;
}

/** The notice in the language shown now. */
export function noticeText(data: Pick<GameData, 'notice' | 'setAside'>): string | null {
  return data.setAside ? setAsideNotice(data.setAside.problem, data.setAside.kept) : data.notice;
}

export interface GameCommands {
  start(compiled: CompiledScenario, seed: string, player?: string): void;
  dispatch(action: GameAction): ApplyResult;
  canUndo(): boolean;
  /** Why the last decision cannot be taken back; null when it can. */
  undoBlock(): UndoBlock | null;
  undo(): boolean;
  /** Loads the autosave; `find` gives the compiled scenario for an id. */
  resume(find: (id: string) => CompiledScenario | undefined): 'none' | 'resumed' | 'unreadable';
  /** Starts from a verified list of decisions (a replay, or a branch of one). */
  startFrom(
    compiled: CompiledScenario,
    seed: string,
    actions: readonly GameAction[],
    player?: string,
  ): boolean;
  replay(): Replay | null;
  current(): GameState | null;
  setPlayer(name: string): void;
  dismissNotice(): void;
  /** The unreadable save that stops autosaving (to offer as a download), or null. */
  unreadableSave(): string | null;
  /** The player's decision: the unreadable save may go; autosaving starts again. */
  discardUnreadable(): void;
  /** The saves set aside in this browser, described against the scenarios `find` knows. */
  setAsideSaves(find: (id: string) => CompiledScenario | undefined): SetAsideList;
  /** Deletes one save set aside (the player has confirmed); why not, when it could not be. */
  deleteSetAside(key: string): string | null;
}

export type GameStore = ReturnType<typeof createGameStore>;

/** `clock` is injectable so tests can pin the save time. */
export function createGameStore(
  storage: KeyValueStorage | null,
  clock: () => Date = () => new Date(),
) {
  return createStore<GameData & GameCommands>()(
    subscribeWithSelector((set, get) => {
      /** What this store last wrote: anything else in the slot was written by someone else. */
      let lastWritten: string | null = null;
      const held = () => TEXT.view.save.held;

      const hold = (text: string) => set({ heldSave: text, notice: held(), setAside: null });
      const aside = (text: string) =>
        storage ? keepAside(storage, text, clock().toISOString()) : null;

      /** Never write over a save that cannot be read: move it aside first, or stop saving. */
      const slotIsFree = (): boolean => {
        if (!storage) return false;
        if (get().heldSave !== null) return false;
        let existing: string | null;
        try {
          existing = storage.getItem(SAVE_KEY);
        } catch {
          return true;
        }
        if (existing === null || existing === lastWritten || decodeSave(existing).ok) return true;
        if (aside(existing)) return true;
        hold(existing);
        return false;
      };

      const autosave = () => {
        const { compiled, steps, player } = get();
        if (!storage || !compiled) return;
        const first = steps[0];
        if (!first) return;
        if (!slotIsFree()) {
          set({ notice: held(), setAside: null });
          return;
        }
        const savedAt = clock().toISOString();
        const problem = writeSave(storage, {
          format: SAVE_FORMAT,
          version: SAVE_VERSION,
          engineVersion: ENGINE_VERSION,
          scenario: { id: compiled.scenario.id, hash: compiled.hash },
          seed: first.state.seed,
          player,
          actions: steps.slice(1).map((s) => s.action as GameAction),
          savedAt,
        });
        if (problem) {
          set({ notice: problem, setAside: null });
          return;
        }
        try {
          lastWritten = storage.getItem(SAVE_KEY);
        } catch {
          lastWritten = null;
        }
        set({ savedAt });
      };

      const loadSteps = (
        compiled: CompiledScenario,
        seed: string,
        actions: readonly GameAction[],
      ) => {
        const result = runReplay(
          compiled,
          {
            format: 'bamboo-replay/1',
            engineVersion: ENGINE_VERSION,
            scenario: { id: compiled.scenario.id, hash: compiled.hash },
            seed,
            actions,
          },
          true,
        );
        return result.ok && result.steps ? result.steps : null;
      };

      return {
        compiled: null,
        steps: [],
        player: '',
        error: null,
        notice: null,
        savedAt: null,
        heldSave: null,
        setAside: null,

        start(compiled, seed, player) {
          const opening = newGame(compiled, seed);
          set({
            compiled,
            steps: [{ action: null, ...opening }],
            error: null,
            player: player ?? get().player,
          });
          autosave();
        },

        dispatch(action) {
          const { compiled, steps } = get();
          const last = steps.at(-1);
          if (!compiled || !last) {
            const error = { code: 'malformed', message: 'no game is running' } as const;
            set({ error });
            return { ok: false, error };
          }
          const result = apply(compiled, last.state, action);
          if (!result.ok) {
            set({ error: result.error });
            return result;
          }
          set({
            steps: [...steps, { action, state: result.state, explanation: result.explanation }],
            error: null,
          });
          autosave();
          return result;
        },

        canUndo() {
          return get().undoBlock() === null;
        },

        /**
         * Only the last decision of the current turn, and only if it drew no
         * randomness: undo must never let a player roll the dice again.
         */
        undoBlock() {
          const { steps } = get();
          const last = steps.at(-1);
          const before = steps.at(-2);
          if (!last || !before || !last.action) return 'nothing';
          if (last.action.type === 'end-turn' || last.state.turn !== before.state.turn)
            return 'turn-ended';
          return last.state.rng === before.state.rng ? null : 'chance';
        },

        undo() {
          if (!get().canUndo()) return false;
          set({ steps: get().steps.slice(0, -1), error: null });
          autosave();
          return true;
        },

        resume(find) {
          if (!storage) return 'none';
          let text: string | null;
          try {
            text = storage.getItem(SAVE_KEY);
          } catch {
            return 'none';
          }
          if (text === null) return 'none';
          const setAsideFor = (problem: SaveProblem, saved: string) => {
            const kept = aside(saved) !== null;
            set({
              setAside: { problem, kept },
              notice: setAsideNotice(problem, kept),
              ...(kept ? {} : { heldSave: saved }),
            });
            return 'unreadable' as const;
          };
          const diagnosis = diagnoseSave(text, find);
          if (!diagnosis.ok) return setAsideFor(diagnosis.problem, text);
          const { record, compiled } = diagnosis;
          const replayed = runReplay(
            compiled,
            {
              format: 'bamboo-replay/1',
              engineVersion: ENGINE_VERSION,
              scenario: record.scenario,
              seed: record.seed,
              actions: record.actions,
            },
            true,
          );
          if (!replayed.ok || !replayed.steps)
            return setAsideFor(
              {
                kind: 'no-replay',
                detail: replayed.ok ? 'no steps' : replayed.problem.message,
              },
              text,
            );
          lastWritten = text;
          set({
            compiled,
            steps: replayed.steps,
            player: record.player,
            error: null,
            savedAt: record.savedAt,
          });
          return 'resumed';
        },

        startFrom(compiled, seed, actions, player) {
          const steps = loadSteps(compiled, seed, actions);
          if (!steps) return false;
          set({ compiled, steps, error: null, player: player ?? get().player });
          autosave();
          return true;
        },

        replay() {
          const { compiled, steps, player } = get();
          const last = steps.at(-1);
          const first = steps[0];
          if (!compiled || !last || !first) return null;
          const actions = steps.slice(1).map((s) => s.action as GameAction);
          const checkpoints = steps
            .filter((s) => s.action?.type === 'end-turn')
            .map((s) => stateHash(s.state));
          return buildReplay(
            compiled,
            first.state.seed,
            actions,
            last.state,
            checkpoints,
            player ? { player } : {},
          );
        },

        current() {
          return get().steps.at(-1)?.state ?? null;
        },

        setPlayer(name) {
          set({ player: name.slice(0, 80) });
          autosave();
        },

        dismissNotice() {
          // While a save is held, the player must still see why nothing is saved.
          set({ notice: get().heldSave !== null ? held() : null, setAside: null });
        },

        unreadableSave() {
          return get().heldSave;
        },

        discardUnreadable() {
          if (get().heldSave === null) return;
          try {
            storage?.removeItem(SAVE_KEY);
          } catch {
            // Removing cannot fail for lack of space; if it fails anyway, the next save says so.
          }
          set({ heldSave: null, notice: null, setAside: null });
          autosave();
        },

        setAsideSaves(find) {
          return storage ? listSetAside(storage, find) : { ok: true, saves: [] };
        },

        deleteSetAside(key) {
          return storage ? deleteSetAside(storage, key) : null;
        },
      };
    }),
  );
}
