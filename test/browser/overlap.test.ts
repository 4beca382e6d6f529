/**
 * Nothing overlaps: on every screen a player visits (title, new game, how to play, credits, the
 * game with an event, a preview, the board, the month in review, the menu), at 1280×720 and
 * 1024×600, in English and Vietnamese, no two readable texts overlap and none leaves the
 * canvas. The same walk reads the text mirror (the hidden DOM region for screen readers).
 * A second walk covers a finished game's screens (the replay viewer, every debrief page) and
 * the teacher's (class set-up, class results) at both sizes in both languages.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ShownText } from '../../src/ui/test-handle';
import { collectErrors, launchChromium, settle, waitForScene } from './chromium';
import { clickGame } from './replay-pages';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let browser: Browser;
/** A whole 2023 game played by the command line's bot, as a replay file. */
let replayFile: string;

beforeAll(async () => {
  const cli = ['node_modules/tsx/dist/cli.mjs', 'src/cli/main.ts'];
  replayFile = join(mkdtempSync(join(tmpdir(), 'bamboo-overlap-')), 'overlap.json');
  const args = ['sim', '--scenario', '2023', '--seed', 'overlap', '--out', replayFile];
  const sim = spawnSync(process.execPath, [...cli, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (sim.status !== 0) throw new Error(`sim failed: ${sim.stderr}`);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const WIDTH = 1280;
const HEIGHT = 720;
/**
 * A text's box includes room above for stacked diacritics (Ẫ, Ỗ) and below for descenders, so
 * lines set close together share a sliver of box without their letters touching: boxes must
 * share more than this many pixels each way to count as overlapping.
 */
const SLACK = 3;

/** Every pair of boxes that overlaps, and every box that leaves the canvas, in words. */
function problemsOf(boxes: readonly ShownText[]): string[] {
  const problems: string[] = [];
  const name = (b: ShownText) => JSON.stringify(b.text.replace(/\s+/g, ' ').slice(0, 40));
  boxes.forEach((a, i) => {
    if (
      a.x < -SLACK ||
      a.y < -SLACK ||
      a.x + a.width > WIDTH + SLACK ||
      a.y + a.height > HEIGHT + SLACK
    )
      problems.push(`${name(a)} leaves the canvas (${Math.round(a.x)},${Math.round(a.y)})`);
    for (const b of boxes.slice(i + 1)) {
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > SLACK && h > SLACK) problems.push(`${name(a)} overlaps ${name(b)}`);
    }
  });
  return problems;
}

async function check(page: Page, screen: string, found: string[]): Promise<void> {
  await settle(page, 4);
  const boxes = await page.evaluate(() => window.bamboo?.textBoxes() ?? []);
  expect(boxes.length, `${screen}: no text at all`).toBeGreaterThan(0);
  for (const p of problemsOf(boxes)) found.push(`${screen}: ${p}`);
}

const mirror = (page: Page) =>
  page.evaluate(() => document.getElementById('bamboo-mirror')?.textContent ?? '');

/**
 * Waits for the dialog `kind` on top, or with null for the board with no step of the flow still
 * due (the test handle's contract: a key pressed while a month card or a queued dialog is on its
 * way goes to that, not to the board).
 */
async function waitForDialog(page: Page, kind: string | null): Promise<void> {
  await page.waitForFunction(
    (k) =>
      (window.bamboo?.snapshot().dialog?.kind ?? null) === k &&
      (k !== null || !window.bamboo?.settling()),
    kind,
  );
}

describe('the overlap check itself', () => {
  it('finds overlapping boxes and boxes off the canvas, and passes apart ones', () => {
    const box = (text: string, x: number, y: number): ShownText => ({
      text,
      x,
      y,
      width: 100,
      height: 20,
    });
    expect(problemsOf([box('a', 0, 0), box('b', 100, 0), box('c', 0, 17)])).toEqual([]);
    expect(problemsOf([box('a', 0, 0), box('b', 50, 10)])).toEqual(['"a" overlaps "b"']);
    expect(problemsOf([box('a', 1250, 0)])).toEqual(['"a" leaves the canvas (1250,0)']);
  });
});

describe.each([
  ['en', 1280, 720],
  ['en', 1024, 600],
  ['vi', 1280, 720],
  ['vi', 1024, 600],
] as const)('in %s at %i×%i', (lang, width, height) => {
  it('no two texts overlap on any screen, and the text mirror follows the screen', async () => {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    const errors = collectErrors(page);
    const found: string[] = [];
    await page.goto(`${inject('baseUrl')}?renderer=canvas&lang=${lang}`);
    await waitForScene(page, 'Title');
    await check(page, 'title', found);
    // The map's key stays in the menu's column, left of the map (its caption starts there).
    const titleBoxes = await page.evaluate(() => window.bamboo?.textBoxes() ?? []);
    const disputed = titleBoxes.find((b) =>
      /^(Disputed islands|Quần đảo tranh chấp)$/.test(b.text),
    );
    const caption = titleBoxes.find((b) => /^(Southeast Asia|Đông Nam Á)/.test(b.text));
    if (disputed && caption)
      expect(disputed.x + disputed.width, 'the map key runs into the map').toBeLessThan(
        caption.x - 8,
      );
    else expect(width, 'the title shows its map and key at this size').toBeLessThan(1024);
    await page.keyboard.press('n');
    await settle(page, 4);
    await check(page, 'new game', found);
    await page.keyboard.press('Escape');
    await settle(page);
    await page.keyboard.press('h');
    await waitForScene(page, 'HowToPlay');
    await check(page, 'how to play', found);
    // Every page of it: the second one's drawn gauge sets a long name beside its value.
    for (const key of ['2', '3', '4']) {
      await page.keyboard.press(key);
      await check(page, `how to play, page ${key}`, found);
    }
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Title');
    await page.keyboard.press('s');
    await waitForScene(page, 'Credits');
    await check(page, 'credits', found);

    await page.goto(
      `${inject('baseUrl')}?renderer=canvas&lang=${lang}&scenario=2023&seed=overlap&guide=on`,
    );
    await waitForScene(page, 'Game');
    await waitForDialog(page, 'guide');
    await check(page, 'guide', found);
    // The mirror reads the open dialog, as a screen reader would.
    await page.waitForFunction(
      () => document.querySelector('#bamboo-mirror [role="dialog"]') !== null,
    );
    const guideTitle = await page.evaluate(() =>
      document.querySelector('#bamboo-mirror [role="dialog"]')?.getAttribute('aria-label'),
    );
    expect(guideTitle).toMatch(/\(1\/6\)$/);
    await page.keyboard.press('Escape');
    await waitForDialog(page, 'event');
    await check(page, 'event', found);
    await page.keyboard.press('1');
    await waitForDialog(page, 'preview');
    await check(page, 'preview', found);
    // Answer every waiting event with its first choice.
    for (let i = 0; i < 8; i++) {
      const snap = await page.evaluate(() => window.bamboo?.snapshot());
      if (snap?.phase !== 'event') break;
      if (snap.dialog?.kind !== 'preview') {
        await waitForDialog(page, 'event');
        await page.keyboard.press('1');
        await waitForDialog(page, 'preview');
      }
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (n) => (window.bamboo?.snapshot().pending.length ?? 0) < n,
        snap.pending.length,
      );
    }
    await waitForDialog(page, null);
    await check(page, 'board', found);
    // The mirror holds the board's texts: the month and the top bar's button.
    const month = await page.evaluate(() => window.bamboo?.snapshot().turnLabel ?? '');
    await page.waitForFunction(() => !document.querySelector('#bamboo-mirror [role="dialog"]'));
    expect(await mirror(page)).toContain(lang === 'vi' ? 'Tháng 1' : month);
    // The map's marks are drawings: the mirror lists them, each with when and its news line.
    await page.waitForFunction(
      () => document.querySelectorAll('#bamboo-mirror section[aria-label] li').length > 0,
    );
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('#bamboo-mirror section[aria-label] li')].map(
        (li) => li.textContent ?? '',
      ),
    );
    for (const line of marks)
      expect(line).toMatch(lang === 'vi' ? /tháng này: \S/ : /this month: \S/);
    await page.keyboard.press('m');
    await waitForDialog(page, 'menu');
    await check(page, 'menu', found);
    await page.keyboard.press('Escape');
    await waitForDialog(page, null);
    await page.keyboard.press('e');
    // Capital left that could still buy a card: the game asks once before the month ends.
    await waitForDialog(page, 'unspent');
    await check(page, 'unspent capital', found);
    await page.keyboard.press('Enter');
    await waitForDialog(page, 'review');
    await check(page, 'month review', found);
    // The month's news is also said in the live region.
    const status = await page.evaluate(
      () => document.getElementById('bamboo-status')?.textContent ?? '',
    );
    expect(status.length).toBeGreaterThan(10);

    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The Title screen's row of teacher's buttons, in game coordinates. */
const TEACHER_ROW = { setup: 285, y: 590 };

describe.each([
  ['en', 1280, 720],
  ['en', 1024, 600],
  ['vi', 1280, 720],
  ['vi', 1024, 600],
] as const)('a finished game and the class screens in %s at %i×%i', (lang, width, height) => {
  it('no two texts overlap in the replay viewer, on any debrief page or on the class screens', async () => {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    const errors = collectErrors(page);
    const found: string[] = [];
    await page.goto(`${inject('baseUrl')}?renderer=canvas&lang=${lang}`);
    await waitForScene(page, 'Title');
    await page.setInputFiles('#replay-file', replayFile);
    await waitForScene(page, 'ReplayViewer');
    await check(page, 'replay viewer', found);
    await page.keyboard.press('b');
    await waitForScene(page, 'Debrief');
    await check(page, 'debrief summary', found);
    for (const [key, name] of [
      ['2', 'charts'],
      ['3', 'timeline'],
      ['4', 'sources'],
    ] as const) {
      await page.keyboard.press(key);
      await check(page, `debrief ${name}`, found);
    }
    await page.keyboard.press('PageDown');
    await check(page, 'debrief sources, next page', found);

    await page.goto(`${inject('baseUrl')}?renderer=canvas&lang=${lang}`);
    await waitForScene(page, 'Title');
    await clickGame(page, TEACHER_ROW.setup, TEACHER_ROW.y);
    await waitForScene(page, 'ClassSetup');
    await page.waitForFunction(() => window.bamboo?.snapshot().classSetup?.code);
    await check(page, 'class set-up', found);
    await page.keyboard.press('r');
    await waitForScene(page, 'ClassResults');
    await check(page, 'class results', found);

    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
