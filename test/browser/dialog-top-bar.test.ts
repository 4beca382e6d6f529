/**
 * An event's dialog and the preview of an answer leave the top bar in sight: the capital and
 * the score a decision is weighed against stay readable above them, and the dialog ends above
 * the bottom of the screen. On a laptop and a small laptop, in English and Vietnamese.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launchChromium, settle, waitForScene } from './chromium';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The dialog's texts below the top bar's, and inside the screen. */
async function clearOfTopBar(page: Page, label: RegExp, height: number): Promise<void> {
  const texts = await page.evaluate(() => window.bamboo?.screenTexts() ?? []);
  const bar = texts.find((t) => !t.modal && label.test(t.text));
  expect(bar, 'the top bar’s capital label').toBeDefined();
  const modal = texts.filter((t) => t.modal);
  expect(modal.length).toBeGreaterThan(0);
  const top = Math.min(...modal.map((t) => t.y));
  // The capital's figure sits under its label: the dialog starts below both.
  expect(top).toBeGreaterThan((bar?.y ?? 0) + (bar?.height ?? 0) + 12);
  expect(Math.max(...modal.map((t) => t.y + t.height))).toBeLessThanOrEqual(height);
}

describe.each([
  { lang: 'en', width: 1280, height: 720, label: /^POLITICAL CAPITAL$/ },
  { lang: 'vi', width: 1024, height: 600, label: /^VỐN CHÍNH TRỊ$/ },
])('dialogs under the top bar in $lang at $width×$height', (size) => {
  it('leave the capital and score in sight', async () => {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
    const errors = collectErrors(page);
    await page.goto(
      `${inject('baseUrl')}?renderer=canvas&lang=${size.lang}&scenario=2023&seed=hanoi-2023`,
    );
    await waitForScene(page, 'Game');
    await page.waitForFunction(() => window.bamboo?.snapshot().dialog?.kind === 'event');
    await page.waitForFunction(() => !window.bamboo?.settling(), undefined, { polling: 30 });
    await clearOfTopBar(page, size.label, size.height);
    await page.keyboard.press('2');
    await page.waitForFunction(() => window.bamboo?.snapshot().dialog?.kind === 'preview');
    await settle(page, 3);
    await clearOfTopBar(page, size.label, size.height);
    expect(errors).toEqual([]);
    await page.close();
  });
});
