import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, legalActions, runReplay, stateHash } from '../../src/engine';
import {
  createGameStore,
  type KeyValueStorage,
  memoryStorage,
  SAVE_ASIDE_PREFIX,
  SAVE_KEY,
  SAVE_VERSION,
} from '../../src/store';
import { fixturePath, loadFixture } from '../helpers';

const cs = loadFixture('mini.json');
const find = (id: string) => (id === cs.scenario.id ? cs : undefined);

function playToEnd(store: ReturnType<typeof createGameStore>) {
  for (let i = 0; i < 200; i++) {
    const state = store.getState().current();
    if (!state || state.phase === 'over') return;
    const [first] = legalActions(cs, state);
    store.getState().dispatch(state.phase === 'event' && first ? first : { type: 'end-turn' });
  }
}

describe('the game store', () => {
  it('dispatches decisions, keeps the history and refuses illegal ones', () => {
    const store = createGameStore(memoryStorage());
    store.getState().start(cs, 'seed-1', 'Lan');
    const result = store.getState().dispatch({ type: 'play', action: 'protest-note' });
    expect(result.ok).toBe(true);
    expect(store.getState().steps).toHaveLength(2);
    const refused = store.getState().dispatch({ type: 'play', action: 'protest-note' });
    expect(refused.ok).toBe(false);
    expect(store.getState().error?.code).toBe('already-played');
    expect(store.getState().steps).toHaveLength(2);
  });

  it('undoes the last decision of a turn, but never one that drew randomness or ended a turn', () => {
    const store = createGameStore(memoryStorage());
    store.getState().start(cs, 'seed-1');
    const before = store.getState().current();
    store.getState().dispatch({ type: 'play', action: 'protest-note' });
    expect(store.getState().canUndo()).toBe(true);
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().current()).toBe(before);
    store.getState().dispatch({ type: 'end-turn' });
    expect(store.getState().canUndo()).toBe(false);
    expect(store.getState().undo()).toBe(false);
  });

  it('says why a decision cannot be taken back', () => {
    const store = createGameStore(memoryStorage());
    store.getState().start(cs, 'seed-1');
    expect(store.getState().undoBlock()).toBe('nothing');
    store.getState().dispatch({ type: 'play', action: 'protest-note' });
    expect(store.getState().undoBlock()).toBeNull();
    store.getState().dispatch({ type: 'end-turn' });
    expect(store.getState().undoBlock()).toBe('turn-ended');
  });

  it('refuses to undo a decision whose risk was rolled', () => {
    const store = createGameStore(memoryStorage());
    store.getState().start(cs, 'seed-risk');
    while ((store.getState().current()?.turn ?? 0) < 1) {
      const state = store.getState().current();
      const [first] = state ? legalActions(cs, state) : [];
      store.getState().dispatch(state?.phase === 'event' && first ? first : { type: 'end-turn' });
    }
    while (store.getState().current()?.phase === 'event') {
      const [first] = legalActions(cs, store.getState().current()!);
      store.getState().dispatch(first!);
    }
    const r = store.getState().dispatch({ type: 'play', action: 'us-upgrade' });
    expect(r.ok).toBe(true);
    expect(store.getState().canUndo()).toBe(false);
    expect(store.getState().undoBlock()).toBe('chance');
  });

  it('autosaves after every decision and resumes the same game', () => {
    const storage = memoryStorage();
    const store = createGameStore(storage);
    store.getState().start(cs, 'seed-2', 'Minh');
    for (let i = 0; i < 2; i++) {
      const [first] = legalActions(cs, store.getState().current()!);
      expect(store.getState().dispatch(first!).ok).toBe(true);
    }
    const hash = stateHash(store.getState().current()!);
    const again = createGameStore(storage);
    expect(again.getState().resume(find)).toBe('resumed');
    expect(stateHash(again.getState().current()!)).toBe(hash);
    expect(again.getState().player).toBe('Minh');
    expect(again.getState().steps).toHaveLength(3);
  });

  it('gives a replay that verifies', () => {
    const store = createGameStore(memoryStorage());
    store.getState().start(cs, 'seed-3', 'Hoa');
    playToEnd(store);
    const replay = store.getState().replay()!;
    expect(replay.player).toBe('Hoa');
    const verified = runReplay(cs, JSON.parse(JSON.stringify(replay)));
    expect(verified.ok).toBe(true);
  });

  it.each([
    ['corrupt', '{"format":"bamboo-save","vers'],
    ['future', JSON.stringify({ format: 'bamboo-save', version: 99, actions: [] })],
    ['foreign', JSON.stringify({ hello: 'world' })],
    ['tampered', 'TAMPER'],
  ])('keeps a %s save aside, tells the player and overwrites nothing', (_kind, text) => {
    const storage: KeyValueStorage = memoryStorage();
    let saved = text;
    if (text === 'TAMPER') {
      const store = createGameStore(storage);
      store.getState().start(cs, 'seed-4');
      store.getState().dispatch({ type: 'end-turn' });
      const save = JSON.parse(storage.getItem(SAVE_KEY)!);
      save.actions.unshift({ type: 'play', action: 'us-upgrade' });
      saved = JSON.stringify(save);
    }
    storage.setItem(SAVE_KEY, saved);
    const store = createGameStore(storage);
    expect(store.getState().resume(find)).toBe('unreadable');
    expect(store.getState().notice).toMatch(
      /cannot be continued: .+Nothing was deleted: it was set aside/,
    );
    expect(storage.getItem(`${SAVE_ASIDE_PREFIX}1`)).toBe(saved);
    store.getState().start(cs, 'fresh');
    expect(storage.getItem(`${SAVE_ASIDE_PREFIX}1`)).toBe(saved);
  });
});

describe('save format versions', () => {
  const v1Text = readFileSync(fixturePath('saves/v1-mini.json'), 'utf8').trim();

  it('loads a save written by format version 1 and migrates it', () => {
    const storage = memoryStorage();
    // The fixture was written by engine 1.0.0; the save format is what this test is about.
    const v1 = JSON.stringify({
      ...JSON.parse(v1Text),
      engineVersion: ENGINE_VERSION,
      scenario: { id: 'mini', hash: cs.hash },
    });
    expect(JSON.parse(v1).version).toBe(1);
    storage.setItem(SAVE_KEY, v1);
    const store = createGameStore(storage, () => new Date('2026-01-02T03:04:05Z'));
    expect(store.getState().resume(find)).toBe('resumed');
    expect(store.getState().player).toBe('Trần Thị Mai');
    expect(store.getState().steps).toHaveLength(6);
    expect(store.getState().savedAt).toBeNull();
    // The next decision rewrites it in the current format, with the time of saving.
    const [first] = legalActions(cs, store.getState().current()!);
    store.getState().dispatch(first!);
    const saved = JSON.parse(storage.getItem(SAVE_KEY)!);
    expect(saved).toMatchObject({ version: SAVE_VERSION, savedAt: '2026-01-02T03:04:05.000Z' });
    expect(storage.getItem(`${SAVE_ASIDE_PREFIX}1`)).toBeNull();
  });

  it('keeps aside a save made by an engine whose rules differ, naming both versions', () => {
    const storage = memoryStorage();
    storage.setItem(SAVE_KEY, v1Text);
    const store = createGameStore(storage);
    expect(store.getState().resume(find)).toBe('unreadable');
    expect(store.getState().notice).toBe(
      `Your saved game cannot be continued: the game's rules have changed since it was saved (engine 1.0.0 → ${ENGINE_VERSION}), and scenario "mini" has changed since it was saved (content hash 1f961d05cc5ca7a0 → ${cs.hash}). Nothing was deleted: it was set aside, and "Saves set aside" on the title screen lets you download it as a replay.`,
    );
    expect(storage.getItem(`${SAVE_ASIDE_PREFIX}1`)).toBe(v1Text);
  });

  it('records when each save was written', () => {
    const storage = memoryStorage();
    const store = createGameStore(storage, () => new Date('2026-05-06T07:08:09Z'));
    store.getState().start(cs, 'time', 'Lan');
    expect(store.getState().savedAt).toBe('2026-05-06T07:08:09.000Z');
    const again = createGameStore(storage);
    again.getState().resume(find);
    expect(again.getState().savedAt).toBe('2026-05-06T07:08:09.000Z');
  });
});
