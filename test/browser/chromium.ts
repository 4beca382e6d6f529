import { type Browser, chromium, type Page } from 'playwright-core';
import type { Snapshot } from '../../src/ui/test-handle';

/** Debian's Chromium: playwright's own browser download is not used in this project. */
const CHROMIUM = process.env.BAMBOO_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

/**
 * Playwright's own waits (events, functions, clicks) default to 30 s: a hang guard sized for
 * an idle machine. On a shared two-core machine a debrief export alone can take longer.
 */
const WAIT_LIMIT_MS = 120_000;

export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  // browser.newPage() makes its context through newContext(): both get the longer limit.
  const newContext = browser.newContext.bind(browser);
  // The page asks for reduced motion, as some players do: numbers and bars take their new
  // values at once and no month card passes, so what a test reads is never half-way.
  browser.newContext = async (options) => {
    const context = await newContext({ reducedMotion: 'reduce', ...options });
    context.setDefaultTimeout(WAIT_LIMIT_MS);
    return context;
  };
  return browser;
}

/** Everything the page reported as an error: console.error calls and uncaught exceptions. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`requestfailed: ${request.url()}`));
  return errors;
}

/** Resolves once `window.bamboo.scene()` names the scene; polled each animation frame. */
export async function waitForScene(page: Page, scene: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction((key) => window.bamboo?.scene() === key, scene, {
    timeout,
    polling: 'raf',
  });
}

/**
 * Waits until the game has handled what was just typed or clicked and drawn the result: Phaser
 * takes keyboard and pointer input on its next step, however long the machine makes it.
 */
export async function settle(page: Page, frames = 2): Promise<void> {
  await page.evaluate((n) => window.bamboo?.frames(n), frames);
}

/**
 * The game as it stands once its next step is on the screen: after a month ends, say, the
 * month's review opens a frame or two later, and a key sent before it would meet the board.
 */
export async function settledSnapshot(page: Page): Promise<Snapshot> {
  await page.waitForFunction(() => !window.bamboo?.settling(), undefined, { polling: 30 });
  return page.evaluate(() => window.bamboo!.snapshot());
}

/**
 * Answers each waiting event by keys with its first open choice, confirmed in its preview;
 * any other dialog in the way is closed with Escape.
 */
/**
 * Ends the month by E (past the question about unspent capital, which the game asks once):
 * returns once the month in review, or the end, has opened.
 */
export async function endMonthByKeys(page: Page): Promise<Snapshot> {
  const s = await settledSnapshot(page);
  await page.keyboard.press('e');
  await page.waitForFunction((t) => {
    const now = window.bamboo?.snapshot();
    return (now?.turn ?? 0) > t || now?.over || window.bamboo?.dialogKind() === 'unspent';
  }, s.turn ?? 0);
  if ((await page.evaluate(() => window.bamboo?.dialogKind())) === 'unspent')
    await page.keyboard.press('Enter');
  // The board learns of the new month on its next frame: the review (or the end) opens then.
  await page.waitForFunction(() => ['review', 'end'].includes(window.bamboo?.dialogKind() ?? ''));
  return settledSnapshot(page);
}

export async function answerEventsByKeys(page: Page): Promise<void> {
  for (let guard = 0; guard < 20; guard++) {
    const s = await settledSnapshot(page);
    if (s.phase !== 'event' && !s.dialog) return;
    if (s.dialog?.kind === 'event') {
      const open = s.dialog.buttons.findIndex((b) => b.enabled);
      await page.keyboard.press(String(Math.max(0, open) + 1));
      await page.waitForFunction(() => window.bamboo?.dialogKind() === 'preview');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (n) => (window.bamboo?.snapshot().decisions ?? 0) > n,
        s.decisions,
      );
    } else if (s.dialog) {
      await page.keyboard.press('Escape');
      await settle(page);
    } else await settle(page);
  }
  throw new Error('the events did not end');
}
