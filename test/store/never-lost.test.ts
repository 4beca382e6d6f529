/** Saves are never lost: not to a full disk, not to a corrupt save, not to a new game. */
import { describe, expect, it } from 'vitest';
import { POLICIES, playGame } from '../../src/engine';
import {
  chooseStorage,
  createGameStore,
  type KeyValueStorage,
  listSetAside,
  memoryStorage,
  SAVE_ASIDE_PREFIX,
  SAVE_KEY,
} from '../../src/store';
import { loadFixture } from '../helpers';

const mini = loadFixture('mini.json');
const find = (id: string) => (id === mini.scenario.id ? mini : undefined);
const CORRUPT = '{"format":"bamboo-save","version":2,"actions":[{"type":"pl';

/** A storage with a quota: writing past `bytes` in all throws, like a full localStorage. */
function quotaStorage(bytes: number): KeyValueStorage {
  const inner = memoryStorage();
  const used = (except?: string) => {
    let n = 0;
    for (let i = 0; i < inner.length; i++) {
      const k = inner.key(i);
      if (k !== null && k !== except) n += k.length + (inner.getItem(k) ?? '').length;
    }
    return n;
  };
  return {
    getItem: (k) => inner.getItem(k),
    setItem: (k, v) => {
      if (used(k) + k.length + v.length > bytes) throw new Error('QuotaExceededError');
      inner.setItem(k, v);
    },
    removeItem: (k) => inner.removeItem(k),
    get length() {
      return inner.length;
    },
    key: (i) => inner.key(i),
  };
}

describe('an unreadable save that cannot be moved aside', () => {
  // Room for one save, not for a second copy of the corrupt one beside it.
  const fresh = (() => {
    const s = memoryStorage();
    createGameStore(s).getState().start(mini, 's', 'Lan');
    return (s.getItem(SAVE_KEY) ?? '').length;
  })();
  const corrupt = CORRUPT + ' '.repeat(fresh + 40);
  const setup = () => {
    const storage = quotaStorage(SAVE_KEY.length + corrupt.length + 10);
    storage.setItem(SAVE_KEY, corrupt);
    const store = createGameStore(storage);
    return { storage, store };
  };

  it('is never overwritten: autosave stops and the player is offered the file', () => {
    const { storage, store } = setup();
    expect(store.getState().resume(find)).toBe('unreadable');
    expect(storage.getItem(SAVE_KEY)).toBe(corrupt);
    expect(store.getState().unreadableSave()).toBe(corrupt);
    expect(store.getState().notice).toMatch(/could not be moved aside/);
    expect(store.getState().notice).toMatch(/download/i);
    // A new game and its decisions must not write over it.
    store.getState().start(mini, 's', 'Lan');
    const game = playGame(mini, 's', POLICIES.random!);
    for (const a of game.actions.slice(0, 3)) store.getState().dispatch(a);
    expect(storage.getItem(SAVE_KEY)).toBe(corrupt);
    expect(store.getState().notice).toMatch(/not being saved/);
  });

  it('is replaced only once the player says so', () => {
    const { storage, store } = setup();
    store.getState().resume(find);
    store.getState().start(mini, 's', 'Lan');
    store.getState().discardUnreadable();
    expect(store.getState().unreadableSave()).toBeNull();
    // Saving resumes at once with the game in play.
    expect(storage.getItem(SAVE_KEY)).not.toBe(corrupt);
    expect(createGameStore(storage).getState().resume(find)).toBe('resumed');
  });
});

describe('a save that turns unreadable while playing (another tab, a disk error)', () => {
  it('is moved aside before the next autosave, not overwritten', () => {
    const storage = memoryStorage();
    const store = createGameStore(storage);
    store.getState().start(mini, 's', 'Lan');
    storage.setItem(SAVE_KEY, CORRUPT);
    const game = playGame(mini, 's', POLICIES.random!);
    store.getState().dispatch(game.actions[0]!);
    const aside = listSetAside(storage, find);
    expect(aside.ok && aside.saves.map((s) => [s.key, s.text])).toEqual([
      [`${SAVE_ASIDE_PREFIX}1`, CORRUPT],
    ]);
    expect(createGameStore(storage).getState().resume(find)).toBe('resumed');
  });
});

describe('storage at start-up', () => {
  const fake = (opts: { full?: boolean; missing?: boolean; saved?: string }) => () => {
    if (opts.missing) throw new Error('SecurityError');
    const s = memoryStorage();
    if (opts.saved) s.setItem(SAVE_KEY, opts.saved);
    return {
      ...s,
      getItem: s.getItem,
      removeItem: s.removeItem,
      key: s.key,
      get length() {
        return s.length;
      },
      setItem: (k: string, v: string) => {
        if (opts.full) throw new Error('QuotaExceededError');
        s.setItem(k, v);
      },
    } satisfies KeyValueStorage;
  };

  it('a full storage is still read (the save is offered) and the player is told', () => {
    const storage = memoryStorage();
    const store = createGameStore(storage);
    store.getState().start(mini, 's', 'Lan');
    const saved = storage.getItem(SAVE_KEY)!;
    const choice = chooseStorage(fake({ full: true, saved }));
    expect(choice.persistent).toBe(false);
    expect(choice.problem).toBe('full');
    expect(choice.storage.getItem(SAVE_KEY)).toBe(saved);
    expect(createGameStore(choice.storage).getState().resume(find)).toBe('resumed');
  });

  it('no storage at all falls back to memory, and says so', () => {
    const choice = chooseStorage(fake({ missing: true }));
    expect(choice.persistent).toBe(false);
    expect(choice.problem).toBe('unavailable');
  });

  it('working storage needs no notice', () => {
    const choice = chooseStorage(fake({}));
    expect(choice).toMatchObject({ persistent: true, problem: null });
  });
});
