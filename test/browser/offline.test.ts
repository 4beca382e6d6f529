/**
 * The hosted build as a web app: it declares a manifest, and after one visit it plays with the
 * network off. The autosave lives outside the service worker's caches, so it survives both.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, waitForScene } from './chromium';
import { saved } from './replay-pages';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('offline', () => {
  test('installable, and a game goes on with the network off after the first visit', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const base = inject('baseUrl');
    await page.goto(`${base}?renderer=canvas&scenario=2023&seed=offline`);
    await waitForScene(page, 'Game');
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link ? ((await (await fetch(link.href)).json()) as Record<string, unknown>) : null;
    });
    expect(manifest).toMatchObject({ name: 'Bamboo Diplomacy', display: 'standalone' });
    expect(manifest?.icons).toEqual(
      expect.arrayContaining([expect.objectContaining({ sizes: '512x512' })]),
    );
    // The worker has installed (precached every file) once it controls a page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The launch link's scenario and seed left the address: a reload resumes at the title.
    await waitForScene(page, 'Title');
    const save = await saved(page);
    expect(save).toContain('"bamboo-save"');

    await context.setOffline(true);
    expect(
      await page.evaluate(() =>
        fetch('https://example.org/').then(
          () => 'online',
          () => 'offline',
        ),
      ),
    ).toBe('offline');
    // A class link typed while offline: any address of the game is served from the cache.
    await page.goto(`${base}?renderer=canvas`);
    await waitForScene(page, 'Title');
    await page.keyboard.press('c');
    await waitForScene(page, 'Game');
    expect(await saved(page)).toBe(save);
    expect((await page.evaluate(() => window.bamboo?.snapshot().seed)) ?? '').toBe('offline');
    await context.close();
  });
});
