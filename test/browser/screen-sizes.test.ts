/**
 * Every screen at the three sizes a class meets — a phone held upright (390×844, touch, device
 * scale 2), a tablet on its side (1024×768) and a laptop (1280×720) — reached by taps alone:
 * the smallest text each shows, in CSS pixels as displayed (the test handle's text boxes
 * scaled by the canvas's displayed size), is at least 12, and no two texts overlap. The table
 * of smallest texts is printed; with BAMBOO_SHOTS=<folder> each screen is also saved as a PNG.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { POLICIES, type Policy, playGame, replayOf } from '../../src/engine';
import { EN as TEXT } from '../../src/i18n/en';
import { loadScenarioText } from '../../src/scenario/load';
import type { ScreenText } from '../../src/ui/test-handle';
import { collectErrors, launchChromium, settle, waitForScene } from './chromium';
import {
  playToTheEndByTaps,
  snap,
  tapDialogButton,
  tapLabel,
  texts,
  waitDialog,
  waitFor,
} from './touch';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHOTS = process.env.BAMBOO_SHOTS;
/** Boxes include room for stacked diacritics and descenders: a sliver shared is no overlap. */
const SLACK = 3;
const T = TEXT.title;

let browser: Browser;
let replayFile: string;
/** A class's files: long Vietnamese names, each student's own game of the class's seed. */
let classFiles: string[];
/** A scenario file that does not load, and a replay whose decisions were tampered with. */
let brokenScenario: string;
let tamperedReplay: string;

const NAMES = [
  'Nguyễn Thị Phương Thảo Ngọc Anh',
  'Trần Văn Hoàng Long',
  'Lê Thị Hồng Nhung',
  'Phạm Quốc Trường Giang',
  'Hoàng Thị Mỹ Duyên',
  'Võ Nguyễn Bảo Khánh Linh',
  'Đặng Minh Khôi',
  'Bùi Thị Thu Hương',
  'Đỗ Hữu Phước Thịnh',
  'Huỳnh Ngọc Bích Trâm',
];

function writeClass(dir: string): string[] {
  const text = readFileSync(join(ROOT, 'scenarios', '2023.json'), 'utf8');
  const loaded = loadScenarioText(text, '2023.json');
  if (!loaded.ok) throw new Error('2023.json does not load');
  const cs = loaded.compiled;
  return NAMES.map((player, i) => {
    // The random bot on a stream of the student's own: ten different games of one class.
    const own = { ...(POLICIES.random as Policy), name: `student:${player}` };
    const { policy: _p, ...replay } = replayOf(cs, 'ABC-1234', playGame(cs, 'ABC-1234', own));
    const path = join(dir, `student-${i + 1}.json`);
    writeFileSync(path, JSON.stringify({ ...replay, player }));
    return path;
  });
}

beforeAll(async () => {
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'bamboo-sizes-'));
  replayFile = join(dir, 'student.json');
  const cli = ['node_modules/tsx/dist/cli.mjs', 'src/cli/main.ts'];
  const args = ['sim', '--scenario', '2023', '--seed', 'sizes', '--policy', 'historical'];
  const sim = spawnSync(process.execPath, [...cli, ...args, '--out', replayFile], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (sim.status !== 0) throw new Error(`sim failed: ${sim.stderr}`);
  classFiles = writeClass(dir);
  brokenScenario = join(dir, 'broken-scenario.json');
  writeFileSync(brokenScenario, JSON.stringify({ format: 'bamboo-scenario', id: 'broken' }));
  tamperedReplay = join(dir, 'tampered.json');
  const replay = JSON.parse(readFileSync(replayFile, 'utf8')) as { actions: unknown[] };
  writeFileSync(
    tamperedReplay,
    JSON.stringify({ ...replay, actions: [{ type: 'play', action: 'no-such-card' }] }),
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Smallest {
  readonly size: number;
  readonly text: string;
}

/** What the walk found: the smallest text per screen, and every problem in words. */
interface Findings {
  readonly smallest: Map<string, Smallest>;
  readonly problems: string[];
}

/** Measures what shows now: a dialog alone (the screen behind is dimmed), else the screen. */
async function measure(page: Page, size: string, screen: string, found: Findings): Promise<void> {
  await settle(page, 4);
  const all = await texts(page);
  const modal = all.some((t) => t.modal);
  const shown = all.filter((t) => t.modal === modal);
  expect(shown.length, `${screen}: no text at all`).toBeGreaterThan(0);
  const least = shown.reduce((a, b) => (b.fontSize < a.fontSize ? b : a));
  found.smallest.set(screen, {
    size: Math.round(least.fontSize * 10) / 10,
    text: least.text.replace(/\s+/g, ' ').slice(0, 30),
  });
  const name = (t: ScreenText) => JSON.stringify(t.text.replace(/\s+/g, ' ').slice(0, 30));
  for (const t of shown)
    if (t.fontSize < 12)
      found.problems.push(`${screen}: ${name(t)} is ${t.fontSize.toFixed(1)} px`);
  shown.forEach((a, i) => {
    for (const b of shown.slice(i + 1)) {
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > SLACK && h > SLACK) found.problems.push(`${screen}: ${name(a)} overlaps ${name(b)}`);
    }
  });
  if (SHOTS)
    await page.screenshot({ path: join(SHOTS, `${size}-${screen.replace(/\W+/g, '-')}.png`) });
}

/** A hang guard, not a speed check: the walk visits sixteen screens on a shared machine. */
const WALK_LIMIT_MS = 600_000;

const SIZES = [
  { name: '390x844', viewport: { width: 390, height: 844 }, scale: 2, mobile: true },
  { name: '1024x768', viewport: { width: 1024, height: 768 }, scale: 2, mobile: false },
  { name: '1280x720', viewport: { width: 1280, height: 720 }, scale: 1, mobile: false },
] as const;

describe('the smallest text on every screen, reached by taps', () => {
  for (const size of SIZES) {
    test(
      `at ${size.name}`,
      async () => {
        const page = await browser.newPage({
          viewport: size.viewport,
          deviceScaleFactor: size.scale,
          hasTouch: true,
          isMobile: size.mobile,
        });
        const errors = collectErrors(page);
        const found: Findings = { smallest: new Map(), problems: [] };
        const at = (screen: string) => measure(page, size.name, screen, found);
        await page.goto(`${inject('baseUrl')}?renderer=canvas`);
        await waitForScene(page, 'Title', 180_000);
        await at('title');
        await tapLabel(page, T.newGame);
        await page.waitForFunction(() => window.bamboo!.dialogKind() === 'new-game');
        await at('new game');
        // Cancel, the dialog's second button.
        await tapDialogButton(page, 1);
        await page.waitForFunction(() => window.bamboo!.dialogKind() === null);

        await tapLabel(page, T.howToPlay);
        await waitForScene(page, 'HowToPlay');
        for (const [i, tab] of TEXT.help.tabs.entries()) {
          if (i > 0) await tapLabel(page, tab);
          await at(`how to play: ${tab}`);
        }
        await tapLabel(page, TEXT.screens.back);
        await waitForScene(page, 'Title');
        await tapLabel(page, T.credits);
        await waitForScene(page, 'Credits');
        for (const [i, tab] of TEXT.credits.tabs.entries()) {
          if (i > 0) await tapLabel(page, tab);
          await at(`credits: ${tab}`);
        }
        await tapLabel(page, TEXT.screens.back);
        await waitForScene(page, 'Title');

        await tapLabel(page, T.classSetup);
        await waitForScene(page, 'ClassSetup');
        await at('class set-up');
        // From the title, so no class code filters the student's file out of the table.
        await tapLabel(page, TEXT.screens.back);
        await waitForScene(page, 'Title');
        await tapLabel(page, T.classResults);
        await waitForScene(page, 'ClassResults');
        await at('class results: empty');
        await page.setInputFiles('#class-files', classFiles);
        await page.waitForFunction((n) => {
          const r = window.bamboo!.snapshot().classResults;
          return r !== null && !r.busy && r.files === n;
        }, classFiles.length);
        expect((await snap(page)).classResults?.rows).toHaveLength(NAMES.length);
        for (const [i, tab] of TEXT.classroom.results.tabs.entries()) {
          if (i > 0) await tapLabel(page, tab);
          await at(`class results: ${tab}`);
        }
        await tapLabel(page, TEXT.screens.back);
        await waitForScene(page, 'Title');

        await page.setInputFiles('#replay-file', replayFile);
        await waitForScene(page, 'ReplayViewer');
        await at('replay viewer');
        // Play on from December, end the year another way, and compare the two endings.
        await tapLabel(page, TEXT.view.monthShort(12));
        await waitFor(page, 's.viewer && s.viewer.turn === 11', null);
        await tapLabel(page, TEXT.replays.viewer.playOn);
        await waitForScene(page, 'Game');
        await playToTheEndByTaps(page, TEXT.game.endMonth);
        await waitDialog(page, 'end');
        // The branch's ending offers the comparison: its second button.
        await tapDialogButton(page, 1);
        await waitForScene(page, 'Compare');
        await waitFor(page, 's.compare !== null', null);
        await at('compare');
        await tapLabel(page, TEXT.replays.compare.toViewer);
        await waitForScene(page, 'ReplayViewer');
        await tapLabel(page, TEXT.replays.viewer.debrief);
        await waitForScene(page, 'Debrief');
        for (const [i, tab] of TEXT.debrief.tabs.entries()) {
          if (i > 0) await tapLabel(page, tab);
          await at(`debrief: ${tab}`);
        }

        const table = [...found.smallest].map(
          ([screen, s]) => `| ${size.name} | ${screen} | ${s.size} | ${s.text} |`,
        );
        console.log(`smallest text per screen at ${size.name}:\n${table.join('\n')}`);
        expect(found.problems).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      },
      WALK_LIMIT_MS,
    );
  }
});

describe('a turn of the screen', () => {
  /** Turns the phone on its side and back; each time the open dialog must come back, fitted. */
  async function turnAndCheck(page: Page, kind: string): Promise<void> {
    for (const viewport of [{ width: 844, height: 390 }, SIZES[0].viewport]) {
      await page.setViewportSize(viewport);
      await page.waitForFunction((wide) => {
        const c = document.querySelector('canvas');
        return c !== null && c.width > c.height === wide;
      }, viewport.width > viewport.height);
      await waitForScene(page, 'Title');
      await waitDialog(page, kind);
      // The dialog is laid out for the new form: its texts fit the canvas.
      await settle(page, 3);
      const box = await page.locator('canvas').boundingBox();
      const shown = (await texts(page)).filter((t) => t.modal);
      expect(shown.length, kind).toBeGreaterThan(0);
      for (const t of shown) expect(t.x + t.width).toBeLessThanOrEqual((box?.width ?? 0) + 3);
    }
  }

  test('re-lays the title out and keeps each of its dialogs open', async () => {
    const page = await browser.newPage({
      viewport: SIZES[0].viewport,
      deviceScaleFactor: 2,
      hasTouch: true,
      isMobile: true,
    });
    const errors = collectErrors(page);
    await page.goto(`${inject('baseUrl')}?renderer=canvas`);
    await waitForScene(page, 'Title', 180_000);
    await tapLabel(page, T.newGame);
    await waitDialog(page, 'new-game');
    await turnAndCheck(page, 'new-game');
    // Cancel, the dialog's second button.
    await tapDialogButton(page, 1);
    await waitDialog(page, null);

    // A scenario file with its mistakes listed, a tampered replay with the reason it was
    // refused: each dialog stays up with the same words.
    const dialogWords = async () =>
      (await texts(page))
        .filter((t) => t.modal)
        .map((t) => t.text)
        .sort();
    for (const [input, file, kind] of [
      ['#scenario-file', brokenScenario, 'scenario-problems'],
      ['#replay-file', tamperedReplay, 'replay-refused'],
    ] as const) {
      await page.setInputFiles(input, file);
      await waitDialog(page, kind);
      const words = await dialogWords();
      await turnAndCheck(page, kind);
      expect(await dialogWords(), kind).toEqual(words);
      await tapDialogButton(page, 0);
      await waitDialog(page, null);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
