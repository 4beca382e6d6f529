/**
 * A teacher's own scenario, from a file the game has never seen to a graded class: opened in
 * the browser and played to its debrief; its class link, made on Class set-up and by the
 * command line, opens in a fresh browser profile straight into that scenario; the students'
 * replays are graded by `verify --scenario <file>`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import LZString from 'lz-string';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { run } from '../../src/cli/program';
import { collectErrors, launchChromium, waitForScene } from './chromium';
import { clickDialogButton, clickGame, playMonths, shot, snap } from './replay-pages';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HD981 = join(ROOT, 'test/fixtures/hd981-2014.json');
const BROKEN = join(ROOT, 'test/fixtures/stuck/missing-sources.json');

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh profile (its own storage and IndexedDB), as on another student's computer. */
async function freshPage(url: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  // The test build draws with Canvas: keep the link's own query and fragment around it.
  const at = url.indexOf('?');
  await page.goto(`${url.slice(0, at + 1)}renderer=canvas&${url.slice(at + 1)}`);
  return { page, errors };
}

async function waitForDialog(page: Page, kind: string): Promise<void> {
  await page.waitForFunction((k) => window.bamboo?.snapshot().dialog?.kind === k, kind, {
    timeout: 30_000,
  });
  await page.waitForTimeout(150);
}

async function playToTheEnd(page: Page): Promise<void> {
  const end = await playMonths(page, 99);
  expect(end.over).toBe(true);
}

/** A student opens the class link, starts, plays the whole scenario and hands in the replay. */
async function student(link: string, dir: string, name: string): Promise<string> {
  const { page, errors } = await freshPage(link);
  await waitForDialog(page, 'new-game');
  await clickDialogButton(page, 0);
  await waitForScene(page, 'Game');
  const s = await snap(page);
  expect(s.scenarioId).toBe('hd981-2014');
  expect(s.seed).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{4}$/);
  await playToTheEnd(page);
  const replay = await page.evaluate(() => window.bamboo?.replay());
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(replay));
  expect(errors).toEqual([]);
  await page.context().close();
  return path;
}

describe('a scenario the game never saw', () => {
  test('is opened, played to its debrief, linked to a class and graded', {
    timeout: 600_000,
  }, async () => {
    const base: string = inject('baseUrl');
    const { page, errors } = await freshPage(`${base}?`);
    await waitForScene(page, 'Title');
    await page.setInputFiles('#scenario-file', HD981);
    await waitForDialog(page, 'new-game');
    await shot(page, 'own-scenario-opened.png');
    await clickDialogButton(page, 0);
    await waitForScene(page, 'Game');
    const first = await snap(page);
    expect(first.scenarioId).toBe('hd981-2014');
    expect(first.turnUnit).toBe('fortnight');
    await playToTheEnd(page);
    // The end banner's first button leads to the debrief.
    await page.waitForFunction(() => window.bamboo?.snapshot().dialog?.buttons[0]?.enabled);
    await shot(page, 'own-scenario-end.png');
    // Its turns are fortnights: the end says so, not "the year is over".
    const shown = async () =>
      (await page.evaluate(() => window.bamboo?.texts() ?? [])).map((t) => t.text);
    expect(await shown()).toContain('The last fortnight is over');
    await clickDialogButton(page, 0);
    await waitForScene(page, 'Debrief');
    await shot(page, 'own-scenario-debrief.png');
    // A scenario of a few fortnights is "your game", not "your year".
    expect(await shown()).toContain('Your game');
    expect((await snap(page)).scenarioId).toBe('hd981-2014');

    // Kept in this browser: after a reload it is still there for Class set-up.
    await page.goto(`${base}?renderer=canvas`);
    await waitForScene(page, 'Title');
    await clickGame(page, 296, 604);
    await waitForScene(page, 'ClassSetup');
    await page.waitForFunction(() => window.bamboo?.snapshot().classSetup?.code);
    await clickGame(page, 320, 392);
    await page.waitForFunction(
      () => window.bamboo?.snapshot().classSetup?.scenario === 'hd981-2014',
    );
    const setup = (await snap(page)).classSetup;
    expect((await snap(page)).scenarioId).toBe('hd981-2014');
    expect(setup?.link).toContain('?scenario=hd981-2014&seed=');
    expect(setup?.link).toContain('#scenario=');
    // The served test build is on 127.0.0.1: the screen warns that students cannot reach it.
    expect(setup?.local).toBe(true);
    await shot(page, 'own-scenario-class-setup.png');
    expect(errors).toEqual([]);

    const dir = mkdtempSync(join(tmpdir(), 'bamboo-own-'));
    const fromBrowser = await student(setup?.link as string, dir, 'an');

    const cliLink = execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        join(ROOT, 'src/cli/main.ts'),
        'class-link',
        '--scenario',
        HD981,
        '--seed',
        'class 10A2',
        '--base',
        base,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    ).trim();
    expect(cliLink).toContain('#scenario=');
    const fromCli = await student(cliLink, dir, 'binh');

    expect(run(['verify', '--scenario', HD981, fromBrowser, fromCli])).toBe(0);
  });

  test('a link to a broken scenario says it is broken, not missing', async () => {
    const base: string = inject('baseUrl');
    const { readFileSync } = await import('node:fs');
    const data = LZString.compressToEncodedURIComponent(readFileSync(BROKEN, 'utf8'));
    const { page } = await freshPage(`${base}?scenario=hd981-2014&seed=x#scenario=${data}`);
    await waitForDialog(page, 'scenario-problems');
    await shot(page, 'own-scenario-broken-link.png');
    const s = await snap(page);
    expect(s.scene).toBe('Title');
    expect(s.scenario).toBeNull();
    await page.context().close();
  });
});
