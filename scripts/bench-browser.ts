/**
 * The browser benchmark (npm run bench:browser): builds the game and a bare Phaser hello world
 * with the same Vite config, serves both, drives headless Chromium with its default settings
 * (no GPU: WebGL would run in software) and prints one JSON line of medians:
 *
 *   renderer           what the game chose to draw with (or was told to, with --renderer)
 *   fpsIdle            frames per second on the game screen with nothing happening
 *   keyToPreviewMs     Enter on a card → its preview dialog drawn
 *   endMonthMs         E (end the month) → the next month drawn, its review dialog shown
 *   firstScreenMs      navigation → the title screen ready for input
 *   bareFirstScreenMs  navigation → the hello world's scene created, in the same run
 *   firstScreenPairRatio  the median of each try's game / hello world (tries interleave)
 *   firstScreenSteps   median times of the game's start-up marks (main.ts, Boot, Title)
 *   advisorMs          a preview opened → the advisor's forecast of 1,000 rollouts shown
 *
 * A benchmark, not a test: tests never assert speed. The line ends with the budgets of
 * issue 10 and whether each is met on this run.
 *
 *   npm run bench:browser [-- --tries N] [--renderer canvas|webgl]
 */
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import type {} from '../src/ui/test-handle';
import { launchChromium } from '../test/browser/chromium';
import { createConfig } from '../vite.config';

const fromRoot = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const round = (x: number) => Math.round(x * 10) / 10;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * tsx compiles this file with esbuild's keepNames, which wraps functions in `__name(...)`:
 * the functions handed to page.evaluate need that helper in the page too.
 */
async function newContext(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript('window.__name = (f) => f;');
  return context;
}

async function serve(outDir: string): Promise<{ url: string; server: PreviewServer }> {
  const port = await freePort();
  const server = await preview({
    configFile: false,
    root: fromRoot('.'),
    base: './',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, server };
}

/**
 * Time from navigation to a performance mark, in a fresh context (no cache, no save), and the
 * times of the page's other marks on the way (the game marks each step of its start-up).
 */
async function firstScreen(
  browser: Browser,
  url: string,
  mark: string,
): Promise<{ ms: number; marks: Record<string, number> }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(url);
  const ms = await page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const check = () => {
          const entry = performance.getEntriesByName(name)[0];
          if (entry) resolve(entry.startTime);
          else requestAnimationFrame(check);
        };
        check();
      }),
    mark,
  );
  const marks = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  );
  await context.close();
  return { ms, marks };
}

/** The median time of each mark over the tries, in start-up order. */
function markMedians(tries: readonly Record<string, number>[]): Record<string, number> {
  const names = [...new Set(tries.flatMap((t) => Object.keys(t)))];
  const medians = names.map((name): [string, number] => [
    name.replace(/^bamboo:/, ''),
    round(median(tries.flatMap((t) => (name in t ? [t[name] as number] : [])))),
  ]);
  return Object.fromEntries(medians.sort((a, b) => a[1] - b[1]));
}

const handle = (page: Page) => page.waitForFunction(() => window.bamboo?.scene() === 'Game');

/** Answers waiting events (first choice) and closes reviews until the player may play cards. */
async function toActions(page: Page): Promise<void> {
  for (let guard = 0; guard < 40; guard++) {
    const s = await page.evaluate(() => {
      const snap = window.bamboo?.snapshot();
      return { phase: snap?.phase, dialog: snap?.dialog?.kind ?? null, decisions: snap?.decisions };
    });
    if (s.phase === 'actions' && s.dialog === null) return;
    if (s.phase === 'over') throw new Error('the game ended during the benchmark');
    if (s.dialog === 'review') await page.keyboard.press('Enter');
    else if (s.dialog === 'event') {
      await page.keyboard.press('1');
      await page.waitForFunction(() => window.bamboo?.dialogKind() === 'preview');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (n) => (window.bamboo?.snapshot().decisions ?? 0) > (n ?? 0),
        s.decisions,
      );
    }
    await page.evaluate(() => window.bamboo?.frames(3));
  }
  throw new Error('could not reach the actions phase');
}

/**
 * Presses `key` and resolves with the time from its keydown (seen in the page, before the game
 * handles it) to the first frame drawn after `done` holds.
 */
async function timeKey(page: Page, key: string, done: string): Promise<number> {
  await page.evaluate(
    ({ key, done }) => {
      const w = window as unknown as { benchTiming: Promise<number> };
      const ready = new Function(`return ${done};`) as () => boolean;
      w.benchTiming = new Promise((resolve) => {
        let t0 = -1;
        window.addEventListener(
          'keydown',
          (event) => {
            if (event.key === key) t0 = performance.now();
          },
          { capture: true, once: true },
        );
        const poll = () => {
          if (t0 >= 0 && ready()) {
            void window.bamboo?.frames(1).then(() => resolve(performance.now() - t0));
          } else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      });
    },
    { key, done },
  );
  await page.keyboard.press(key);
  return page.evaluate(() => (window as unknown as { benchTiming: Promise<number> }).benchTiming);
}

/** Frames the page draws in `ms` of wall time with nothing happening. */
async function idleFps(page: Page, ms = 3000): Promise<number> {
  return page.evaluate(
    (span) =>
      new Promise<number>((resolve) => {
        let frames = 0;
        const start = performance.now();
        const tick = (now: number) => {
          frames++;
          if (now - start < span) requestAnimationFrame(tick);
          else resolve((frames * 1000) / (now - start));
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

interface Sample {
  fpsIdle: number;
  keyToPreviewMs: number;
  advisorMs: number;
  endMonthMs: number;
}

async function playSamples(browser: Browser, url: string, tries: number) {
  const context = await newContext(browser);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${url}&scenario=2023&seed=bench-browser&advisor=on`);
  await handle(page);
  const renderer = await page.evaluate(() => window.bamboo?.renderer() ?? 'none');
  const samples: Sample[] = [];
  for (let i = 0; i < tries; i++) {
    await toActions(page);
    const fpsIdle = await idleFps(page);
    await page.keyboard.press('a');
    await page.evaluate(() => window.bamboo?.frames(2));
    const keyToPreviewMs = await timeKey(page, 'Enter', "window.bamboo.dialogKind() === 'preview'");
    const advisorMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const t0 = performance.now();
          const poll = () => {
            if (window.bamboo?.advisorText()?.startsWith('Now: bamboo score'))
              resolve(performance.now() - t0);
            else requestAnimationFrame(poll);
          };
          poll();
        }),
    );
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.bamboo?.dialogKind() === null);
    const endMonthMs = await timeKey(page, 'e', "window.bamboo.dialogKind() === 'review'");
    samples.push({ fpsIdle, keyToPreviewMs, advisorMs, endMonthMs });
  }
  await context.close();
  if (errors.length) throw new Error(`the page reported errors: ${errors.join('; ')}`);
  return { renderer, samples };
}

async function main(): Promise<void> {
  const tries = Number(arg('tries', '5'));
  const forced = arg('renderer', '');
  const query = forced ? `?renderer=${forced}` : '?';
  const work = mkdtempSync(join(tmpdir(), 'bamboo-bench-'));
  const gameDir = join(work, 'game');
  const helloDir = join(work, 'hello');
  // Built below a temporary folder: dist/ stays as the browser tests left it.
  await build({
    ...createConfig({ litePhaser: true, outDir: gameDir }),
    configFile: false,
    logLevel: 'warn',
  });
  await build({
    ...createConfig({
      litePhaser: false,
      root: fromRoot('scripts/hello-phaser'),
      outDir: helloDir,
    }),
    configFile: false,
    logLevel: 'warn',
  });
  const [game, hello] = await Promise.all([serve(gameDir), serve(helloDir)]);
  const gameUrl = game.url;
  // The same Debian Chromium and flags as the browser tests.
  const browser = await launchChromium();
  try {
    const first: number[] = [];
    const bare: number[] = [];
    const steps: Record<string, number>[] = [];
    // Interleaved, so that the load of a shared machine falls on both alike.
    for (let i = 0; i < tries; i++) {
      const game = await firstScreen(browser, `${gameUrl}${query}`, 'bamboo:title-ready');
      first.push(game.ms);
      steps.push(game.marks);
      bare.push((await firstScreen(browser, hello.url, 'hello:ready')).ms);
    }
    const { renderer, samples } = await playSamples(browser, `${gameUrl}${query}`, tries);
    const pick = (key: keyof Sample) => round(median(samples.map((s) => s[key])));
    const result = {
      renderer,
      fpsIdle: pick('fpsIdle'),
      keyToPreviewMs: pick('keyToPreviewMs'),
      endMonthMs: pick('endMonthMs'),
      firstScreenMs: round(median(first)),
      bareFirstScreenMs: round(median(bare)),
      advisorMs: pick('advisorMs'),
      tries,
      cores: availableParallelism(),
    };
    const ratio = result.firstScreenMs / result.bareFirstScreenMs;
    // Each try's game over the hello world loaded just after it: steadier on a busy machine.
    const pairRatio = median(first.map((ms, i) => ms / (bare[i] ?? Number.NaN)));
    const budgets = {
      fpsIdle: result.fpsIdle >= 30,
      keyToPreviewMs: result.keyToPreviewMs <= 150,
      endMonthMs: result.endMonthMs <= 300,
      firstScreenRatio: ratio <= 1.2,
    };
    console.log(
      JSON.stringify({
        ...result,
        firstScreenRatio: Math.round(ratio * 100) / 100,
        firstScreenPairRatio: Math.round(pairRatio * 100) / 100,
        firstScreenSteps: markMedians(steps),
        withinBudget: budgets,
      }),
    );
  } finally {
    await browser.close();
    await Promise.all([game.server.close(), hello.server.close()]);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
