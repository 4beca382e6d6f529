/**
 * A scenario with four powers (India beside China, the United States and Japan), opened from a
 * file and played to its end: the powers panel shows every power with its gauges, the news
 * and the end name them, and nothing in the page throws.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { collectErrors, launchChromium, waitForScene } from './chromium';
import { clickDialogButton, playMonths, press, shot, snap } from './replay-pages';

const FOUR = fileURLToPath(new URL('../fixtures/four-powers.json', import.meta.url));

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('four powers', () => {
  test('open from a file and play to the end, every power on the screen', {
    timeout: 600_000,
  }, async () => {
    const base: string = inject('baseUrl');
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}?renderer=canvas`);
    await waitForScene(page, 'Title');
    await page.setInputFiles('#scenario-file', FOUR);
    await page.waitForFunction(() => window.bamboo?.snapshot().dialog?.kind === 'new-game', null, {
      timeout: 30_000,
    });
    await clickDialogButton(page, 0);
    await waitForScene(page, 'Game');
    // A new player is offered the guided first month first: skipped here (Esc).
    await page.waitForFunction(() => window.bamboo?.snapshot().dialog?.kind === 'guide');
    await press(page, 'Escape');
    const first = await snap(page);
    expect(first.scenarioId).toBe('four-powers');
    expect(Object.keys(first.tiers ?? {})).toEqual(['cn', 'us', 'jp', 'in']);
    expect(first.indicators?.['relations.in']).toBe(62);
    // Every power is named in the powers panel (the scenario's own words).
    const texts = async () =>
      (await page.evaluate(() => window.bamboo?.texts() ?? [])).map((t) => t.text);
    const shown = await texts();
    for (const name of ['China', 'United States', 'Japan', 'India']) expect(shown).toContain(name);
    await shot(page, 'four-powers-game.png');
    const end = await playMonths(page, 99);
    expect(end.over).toBe(true);
    expect(Object.keys(end.tiers ?? {})).toEqual(['cn', 'us', 'jp', 'in']);
    await shot(page, 'four-powers-end.png');
    expect(errors).toEqual([]);
    await context.close();
  });
});
