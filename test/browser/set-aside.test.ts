/**
 * A save made under older rules, met in the browser: the title says which engine versions
 * differ, lists the save set aside, downloads it as a replay file (the version refusal is its
 * only problem) and deletes it only after a confirmation.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ENGINE_VERSION, POLICIES, playGame, runReplay } from '../../src/engine';
import { parseReplayText } from '../../src/replay/parse';
import { SAVE_KEY } from '../../src/store/key-value';
import { SAVE_ASIDE_PREFIX } from '../../src/store/set-aside';
import type { DialogSnapshot } from '../../src/ui/test-handle';
import { loadShipped } from '../helpers';
import { collectErrors, launchChromium, settle, waitForScene } from './chromium';

const OLD_ENGINE = '1.9.0';
const cs = loadShipped('2023');
const game = playGame(cs, 'old-rules', POLICIES.random!);
const actions = game.actions.slice(0, 25);
const SAVE = JSON.stringify({
  format: 'bamboo-save',
  version: 2,
  engineVersion: OLD_ENGINE,
  scenario: { id: '2023', hash: cs.hash },
  seed: 'old-rules',
  player: 'Phạm Minh Châu',
  actions,
  savedAt: '2026-11-20T08:00:00.000Z',
});

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(query = '') {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
    acceptDownloads: true,
  });
  const errors = collectErrors(page);
  // Seeded once: a reload must find what the game left, not a fresh copy.
  await page.addInitScript((save) => {
    if (sessionStorage.getItem('seeded')) return;
    localStorage.setItem('bamboo-diplomacy.save', save);
    sessionStorage.setItem('seeded', '1');
  }, SAVE);
  await page.goto(`${inject('baseUrl')}?renderer=canvas${query}`);
  await waitForScene(page, 'Title');
  await settle(page);
  return { page, errors };
}

const snapshot = (page: Page) => page.evaluate(() => window.bamboo?.snapshot());
const texts = async (page: Page) =>
  (await page.evaluate(() => window.bamboo?.texts() ?? [])).map((t) => t.text);
const stored = (page: Page) => page.evaluate(() => ({ ...localStorage }) as Record<string, string>);

async function dialog(page: Page, kind: string): Promise<DialogSnapshot> {
  await page.waitForFunction((k) => window.bamboo?.snapshot().dialog?.kind === k, kind, {
    polling: 'raf',
  });
  await settle(page);
  return (await snapshot(page))!.dialog!;
}

/** Clicks a dialog button given in game coordinates (1280×720). */
async function click(page: Page, button: DialogSnapshot['buttons'][number]) {
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.click(
    box.x + ((button.x + button.width / 2) / 1280) * box.width,
    box.y + ((button.y + button.height / 2) / 720) * box.height,
  );
  await settle(page);
}

describe('a save made under older rules', () => {
  test('is named, set aside, listed, downloaded as a replay and deleted only when confirmed', async () => {
    const { page, errors } = await open();
    expect((await snapshot(page))?.notice).toBe(
      `Your saved game cannot be continued: the game's rules have changed since it was saved (engine ${OLD_ENGINE} → ${ENGINE_VERSION}). Nothing was deleted: it was set aside, and "Saves set aside" on the title screen lets you download it as a replay.`,
    );
    const before = await stored(page);
    expect(before[SAVE_KEY]).toBeUndefined();
    expect(before[`${SAVE_ASIDE_PREFIX}1`]).toBe(SAVE);
    expect(await texts(page)).toContainEqual(expect.stringMatching(/^Saves set aside \(1\)/));

    await page.keyboard.press('a');
    const list = await dialog(page, 'set-aside');
    // Download, Delete, then Close.
    expect(list.buttons).toHaveLength(3);
    const shown = (await texts(page)).join('\n');
    expect(shown).toContain('seed old-rules · Phạm Minh Châu');
    expect(shown).toContain(`Made with engine ${OLD_ENGINE}, scenario content ${cs.hash}`);
    expect(shown).toContain(`(engine ${OLD_ENGINE} → ${ENGINE_VERSION})`);
    expect(shown).toMatch(/last saved 20 November 2026 · set aside \d+ \w+ \d{4}/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      click(page, list.buttons[0]!),
    ]);
    expect(download.suggestedFilename()).toBe(
      `bamboo-2023-old-rules-Pham-Minh-Chau-engine-${OLD_ENGINE.replaceAll('.', '-')}.json`,
    );
    const file = await readFile(await download.path(), 'utf8');
    // This version refuses it for its engine alone, naming both versions.
    expect(parseReplayText(file, 'saved.json')).toEqual({
      ok: false,
      code: 'engine-version',
      message: `saved.json: engineVersion: made by engine ${OLD_ENGINE}; this game runs engine ${ENGINE_VERSION}`,
    });
    // Under the rules it was made with (here the decisions are legal today too), it replays.
    const asIfThen = parseReplayText(
      file.replace(`"engineVersion": "${OLD_ENGINE}"`, `"engineVersion": "${ENGINE_VERSION}"`),
      'saved.json',
    );
    if (!asIfThen.ok) throw new Error(asIfThen.message);
    expect(asIfThen.replay).toMatchObject({
      seed: 'old-rules',
      player: 'Phạm Minh Châu',
      scenario: { id: '2023', hash: cs.hash },
      actions,
    });
    expect(runReplay(cs, asIfThen.replay).ok).toBe(true);

    // The game's own replay loader refuses the file for its engine, naming both versions.
    await page.keyboard.press('Escape');
    await page.setInputFiles('#replay-file', await download.path());
    await dialog(page, 'replay-refused');
    expect(
      await page.evaluate(() => document.getElementById('bamboo-status')?.textContent),
    ).toContain(`made by engine ${OLD_ENGINE}; this game runs engine ${ENGINE_VERSION}`);
    await page.keyboard.press('Escape');
    await settle(page);
    await page.keyboard.press('a');
    await dialog(page, 'set-aside');

    // Delete asks first; Cancel keeps it.
    await click(page, list.buttons[1]!);
    const confirm = await dialog(page, 'delete-set-aside');
    expect(confirm.buttons).toHaveLength(3);
    await click(page, confirm.buttons[2]!);
    expect((await stored(page))[`${SAVE_ASIDE_PREFIX}1`]).toBe(SAVE);

    await click(page, list.buttons[1]!);
    const again = await dialog(page, 'delete-set-aside');
    await click(page, again.buttons[1]!);
    await page.waitForFunction(() =>
      window.bamboo?.texts().some((t) => t.text === 'No saves are set aside.'),
    );
    const after = await stored(page);
    expect(Object.keys(after).filter((k) => k.startsWith(SAVE_ASIDE_PREFIX))).toEqual([]);
    expect((await texts(page)).join('\n')).toContain('The save was deleted.');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('is named in Vietnamese too', async () => {
    const { page, errors } = await open('&lang=vi');
    expect((await snapshot(page))?.notice).toContain(
      `luật chơi đã thay đổi kể từ khi ván được lưu (phiên bản ${OLD_ENGINE} → ${ENGINE_VERSION})`,
    );
    expect(await texts(page)).toContainEqual(expect.stringMatching(/^Ván đã cất riêng \(1\)/));
    await page.keyboard.press('a');
    await dialog(page, 'set-aside');
    const shown = (await texts(page)).join('\n');
    expect(shown).toContain('mã “old-rules” · Phạm Minh Châu');
    expect(shown).toContain(
      `Tạo với luật chơi phiên bản ${OLD_ENGINE}, mã nội dung kịch bản ${cs.hash}`,
    );
    expect(shown).toMatch(/lưu lần cuối 20 tháng 11, 2026/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
