/**
 * Engine 3.5.0 lets random events rest (a cooldown), so a game recorded under 3.4.0 may no
 * longer play the same way: its replay file and its autosave are refused, each with the
 * message that names both versions, never replayed into a different game.
 */
import { describe, expect, it } from 'vitest';
import { buildReplay, ENGINE_VERSION, POLICIES, playGame, runReplay } from '../../src/engine';
import { parseReplayText } from '../../src/replay/parse';
import { createGameStore, memoryStorage, SAVE_KEY } from '../../src/store';
import { loadShipped } from '../helpers';

const BEFORE_COOLDOWNS = '3.4.0';
const cs = loadShipped('2023');
const game = playGame(cs, 'old-rules', POLICIES.random!);
const recorded = buildReplay(cs, 'old-rules', game.actions, game.state, game.checkpoints);
const underOldEngine = { ...recorded, engineVersion: BEFORE_COOLDOWNS };

describe(`a game recorded under engine ${BEFORE_COOLDOWNS}`, () => {
  it('is recorded under another version now', () => {
    expect(ENGINE_VERSION).not.toBe(BEFORE_COOLDOWNS);
    expect(runReplay(cs, recorded).ok).toBe(true);
  });

  it('is refused by the replay runner, naming both versions', () => {
    expect(runReplay(cs, underOldEngine)).toEqual({
      ok: false,
      problem: {
        code: 'engine-version',
        message: `made by engine ${BEFORE_COOLDOWNS}; this game runs engine ${ENGINE_VERSION}`,
      },
    });
  });

  it('is refused at the replay file gate', () => {
    expect(parseReplayText(JSON.stringify(underOldEngine), 'old.json')).toEqual({
      ok: false,
      code: 'engine-version',
      message: `old.json: engineVersion: made by engine ${BEFORE_COOLDOWNS}; this game runs engine ${ENGINE_VERSION}`,
    });
  });

  it('as an autosave, is set aside on resume with the notice naming both versions', () => {
    const storage = memoryStorage();
    const store = createGameStore(storage);
    store.getState().start(cs, 'old-rules', 'Lê Văn An');
    for (const action of game.actions.slice(0, 10)) store.getState().dispatch(action);
    const save = JSON.parse(storage.getItem(SAVE_KEY) as string) as Record<string, unknown>;
    save.engineVersion = BEFORE_COOLDOWNS;
    storage.setItem(SAVE_KEY, JSON.stringify(save));
    const later = createGameStore(storage);
    expect(later.getState().resume((id) => (id === cs.scenario.id ? cs : undefined))).toBe(
      'unreadable',
    );
    expect(later.getState().notice).toContain(
      `the game's rules have changed since it was saved (engine ${BEFORE_COOLDOWNS} → ${ENGINE_VERSION})`,
    );
    expect(storage.getItem(SAVE_KEY)).toBeNull();
  });
});
