/**
 * The advisor as a player meets it: off until asked, then a card's preview fills with
 * simulated futures computed off the main thread, F (or the preview's button) switches it
 * on and off (and the choice is remembered), and nothing it does changes the game. A worker
 * that fails leaves the forecast to the page's own thread: the same forecast, never a hang.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launchChromium, waitForScene } from './chromium';

let browser: Browser;
/** The forecast the first test read, with the pool this machine gets. */
let firstForecast = '';

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('advisor', () => {
  it('is off until asked, forecasts a card in the background, and leaves the game alone', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = collectErrors(page);
    await page.goto(`${inject('baseUrl')}?renderer=canvas&scenario=2023&seed=advisor-test`);
    await waitForScene(page, 'Game');
    const snap = () => page.evaluate(() => window.bamboo?.snapshot());
    // Answer January's events with their first choice.
    for (let i = 0; i < 6 && (await snap())?.phase === 'event'; i++) {
      const pending = (await snap())?.pending.length ?? 0;
      await page.keyboard.press('1');
      await page.waitForFunction(() => window.bamboo?.snapshot().dialog?.kind === 'preview');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (n) => (window.bamboo?.snapshot().pending.length ?? 0) < n,
        pending,
      );
    }
    const before = (await snap())?.stateHash;
    await page.keyboard.press('a');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.bamboo?.snapshot().dialog?.kind === 'preview');
    // Off by default: the preview offers it with a button and takes no room for it.
    expect((await snap())?.advisor).toMatch(/^The advisor is off/);
    expect((await snap())?.dialog?.buttons).toHaveLength(3);
    await page.keyboard.press('f');
    await page.waitForFunction(
      () => window.bamboo?.snapshot().advisor?.startsWith('Now: bamboo score') ?? false,
      null,
      { timeout: 60_000 },
    );
    const forecast = (await snap())?.advisor ?? '';
    firstForecast = forecast;
    expect(forecast).toMatch(/\nBamboo score at the end: [\d.]+ \(−?[\d.]+ to [\d.]+\); /);
    expect(forecast).toMatch(/Chance of a collapse: /);
    // Its futures are played the player's way, and it says whose styles it mixed.
    expect(forecast).toMatch(
      /\nPlayed your way, this choice included: (even-handed|leaning to \S+), \d+% of decisions on impulse, /,
    );
    // What the card changes, future by future, against ending the month now.
    expect(forecast).toMatch(
      /\nFuture by future against ending the month now: better in \d+%, worse in \d+%/,
    );
    expect((await snap())?.stateHash).toBe(before);
    // The preview's own sections are all there beside it.
    const texts = await page.evaluate(() => window.bamboo?.texts().map((t) => t.text) ?? []);
    expect(texts).toContain('AT ONCE, AFTER THIS CHOICE');
    await page.keyboard.press('Escape');
    await page.keyboard.press('a');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.bamboo?.snapshot().dialog?.kind === 'preview');
    expect(
      JSON.parse(
        (await page.evaluate(() => localStorage.getItem('bamboo-diplomacy.settings'))) ?? '{}',
      ),
    ).toEqual({ advisor: true });
    // F in a preview only ever asks: pressed with the advisor shown, it neither hides it nor
    // closes the dialog.
    await page.waitForFunction(
      () => window.bamboo?.snapshot().advisor?.startsWith('Now: bamboo score') ?? false,
      null,
      { timeout: 60_000 },
    );
    await page.keyboard.press('f');
    await page.evaluate(() => window.bamboo?.frames(10));
    expect((await snap())?.dialog?.kind).toBe('preview');
    expect((await snap())?.advisor).toMatch(/^Now: bamboo score/);
    expect(
      JSON.parse(
        (await page.evaluate(() => localStorage.getItem('bamboo-diplomacy.settings'))) ?? '{}',
      ),
    ).toEqual({ advisor: true });
    // Hiding it is its own button, reached by Tab or the mouse.
    const hide = await page.evaluate(() => {
      const t = window.bamboo?.texts().find((s) => s.text.startsWith('Hide the advisor'));
      return t ? window.bamboo?.toScreen(t.x + t.width / 2, t.y + t.height / 2) : null;
    });
    if (!hide) throw new Error('no Hide the advisor button');
    const box = await page.locator('canvas').boundingBox();
    await page.mouse.click((box?.x ?? 0) + hide.x, (box?.y ?? 0) + hide.y);
    await page.waitForFunction(
      () => window.bamboo?.snapshot().advisor?.startsWith('The advisor is off') ?? false,
    );
    expect((await snap())?.dialog?.kind).toBe('preview');
    const stored = await page.evaluate(() => localStorage.getItem('bamboo-diplomacy.settings'));
    expect(JSON.parse(stored ?? '{}')).toEqual({ advisor: false });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives the same forecast, figure for figure, from a pool of four workers', async () => {
    expect(firstForecast).not.toBe('');
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = collectErrors(page);
    // Five cores reported: four workers share the rollouts.
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => 5 });
    });
    await page.goto(
      `${inject('baseUrl')}?renderer=canvas&scenario=2023&seed=advisor-test&advisor=on`,
    );
    await waitForScene(page, 'Game');
    const snap = () => page.evaluate(() => window.bamboo?.snapshot());
    for (let i = 0; i < 6 && (await snap())?.phase === 'event'; i++) {
      const pending = (await snap())?.pending.length ?? 0;
      await page.keyboard.press('1');
      await page.waitForFunction(() => window.bamboo?.snapshot().dialog?.kind === 'preview');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (n) => (window.bamboo?.snapshot().pending.length ?? 0) < n,
        pending,
      );
    }
    expect(await page.evaluate(() => navigator.hardwareConcurrency)).toBe(5);
    await page.keyboard.press('a');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => window.bamboo?.snapshot().advisor?.startsWith('Now: bamboo score') ?? false,
      null,
      { timeout: 60_000 },
    );
    expect((await snap())?.advisor).toBe(firstForecast);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives the same forecast from the page itself when its workers fail', async () => {
    expect(firstForecast).not.toBe('');
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = collectErrors(page);
    // Every worker the page starts runs a script that throws as it loads.
    await page.addInitScript(() => {
      const broken = URL.createObjectURL(
        new Blob(['throw new Error("this worker is broken");'], { type: 'text/javascript' }),
      );
      const Real = window.Worker;
      window.Worker = class extends Real {
        constructor(_url: string | URL, options?: WorkerOptions) {
          super(broken, options);
        }
      };
    });
    await page.goto(
      `${inject('baseUrl')}?renderer=canvas&scenario=2023&seed=advisor-test&advisor=on`,
    );
    await waitForScene(page, 'Game');
    const snap = () => page.evaluate(() => window.bamboo?.snapshot());
    for (let i = 0; i < 6 && (await snap())?.phase === 'event'; i++) {
      const pending = (await snap())?.pending.length ?? 0;
      await page.keyboard.press('1');
      await page.waitForFunction(() => window.bamboo?.snapshot().dialog?.kind === 'preview');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (n) => (window.bamboo?.snapshot().pending.length ?? 0) < n,
        pending,
      );
    }
    await page.keyboard.press('a');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => window.bamboo?.snapshot().advisor?.startsWith('Now: bamboo score') ?? false,
      null,
      { timeout: 120_000 },
    );
    expect((await snap())?.advisor).toBe(firstForecast);
    // The workers' own failures are the only errors the page reports.
    expect(errors.filter((e) => !e.includes('this worker is broken'))).toEqual([]);
    await page.close();
  });
});
