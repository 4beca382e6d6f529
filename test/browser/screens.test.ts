import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { SAVE_KEY } from '../../src/store/key-value';
import { SAVE_ASIDE_PREFIX } from '../../src/store/set-aside';
import { collectErrors, launchChromium, settle, waitForScene } from './chromium';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHOTS = new URL('../../screenshots/', import.meta.url);
const shot = (page: Page, name: string) => page.screenshot({ path: new URL(name, SHOTS).pathname });

let browser: Browser;
let replayFile: string;
let tamperedFile: string;
/** The hedging bot on 2023 with seed h0 ends master (history no longer does): its outcome's name wraps onto two lines. */
let masterFile: string;

/** A whole 2023 game played by the command line's bot, written as a replay file. */
function simulate(out: string, seed: string, policy: string): string {
  const cli = ['node_modules/tsx/dist/cli.mjs', 'src/cli/main.ts'];
  const args = ['sim', '--scenario', '2023', '--seed', seed, '--policy', policy, '--out', out];
  const sim = spawnSync(process.execPath, [...cli, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (sim.status !== 0) throw new Error(`sim failed: ${sim.stderr}`);
  return out;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'bamboo-screens-'));
  replayFile = simulate(join(dir, 'student-x.json'), 'x', 'random');
  // A seed on which the bamboo bot ends master (83) under the current rules.
  masterFile = simulate(join(dir, 'master-h0.json'), 'h0', 'bamboo');
  const replay = JSON.parse(readFileSync(replayFile, 'utf8')) as { actions: unknown[] };
  tamperedFile = join(dir, 'tampered.json');
  writeFileSync(
    tamperedFile,
    JSON.stringify({
      ...replay,
      actions: [{ type: 'play', action: 'no-such-card' }, ...replay.actions],
    }),
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(query = '', viewport = { width: 1280, height: 720 }, init?: () => void) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1, acceptDownloads: true });
  const errors = collectErrors(page);
  if (init) await page.addInitScript(init);
  await page.goto(`${inject('baseUrl')}?renderer=canvas${query}`);
  return { page, errors };
}

async function press(page: Page, ...keys: string[]) {
  for (const key of keys) {
    await page.keyboard.press(key);
    await settle(page);
  }
}

/** Clicks a point given in game coordinates (1280×720), wherever the canvas is scaled to. */
async function clickGame(page: Page, x: number, y: number) {
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.click(box.x + (x / 1280) * box.width, box.y + (y / 720) * box.height);
  await settle(page);
}

const snapshot = (page: Page) => page.evaluate(() => window.bamboo?.snapshot());
const status = (page: Page) =>
  page.evaluate(() => document.getElementById('bamboo-status')?.textContent ?? '');

describe('title screen', () => {
  test('lists the scenarios and starts a new game with a typed seed and name', async () => {
    const { page, errors } = await open();
    await waitForScene(page, 'Title');
    await settle(page);
    await shot(page, 'title.png');
    await press(page, 'n');
    await settle(page);
    await shot(page, 'title-new-game.png');
    // The fields are clicked where the dialog draws them for the three shipped scenarios.
    await clickGame(page, 376, 488);
    await press(page, ...Array(20).fill('Backspace'));
    await page.keyboard.type('class-7b', { delay: 20 });
    await clickGame(page, 828, 488);
    // Typed key by key: letters off the US layout (ễ, ă) arrive as text, the rest as key presses.
    await page.keyboard.type('Nguyễn Văn Anh', { delay: 20 });
    await press(page, 'Backspace');
    await settle(page);
    await shot(page, 'title-new-game-typed.png');
    expect(await page.evaluate(() => window.bamboo?.scene())).toBe('Title');
    await clickGame(page, 311, 588);
    await waitForScene(page, 'Game');
    const snap = await snapshot(page);
    expect(snap?.scenario).toBe('2023');
    expect(snap?.seed).toBe('class-7b');
    expect(snap?.player).toBe('Nguyễn Văn An');
    expect(await page.evaluate(() => window.bamboo?.replay()?.player)).toBe('Nguyễn Văn An');
    expect(snap?.turn).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a corrupt save does not break the title: it is kept aside and a new game starts', async () => {
    const { page, errors } = await open('', undefined, () => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('bamboo-diplomacy.save', '{"format":"bamboo-save","vers');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await waitForScene(page, 'Title');
    await settle(page);
    await shot(page, 'title-corrupt-save.png');
    const before = await snapshot(page);
    expect(before?.notice).toMatch(/cannot be continued: it is damaged or is not a saved game/);
    const storage = await page.evaluate(() => ({ ...localStorage }));
    // The save itself; a note beside it (`.meta`) says when it was set aside.
    const aside = Object.keys(storage).filter(
      (k) => k.startsWith(SAVE_ASIDE_PREFIX) && !k.endsWith('.meta'),
    );
    expect(aside).toHaveLength(1);
    expect(storage[aside[0] as string]).toBe('{"format":"bamboo-save","vers');
    await press(page, 'd');
    expect((await snapshot(page))?.notice).toBeNull();
    await press(page, 'n');
    await clickGame(page, 311, 588);
    await waitForScene(page, 'Game');
    expect((await snapshot(page))?.scenario).toBe('2023');
    const after = await page.evaluate(() => ({ ...localStorage }));
    expect(after[SAVE_KEY]).toContain('"seed":"hanoi-2023"');
    expect(after[aside[0] as string]).toBe('{"format":"bamboo-save","vers');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('?scenario=2023&seed=abc starts that game at once', async () => {
    const { page, errors } = await open('&scenario=2023&seed=abc');
    await waitForScene(page, 'Game');
    const snap = await snapshot(page);
    expect(snap?.scenario).toBe('2023');
    expect(snap?.seed).toBe('abc');
    // The request leaves the address, so a reload resumes instead of restarting.
    expect(page.url()).not.toContain('seed=abc');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a tampered replay file is refused with the failed check, and nothing is lost', async () => {
    const { page, errors } = await open();
    await waitForScene(page, 'Title');
    const before = await snapshot(page);
    await page.setInputFiles('#replay-file', tamperedFile);
    await page.waitForFunction(() => document.getElementById('bamboo-status')?.textContent);
    expect(await status(page)).toMatch(/refused: A decision in it is not allowed/);
    expect(await status(page)).toMatch(/decision 1 .* is illegal/);
    await settle(page);
    await shot(page, 'title-replay-refused.png');
    expect(await page.evaluate(() => window.bamboo?.scene())).toBe('Title');
    // The refusal is a dialog over the title; closed, it leaves the title as it was.
    expect((await snapshot(page))?.dialog?.kind).toBe('replay-refused');
    await press(page, 'Escape');
    await settle(page);
    expect(await snapshot(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });
  test('a 50 MB replay, picked or dropped, is refused by its size without being read', async () => {
    const { page, errors } = await open();
    await waitForScene(page, 'Title');
    const before = await snapshot(page);
    // The file is made in the page from one 1 MB chunk referenced 50 times: a File of 50 MB by
    // its size, with nothing shipped over the wire. Every way of reading a Blob is counted, so
    // "refused without being read" is checked, not inferred from a time.
    await page.evaluate(() => {
      const w = window as unknown as { reads: number; hugeFile: (name: string) => File };
      w.reads = 0;
      for (const method of ['text', 'arrayBuffer', 'stream', 'bytes'] as const) {
        const original = Blob.prototype[method] as (...args: unknown[]) => unknown;
        if (typeof original !== 'function') continue;
        Object.defineProperty(Blob.prototype, method, {
          configurable: true,
          value(this: Blob, ...args: unknown[]) {
            w.reads += 1;
            return original.apply(this, args);
          },
        });
      }
      const readAs = FileReader.prototype.readAsArrayBuffer;
      FileReader.prototype.readAsArrayBuffer = function (this: FileReader, blob: Blob) {
        w.reads += 1;
        readAs.call(this, blob);
      };
      const readText = FileReader.prototype.readAsText;
      FileReader.prototype.readAsText = function (this: FileReader, blob: Blob, encoding?: string) {
        w.reads += 1;
        readText.call(this, blob, encoding);
      };
      const chunk = new Blob([new Uint8Array(1_000_000).fill(0x20)]);
      w.hugeFile = (name) =>
        new File(
          Array.from({ length: 50 }, () => chunk),
          name,
          { type: 'application/json' },
        );
    });
    const reads = () => page.evaluate(() => (window as unknown as { reads: number }).reads);
    const statusShows = (text: string) =>
      page.waitForFunction(
        (t) => document.getElementById('bamboo-status')?.textContent?.includes(t),
        text,
      );

    // Picked: the same path as the file dialog, the input's files and its change event.
    await page.evaluate(() => {
      const input = document.getElementById('replay-file') as HTMLInputElement;
      const dt = new DataTransfer();
      dt.items.add((window as unknown as { hugeFile: (n: string) => File }).hugeFile('huge.json'));
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await statusShows('huge.json: too big');
    expect(await status(page)).toMatch(/refused: The file is far too big to be a replay/);
    expect(await status(page)).toMatch(/huge\.json: too big to be a replay \(50000000 bytes/);
    expect(await reads()).toBe(0);
    await shot(page, 'title-replay-too-big.png');
    await press(page, 'Escape');

    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(
        (window as unknown as { hugeFile: (n: string) => File }).hugeFile('dropped.json'),
      );
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true }));
    });
    await statusShows('dropped.json: too big');
    expect(await status(page)).toMatch(/dropped\.json: too big to be a replay \(50000000 bytes/);
    expect(await reads()).toBe(0);
    await press(page, 'Escape');
    expect(await page.evaluate(() => window.bamboo?.scene())).toBe('Title');
    expect(await snapshot(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('help and credits', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1024, height: 600 },
  ]) {
    test(`How to play and Credits at ${viewport.width}×${viewport.height}`, async () => {
      const { page, errors } = await open('', viewport);
      await waitForScene(page, 'Title');
      const size = `${viewport.width}`;
      await press(page, 'h');
      await waitForScene(page, 'HowToPlay');
      for (const tab of ['1', '2', '3', '4']) {
        await press(page, tab);
        await settle(page);
        await shot(page, `help-${tab}-${size}.png`);
      }
      await press(page, 'Escape');
      await waitForScene(page, 'Title');
      await press(page, 's');
      await waitForScene(page, 'Credits');
      await settle(page);
      await shot(page, `credits-1-${size}.png`);
      await press(page, '2');
      await settle(page);
      await shot(page, `credits-2-${size}.png`);
      await press(page, 'PageDown');
      await settle(page);
      await shot(page, `credits-2b-${size}.png`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('debrief', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1024, height: 600 },
  ]) {
    test(`renders a finished game from a replay at ${viewport.width}×${viewport.height}, and saves a PNG`, async () => {
      const { page, errors } = await open('', viewport);
      await waitForScene(page, 'Title');
      await page.setInputFiles('#replay-file', replayFile);
      // A loaded replay opens in the viewer; its Debrief button [B] shows it as the debrief.
      await waitForScene(page, 'ReplayViewer');
      await press(page, 'b');
      await waitForScene(page, 'Debrief');
      const snap = await snapshot(page);
      expect(snap?.over).toBe(true);
      expect(snap?.seed).toBe('x');
      const size = `${viewport.width}`;
      await settle(page);
      await shot(page, `debrief-summary-${size}.png`);
      for (const [tab, name] of [
        ['2', 'charts'],
        ['3', 'timeline'],
        ['4', 'sources'],
      ] as const) {
        await press(page, tab);
        await settle(page);
        await shot(page, `debrief-${name}-${size}.png`);
      }
      await press(page, '2', 'PageDown');
      await settle(page);
      await shot(page, `debrief-charts-2-${size}.png`);
      // Every page is drawn and encoded into one tall PNG: minutes on a loaded machine.
      const download = page.waitForEvent('download', { timeout: 150_000 });
      await press(page, 's');
      const file = await download;
      expect(file.suggestedFilename()).toBe('bamboo-debrief-2023-x.png');
      const path = new URL(`debrief-export-${size}.png`, SHOTS).pathname;
      await file.saveAs(path);
      const png = readFileSync(path);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // Every page is stacked in the image: far taller than one screen.
      expect(png.readUInt32BE(20)).toBeGreaterThan(720 * 5);
      await page.waitForFunction(
        () => document.getElementById('bamboo-status')?.textContent?.startsWith('Saved'),
        null,
        { timeout: 60_000 },
      );
      expect(errors).toEqual([]);
      await page.close();
    });

    // The longest outcome name ("Master of bamboo diplomacy") used to wrap and push the card's
    // note out of its frame: the screenshot is the check.
    test(`shows a game that ends "master" at ${viewport.width}×${viewport.height}`, async () => {
      const { page, errors } = await open('', viewport);
      await waitForScene(page, 'Title');
      await page.setInputFiles('#replay-file', masterFile);
      await waitForScene(page, 'ReplayViewer');
      await press(page, 'b');
      await waitForScene(page, 'Debrief');
      const snap = await snapshot(page);
      expect([snap?.seed, snap?.outcome]).toEqual(['h0', 'master']);
      await settle(page);
      await shot(page, `debrief-summary-master-${viewport.width}.png`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
