import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, waitForScene } from './chromium';

/** When the game's code cannot load or start, the page says so in words, not a blank page. */
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const DIST_INDEX = fileURLToPath(new URL('../../dist/index.html', import.meta.url));

describe('boot failure message', () => {
  test('a script that fails to load names the file and says what to try', async () => {
    const page = await browser.newPage();
    await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
    await page.goto(`${inject('baseUrl')}?renderer=canvas`);
    const box = page.locator('#boot-error');
    await box.waitFor({ state: 'visible' });
    expect(await page.locator('#boot-error-what').textContent()).toMatch(
      /could not be loaded \(.*assets\/index-.*\.js\)/,
    );
    expect(await page.locator('#boot-error-try').textContent()).toContain('Reload the page');
    await page.close();
  });

  test('an error while starting is shown with its message', async () => {
    const page = await browser.newPage();
    // A start-up step that rejects, as a bug or a broken browser feature would.
    await page.addInitScript(() => {
      document.fonts.load = () => Promise.reject(new Error('fonts exploded'));
    });
    await page.goto(`${inject('baseUrl')}?renderer=canvas`);
    await page.locator('#boot-error').waitFor({ state: 'visible' });
    expect(await page.locator('#boot-error-what').textContent()).toContain('fonts exploded');
    await page.close();
  });

  test('the multi-file build opened from a folder points to the one-file version', async () => {
    const page = await browser.newPage();
    await page.goto(`file://${DIST_INDEX}`);
    await page.locator('#boot-error').waitFor({ state: 'visible' });
    expect(await page.locator('#boot-error-try').textContent()).toContain('bamboo-diplomacy.html');
    await page.close();
  });

  test('?lang=vi shows the message in Vietnamese', async () => {
    const page = await browser.newPage();
    await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
    await page.goto(`${inject('baseUrl')}?renderer=canvas&lang=vi`);
    await page.locator('#boot-error').waitFor({ state: 'visible' });
    expect(await page.locator('#boot-error h1').textContent()).toBe(
      'Không khởi động được Ngoại giao cây tre',
    );
    expect(await page.locator('#boot-error-try').textContent()).toContain('Hãy tải lại trang');
    expect(await page.locator('#boot-error-what').textContent()).toMatch(
      /^không tải được một tệp của trò chơi \(.*assets\/index-.*\.js\)/,
    );
    expect(await page.locator('#boot-error').getAttribute('lang')).toBe('vi');
    await page.close();
  });

  test("the remembered language, then the browser's, chooses the words", async () => {
    // A Vietnamese browser that was told to speak English: the setting wins.
    const remembered = await browser.newContext({ locale: 'vi-VN' });
    const page = await remembered.newPage();
    await page.addInitScript(() => {
      localStorage.setItem('bamboo-diplomacy.settings', JSON.stringify({ locale: 'en' }));
    });
    await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
    await page.goto(`${inject('baseUrl')}?renderer=canvas`);
    await page.locator('#boot-error').waitFor({ state: 'visible' });
    expect(await page.locator('#boot-error h1').textContent()).toBe(
      'Bamboo Diplomacy could not start',
    );
    await remembered.close();

    // Nothing remembered: the browser's language decides.
    const fresh = await browser.newContext({ locale: 'vi-VN' });
    const viPage = await fresh.newPage();
    await viPage.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
    await viPage.goto(`${inject('baseUrl')}?renderer=canvas`);
    await viPage.locator('#boot-error').waitFor({ state: 'visible' });
    expect(await viPage.locator('#boot-error h1').textContent()).toBe(
      'Không khởi động được Ngoại giao cây tre',
    );
    await fresh.close();
  });

  test('a game that starts shows no failure message', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('baseUrl')}?renderer=canvas`);
    await waitForScene(page, 'Title');
    expect(await page.locator('#boot-error').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-booted'))).toBe(
      true,
    );
    await page.close();
  });
});
