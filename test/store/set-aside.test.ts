/**
 * Saves made under other rules are set aside, listed with what they were, downloadable as a
 * replay the replay gate reads (and refuses only for its engine version), and deleted only
 * when the player says so.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program';
import { ENGINE_VERSION, type GameAction, POLICIES, playGame, runReplay } from '../../src/engine';
import { setLocale } from '../../src/i18n';
import { parseReplayText } from '../../src/replay/parse';
import {
  createGameStore,
  deleteSetAside,
  type KeyValueStorage,
  keepAside,
  listSetAside,
  memoryStorage,
  noticeText,
  readSaveRecord,
  SAVE_ASIDE_PREFIX,
  SAVE_KEY,
  type SaveRecord,
  saveToReplay,
  saveToReplayText,
  setAsideFileName,
  turnsEnded,
} from '../../src/store';
import { captureConsole } from '../cli/capture-console';
import { fixturePath, loadFixture } from '../helpers';

const cs = loadFixture('mini.json');
const find = (id: string) => (id === cs.scenario.id ? cs : undefined);
const AT = '2026-12-02T09:30:00.000Z';
const clock = () => new Date(AT);
const CORRUPT = '{"format":"bamboo-save","version":2,"acti';

afterEach(() => setLocale('en'));

/** A game of `n` decisions saved by this build, then edited as an older build would have written it. */
function savedGame(n: number, edit: (save: Record<string, unknown>) => void = () => {}) {
  const storage = memoryStorage();
  const store = createGameStore(storage);
  store.getState().start(cs, 'old-rules', 'Trần Thị Mai');
  const game = playGame(cs, 'old-rules', POLICIES.random!);
  for (const action of game.actions.slice(0, n)) store.getState().dispatch(action);
  const save = JSON.parse(storage.getItem(SAVE_KEY)!) as Record<string, unknown>;
  edit(save);
  const text = JSON.stringify(save);
  storage.setItem(SAVE_KEY, text);
  return {
    storage,
    text,
    actions: save.actions as GameAction[],
    final: store.getState().current()!,
  };
}

const oldEngine = (save: Record<string, unknown>) => {
  save.engineVersion = '3.2.0';
};

describe('a save made under older rules', () => {
  it('is set aside on resume, with a notice naming both engine versions', () => {
    const { storage, text } = savedGame(6, oldEngine);
    const store = createGameStore(storage, clock);
    expect(store.getState().resume(find)).toBe('unreadable');
    expect(store.getState().notice).toBe(
      `Your saved game cannot be continued: the game's rules have changed since it was saved (engine 3.2.0 → ${ENGINE_VERSION}). Nothing was deleted: it was set aside, and "Saves set aside" on the title screen lets you download it as a replay.`,
    );
    expect(storage.getItem(SAVE_KEY)).toBeNull();
    expect(storage.getItem(`${SAVE_ASIDE_PREFIX}1`)).toBe(text);
    // The notice follows the language shown, whatever it was at start-up.
    setLocale('vi');
    expect(noticeText(store.getState())).toBe(
      `Không thể chơi tiếp ván đã lưu: luật chơi đã thay đổi kể từ khi ván được lưu (phiên bản 3.2.0 → ${ENGINE_VERSION}). Không có gì bị xóa: ván đó đã được cất riêng, và mục “Ván đã cất riêng” ở màn hình chính cho phép tải nó xuống dưới dạng bản ghi.`,
    );
  });

  it('is listed with what it was, when it was set aside and why', () => {
    const { storage, actions } = savedGame(6, oldEngine);
    createGameStore(storage, clock).getState().resume(find);
    const list = listSetAside(storage, find);
    if (!list.ok) throw new Error(list.reason);
    expect(list.saves).toHaveLength(1);
    const [entry] = list.saves;
    expect(entry).toMatchObject({
      key: `${SAVE_ASIDE_PREFIX}1`,
      setAsideAt: AT,
      record: {
        engineVersion: '3.2.0',
        scenario: { id: 'mini', hash: cs.hash },
        seed: 'old-rules',
        player: 'Trần Thị Mai',
        actions,
      },
      problem: { kind: 'changed', engine: { made: '3.2.0', runs: ENGINE_VERSION }, scenario: null },
    });
    expect(turnsEnded(entry!.record!)).toBe(actions.filter((a) => a.type === 'end-turn').length);
  });

  it('downloads as a replay that the replay gate refuses only for its engine version', () => {
    const { storage, actions, final } = savedGame(8, oldEngine);
    createGameStore(storage, clock).getState().resume(find);
    const list = listSetAside(storage, find);
    if (!list.ok) throw new Error(list.reason);
    const record = list.saves[0]!.record!;
    const text = saveToReplayText(record);
    const parsed = parseReplayText(text, 'set-aside.json');
    expect(parsed).toEqual({
      ok: false,
      code: 'engine-version',
      message: `set-aside.json: engineVersion: made by engine 3.2.0; this game runs engine ${ENGINE_VERSION}`,
    });
    // The same file from the build that made it: every other check passes and it replays.
    const underItsRules = parseReplayText(
      text.replace('"engineVersion": "3.2.0"', `"engineVersion": "${ENGINE_VERSION}"`),
      'set-aside.json',
    );
    if (!underItsRules.ok) throw new Error(underItsRules.message);
    expect(underItsRules.replay).toEqual({
      format: 'bamboo-replay/1',
      engineVersion: ENGINE_VERSION,
      scenario: { id: 'mini', hash: cs.hash },
      seed: 'old-rules',
      player: 'Trần Thị Mai',
      actions,
    });
    const replayed = runReplay(cs, underItsRules.replay);
    expect(replayed.ok && replayed.state).toEqual(final);
    expect(setAsideFileName(record)).toBe('bamboo-mini-old-rules-Tran-Thi-Mai-engine-3-2-0.json');
  });
});

describe('a save set aside, downloaded, given to the command line', () => {
  const { out } = captureConsole();

  it('is refused by `bamboo verify` naming both engine versions, and verifies under its own', () => {
    const { storage } = savedGame(8, oldEngine);
    createGameStore(storage, clock).getState().resume(find);
    const list = listSetAside(storage, find);
    if (!list.ok) throw new Error(list.reason);
    const text = saveToReplayText(list.saves[0]!.record!);
    const dir = mkdtempSync(join(tmpdir(), 'bamboo-set-aside-'));
    const file = join(dir, 'set-aside.json');
    writeFileSync(file, text);
    expect(run(['verify', file, '--scenario', fixturePath('mini.json')])).toBe(1);
    expect(out.join('\n')).toContain(
      `set-aside.json: engine-version: made by engine 3.2.0; this game runs engine ${ENGINE_VERSION}`,
    );
    // What the build that made it would say: the decisions are the game, and they replay.
    const then = join(dir, 'then.json');
    writeFileSync(then, text.replace('"3.2.0"', JSON.stringify(ENGINE_VERSION)));
    out.length = 0;
    expect(run(['verify', then, '--scenario', fixturePath('mini.json')])).toBe(0);
    expect(out.join('\n')).toContain('1 files: 1 verified, 0 invalid');
  });
});

describe('a save made for another version of its scenario', () => {
  it('names the scenario and both content hashes, in English and Vietnamese', () => {
    const { storage } = savedGame(3, (save) => {
      save.scenario = { id: 'mini', hash: '0123456789abcdef' };
    });
    const store = createGameStore(storage, clock);
    expect(store.getState().resume(find)).toBe('unreadable');
    expect(store.getState().notice).toContain(
      `scenario "mini" has changed since it was saved (content hash 0123456789abcdef → ${cs.hash})`,
    );
    expect(store.getState().notice).not.toContain('engine');
    setLocale('vi');
    expect(noticeText(store.getState())).toContain(
      `kịch bản “mini” đã thay đổi kể từ khi ván được lưu (mã nội dung 0123456789abcdef → ${cs.hash})`,
    );
    const list = listSetAside(storage, find);
    expect(list.ok && list.saves[0]?.problem).toEqual({
      kind: 'changed',
      engine: null,
      scenario: { id: 'mini', made: '0123456789abcdef', now: cs.hash },
    });
  });
});

describe('listing saves set aside', () => {
  it('lists them in the order they were set aside, corrupt ones included, and nothing else', () => {
    const storage = memoryStorage();
    const { text: old } = savedGame(2, oldEngine);
    storage.setItem(`${SAVE_ASIDE_PREFIX}10`, old);
    storage.setItem(`${SAVE_ASIDE_PREFIX}2`, CORRUPT);
    storage.setItem(`${SAVE_ASIDE_PREFIX}2.meta`, JSON.stringify({ setAsideAt: AT }));
    storage.setItem(`${SAVE_ASIDE_PREFIX}3.meta`, JSON.stringify({ setAsideAt: AT }));
    storage.setItem(`${SAVE_ASIDE_PREFIX}x`, old);
    storage.setItem('bamboo-diplomacy.settings', '{}');
    const list = listSetAside(storage, find);
    if (!list.ok) throw new Error(list.reason);
    expect(list.saves.map((s) => [s.key, s.setAsideAt, s.record?.seed ?? null])).toEqual([
      [`${SAVE_ASIDE_PREFIX}2`, AT, null],
      [`${SAVE_ASIDE_PREFIX}10`, null, 'old-rules'],
    ]);
    expect(list.saves[0]).toMatchObject({
      text: CORRUPT,
      problem: {
        kind: 'damaged',
        detail: 'the saved game is not valid JSON (truncated or corrupt)',
      },
    });
  });

  it('says so, rather than throwing, when the storage cannot be read', () => {
    const broken: KeyValueStorage = {
      ...memoryStorage(),
      length: 1,
      key: () => {
        throw new Error('SecurityError');
      },
    };
    expect(listSetAside(broken, find)).toEqual({
      ok: false,
      reason: "the browser's storage cannot be read (SecurityError)",
    });
  });

  it('marks a save whose scenario is back as one that would load again', () => {
    const { text } = savedGame(2);
    const storage = memoryStorage();
    storage.setItem(`${SAVE_ASIDE_PREFIX}1`, text);
    const list = listSetAside(storage, find);
    expect(list.ok && list.saves[0]?.problem).toBeNull();
    const without = listSetAside(storage, () => undefined);
    expect(without.ok && without.saves[0]?.problem).toEqual({
      kind: 'scenario-missing',
      id: 'mini',
    });
  });
});

describe('deleting a save set aside', () => {
  it('removes it and its note, and nothing else', () => {
    const storage = memoryStorage();
    storage.setItem(`${SAVE_ASIDE_PREFIX}1`, CORRUPT);
    storage.setItem(`${SAVE_ASIDE_PREFIX}1.meta`, JSON.stringify({ setAsideAt: AT }));
    storage.setItem(`${SAVE_ASIDE_PREFIX}2`, 'other');
    storage.setItem(SAVE_KEY, 'current');
    expect(deleteSetAside(storage, `${SAVE_ASIDE_PREFIX}1`)).toBeNull();
    expect(storage.getItem(`${SAVE_ASIDE_PREFIX}1`)).toBeNull();
    expect(storage.getItem(`${SAVE_ASIDE_PREFIX}1.meta`)).toBeNull();
    expect(storage.getItem(`${SAVE_ASIDE_PREFIX}2`)).toBe('other');
    expect(storage.getItem(SAVE_KEY)).toBe('current');
  });

  it('refuses any key that is not a save set aside', () => {
    const storage = memoryStorage();
    storage.setItem(SAVE_KEY, 'current');
    expect(deleteSetAside(storage, SAVE_KEY)).toBe(`"${SAVE_KEY}" is not a save set aside`);
    expect(storage.getItem(SAVE_KEY)).toBe('current');
  });

  it('reports a storage that will not delete, and the save stays', () => {
    const inner = memoryStorage();
    inner.setItem(`${SAVE_ASIDE_PREFIX}1`, CORRUPT);
    const stubborn: KeyValueStorage = {
      getItem: inner.getItem,
      setItem: inner.setItem,
      key: inner.key,
      get length() {
        return inner.length;
      },
      removeItem: () => {
        throw new Error('locked');
      },
    };
    expect(deleteSetAside(stubborn, `${SAVE_ASIDE_PREFIX}1`)).toBe(
      'it could not be deleted (locked)',
    );
    expect(inner.getItem(`${SAVE_ASIDE_PREFIX}1`)).toBe(CORRUPT);
  });
});

describe('setting a save aside on a nearly full storage', () => {
  it('keeps the save even when there is no room left for the date it was set aside', () => {
    const inner = memoryStorage();
    const full: KeyValueStorage = {
      getItem: inner.getItem,
      removeItem: inner.removeItem,
      key: inner.key,
      get length() {
        return inner.length;
      },
      setItem: (k, v) => {
        if (k.endsWith('.meta')) throw new Error('QuotaExceededError');
        inner.setItem(k, v);
      },
    };
    full.setItem(SAVE_KEY, CORRUPT);
    expect(keepAside(full, CORRUPT, AT)).toBe(`${SAVE_ASIDE_PREFIX}1`);
    const list = listSetAside(full, find);
    expect(list.ok && list.saves.map((s) => [s.text, s.setAsideAt])).toEqual([[CORRUPT, null]]);
  });
});

describe('any well-formed save, converted', () => {
  const record = fc.record({
    engineVersion: fc.oneof(fc.constant(ENGINE_VERSION), fc.string({ maxLength: 12 })),
    scenario: fc.record({
      id: fc.string({ minLength: 1, maxLength: 20 }),
      hash: fc.stringMatching(/^[0-9a-f]{16}$/),
    }),
    seed: fc.string({ maxLength: 40 }),
    player: fc.string({ maxLength: 300 }),
    actions: fc.array(
      fc.oneof(
        fc.constant({ type: 'end-turn' as const }),
        fc.record({ type: fc.constant('play' as const), action: fc.string({ minLength: 1 }) }),
        fc.record({
          type: fc.constant('choose' as const),
          event: fc.string({ minLength: 1 }),
          choice: fc.string({ minLength: 1 }),
        }),
      ),
      { maxLength: 30 },
    ),
    savedAt: fc.constant(null),
  });

  it('is a replay the gate accepts, or refuses only for a different engine version', () => {
    fc.assert(
      fc.property(record, (r: SaveRecord) => {
        const save = JSON.stringify({ format: 'bamboo-save', version: 2, ...r });
        const read = readSaveRecord(save);
        if (!read.ok) return false;
        const parsed = parseReplayText(saveToReplayText(read.record), 'x.json');
        if (r.engineVersion === ENGINE_VERSION)
          return parsed.ok && parsed.replay.actions.length === r.actions.length;
        return !parsed.ok && parsed.code === 'engine-version';
      }),
    );
  });

  it('keeps the seed, the scenario and the decisions exactly', () => {
    fc.assert(
      fc.property(record, (r: SaveRecord) => {
        const replay = saveToReplay(r);
        expect(replay.seed).toBe(r.seed);
        expect(replay.scenario).toEqual(r.scenario);
        expect(replay.actions).toEqual(r.actions);
        expect(replay.engineVersion).toBe(r.engineVersion);
      }),
    );
  });
});
