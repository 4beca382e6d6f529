import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { collectErrors, launchChromium, waitForScene } from './chromium';

const SHOTS = new URL('../../screenshots/', import.meta.url);

let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function openTitle(query: string, viewport: { width: number; height: number }, shot: string) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  const errors = collectErrors(page);
  await page.goto(`${inject('baseUrl')}${query}`);
  await waitForScene(page, 'Title');
  const renderer = await page.evaluate(() => window.bamboo?.renderer());
  // Title's create() marks the moment the player can act on the first screen.
  const interactiveMs = await page.evaluate(
    () => performance.getEntriesByName('bamboo:title-ready')[0]?.startTime ?? -1,
  );
  const vietnameseFont = await page.evaluate(() =>
    document.fonts.check('700 16px "Be Vietnam Pro"', 'Nguyễn Phú Trọng Thưởng'),
  );
  await page.screenshot({ path: new URL(shot, SHOTS).pathname });
  await page.close();
  return { errors, interactiveMs, vietnameseFont, renderer };
}

describe('smoke', () => {
  test('the Title scene starts on the Canvas renderer without errors', async () => {
    const result = await openTitle(
      '?renderer=canvas',
      { width: 1280, height: 720 },
      'title-canvas.png',
    );
    console.log(`time to first interactive (canvas): ${result.interactiveMs.toFixed(0)} ms`);
    expect(result.errors).toEqual([]);
    expect(result.vietnameseFont).toBe(true);
    expect(result.interactiveMs).toBeGreaterThan(0);
  });

  test('the Title scene fits a 1024×600 window', async () => {
    const result = await openTitle(
      '?renderer=canvas',
      { width: 1024, height: 600 },
      'title-1024.png',
    );
    expect(result.errors).toEqual([]);
  });

  test('the Title scene starts on the WebGL renderer without errors', async () => {
    const result = await openTitle(
      '?renderer=webgl',
      { width: 1280, height: 720 },
      'title-webgl.png',
    );
    console.log(`time to first interactive (webgl): ${result.interactiveMs.toFixed(0)} ms`);
    expect(result.errors).toEqual([]);
    expect(result.renderer).toBe('webgl');
  });

  test('without ?renderer, software WebGL (no GPU here) makes the game draw with Canvas', async () => {
    const result = await openTitle('', { width: 1280, height: 720 }, 'title-default.png');
    expect(result.errors).toEqual([]);
    expect(result.renderer).toBe('canvas');
  });
});
