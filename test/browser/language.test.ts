import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { collectErrors, launchChromium, waitForScene } from './chromium';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const texts = (page: Page) => page.evaluate(() => window.bamboo?.texts() ?? []);
const words = async (page: Page) => (await texts(page)).map((t) => t.text);
const locale = (page: Page) => page.evaluate(() => window.bamboo?.snapshot().locale);

/** Waits until some visible text on screen satisfies `test` (polled each animation frame). */
async function waitForText(page: Page, pattern: RegExp, timeout = 20_000) {
  await page.waitForFunction(
    ([source, flags]) =>
      window.bamboo?.texts().some((t) => new RegExp(source, flags).test(t.text)) ?? false,
    [pattern.source, pattern.flags] as const,
    { timeout, polling: 'raf' },
  );
}

/** Clicks the centre of the visible text `label` (game coordinates mapped onto the canvas). */
async function clickText(page: Page, label: string) {
  const shown = (await texts(page)).find((t) => t.text === label);
  if (!shown) throw new Error(`"${label}" is not on screen`);
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.click(
    box.x + ((shown.x + shown.width / 2) / 1280) * box.width,
    box.y + ((shown.y + shown.height / 2) / 720) * box.height,
  );
}

describe('the game in Vietnamese', () => {
  test('the title switch turns the screens Vietnamese, and the choice survives a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = collectErrors(page);
    await page.goto(`${inject('baseUrl')}?renderer=canvas`);
    await waitForScene(page, 'Title');
    expect(await locale(page)).toBe('en');
    // Key hints wait for a keyboard: none before the first key press, all of them after it.
    expect(await words(page)).toContain('New game');
    await page.keyboard.press('Shift');
    await waitForText(page, /^New game {2}\[N\]$/);

    await clickText(page, 'Tiếng Việt');
    await waitForText(page, /^Ván mới {2}\[N\]$/);
    expect(await locale(page)).toBe('vi');
    const title = await words(page);
    expect(title).toContain('Cách chơi  [H]');
    expect(title.some((t) => t.startsWith('Đông Nam Á, Biển Đông'))).toBe(true);
    expect(title).not.toContain('New game  [N]');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    const stored = await page.evaluate(() => localStorage.getItem('bamboo-diplomacy.settings'));
    expect(JSON.parse(stored ?? '{}')).toMatchObject({ locale: 'vi' });

    await page.reload();
    await waitForScene(page, 'Title');
    await page.keyboard.press('Shift');
    await waitForText(page, /^Ván mới {2}\[N\]$/);
    expect(await locale(page)).toBe('vi');

    // How to play, then a game: both read Vietnamese, names with their diacritics.
    await page.keyboard.press('h');
    await waitForScene(page, 'HowToPlay');
    await waitForText(page, /^Bạn là Hà Nội, năm 2023$/);
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Title');
    await page.keyboard.press('n');
    await waitForText(page, /^Bắt đầu/);
    const start = (await words(page)).find((t) => t.startsWith('Bắt đầu'));
    await clickText(page, start ?? 'Bắt đầu');
    await waitForScene(page, 'Game');
    await waitForText(page, /^Tháng 1\/12/);
    const game = await words(page);
    expect(game.some((t) => /Kết thúc tháng|Trả lời sự kiện/.test(t))).toBe(true);
    // The top bar writes its captions in capitals: VỐN CHÍNH TRỊ.
    expect(game.some((t) => t.toLocaleLowerCase('vi').includes('vốn chính trị'))).toBe(true);
    expect(game.some((t) => t.includes('Bắc Kinh'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('?lang=vi opens in Vietnamese and class links carry it; ?lang=en switches back', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 600 } });
    const errors = collectErrors(page);
    await page.goto(`${inject('baseUrl')}?renderer=canvas&lang=vi`);
    await waitForScene(page, 'Title');
    // Key hints show once a key has been pressed.
    await page.keyboard.press('Shift');
    await waitForText(page, /^Ván mới {2}\[N\]$/);
    await clickText(page, 'Tạo lớp');
    await waitForScene(page, 'ClassSetup');
    await page.waitForFunction(() => window.bamboo?.snapshot().classSetup?.link, null, {
      timeout: 20_000,
    });
    const link = (await page.evaluate(() => window.bamboo?.snapshot().classSetup?.link)) ?? '';
    expect(link).toMatch(/[?&]class=1&lang=vi$/);
    expect(await words(page)).toContain('Mã lớp');

    await page.goto(`${inject('baseUrl')}?renderer=canvas&lang=en`);
    await waitForScene(page, 'Title');
    await page.keyboard.press('Shift');
    await waitForText(page, /^New game {2}\[N\]$/);
    expect(await locale(page)).toBe('en');
    expect(errors).toEqual([]);
    await page.close();
  });
});
