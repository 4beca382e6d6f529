import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectErrors, launchChromium, waitForScene } from './chromium';
import { type Served, serveDev } from './serve';

/**
 * `npm run dev` is the first thing every contributor runs, and it serves the game differently
 * from the build (dependencies pre-bundled on the fly, no `define` pass over them): every other
 * browser test serves the build, so this one keeps the dev server honest.
 */
let browser: Browser;
let dev: Served;

beforeAll(async () => {
  [browser, dev] = await Promise.all([launchChromium(), serveDev()]);
});

afterAll(async () => {
  await browser?.close();
  await dev?.close();
});

describe('the dev server', () => {
  test('shows the title screen with no page errors, on the default renderer', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = collectErrors(page);
    await page.goto(dev.url);
    // The first visit pre-bundles Phaser's sources: slower than the build, never a reason to
    // fail. A start-up failure shows index.html's message at once, so wait for either.
    await page.waitForFunction(
      () => window.bamboo?.scene() === 'Title' || !document.getElementById('boot-error')?.hidden,
      null,
      { timeout: 90_000, polling: 'raf' },
    );
    expect(errors).toEqual([]);
    expect(await page.locator('#boot-error').isHidden()).toBe(true);
    await waitForScene(page, 'Title');
    expect(await page.locator('canvas').count()).toBe(1);
    await page.close();
  }, 120_000);
});
