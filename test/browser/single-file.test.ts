/**
 * dist/bamboo-diplomacy.html, the one-file build, opened straight from a folder (file://): no
 * server, so every script, style, font, the map and the scenarios must be inside it. A game
 * is started, saved, downloaded as a replay, and the replay is loaded back.
 */
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Replay } from '../../src/engine';
import { collectErrors, launchChromium, waitForScene } from './chromium';
import { clickDialogButton, clickGame, playMonths, press, saved, snap } from './replay-pages';

const SINGLE = fileURLToPath(new URL('../../dist/bamboo-diplomacy.html', import.meta.url));

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the one-file build', () => {
  test('holds no reference to another file of the build', () => {
    expect(existsSync(SINGLE)).toBe(true);
    const html = readFileSync(SINGLE, 'utf8');
    expect(html).not.toMatch(/(src|href)="\.?\/?assets\//);
    expect(html).not.toMatch(/\.woff2?\)/);
    expect(html).not.toMatch(/type="module"[^>]*\ssrc=/);
  });

  test('from file://: title, a new game, a save, a replay downloaded and loaded back', async () => {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
      acceptDownloads: true,
    });
    const errors = collectErrors(page);
    await page.goto(pathToFileURL(SINGLE).href);
    await waitForScene(page, 'Title');
    expect(await page.locator('#boot-error').isHidden()).toBe(true);
    expect(
      await page.evaluate(() => document.fonts.check('700 16px "Be Vietnam Pro"', 'Hà Nội')),
    ).toBe(true);

    // New game → Start, as a player would.
    await press(page, 'n');
    await clickGame(page, 311, 588);
    await waitForScene(page, 'Game');
    // A new player is offered the guided first month first: skipped here (Esc).
    await page.waitForFunction(() => window.bamboo?.snapshot().dialog?.kind === 'guide');
    await press(page, 'Escape');
    expect((await snap(page)).scenario).toBe('2023');
    await playMonths(page, 1);
    const played = await snap(page);
    expect(played.decisions).toBeGreaterThan(0);
    expect(await saved(page)).toContain('"bamboo-save"');

    await press(page, 'm');
    await page.waitForFunction(() => window.bamboo?.snapshot().dialog?.kind === 'menu');
    const download = page.waitForEvent('download');
    await clickDialogButton(page, 2);
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^bamboo-2023-.*\.json$/);
    const path = join(tmpdir(), `single-file-${process.pid}.json`);
    await file.saveAs(path);
    const replay = JSON.parse(readFileSync(path, 'utf8')) as Replay;
    expect(replay.actions.length).toBe(played.decisions);

    // The save survives a reload of the file, and the downloaded replay loads back in.
    await clickDialogButton(page, 0);
    await waitForScene(page, 'Title');
    await page.reload();
    await waitForScene(page, 'Title');
    expect(await saved(page)).toContain('"bamboo-save"');
    await page.setInputFiles('#replay-file', path);
    await waitForScene(page, 'ReplayViewer');
    await page.waitForFunction(() => (window.bamboo?.snapshot().viewer?.total ?? 0) > 0);
    expect((await snap(page)).viewer?.total).toBe(played.decisions);
    expect(errors).toEqual([]);
    await page.close();
  });
});
