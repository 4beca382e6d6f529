/**
 * The top bar's political capital says what the figure is and what the month's start brought
 * as a net, never as "income": on a laptop and a phone, in English and Vietnamese, its words
 * stay clear of the score beside them, and a hover or a tap gives the net's parts (what came
 * in, what the upkeep on a stock above the line took).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ShownText } from '../../src/ui/test-handle';
import { collectErrors, launchChromium, settle, waitForScene } from './chromium';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Plays months without a card: events get their first answer, every other dialog closes. */
async function idleMonths(page: Page, until: number): Promise<void> {
  for (let guard = 0; guard < 200; guard++) {
    await page.waitForFunction(() => !window.bamboo?.settling(), undefined, { polling: 30 });
    const s = await page.evaluate(() => window.bamboo!.snapshot());
    const kind = s.dialog?.kind ?? null;
    if ((s.turn ?? 0) >= until && !kind) return;
    if (kind === 'event') await page.keyboard.press('1');
    else if (kind === 'preview' || kind === 'unspent') await page.keyboard.press('Enter');
    else if (kind) await page.keyboard.press('Escape');
    else await page.keyboard.press('e');
    await settle(page, 3);
  }
  throw new Error('the months did not pass');
}

/** As the overlap test: text boxes carry line spacing, so sharing up to 3 px each way is none. */
const SLACK = 3;
const overlaps = (a: ShownText, b: ShownText) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > SLACK &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > SLACK;

describe.each([
  { lang: 'en', width: 1024, height: 600, touch: false, left: 'left to spend', net: /net/ },
  { lang: 'en', width: 390, height: 844, touch: true, left: 'left to spend', net: /net/ },
  { lang: 'vi', width: 1024, height: 600, touch: false, left: 'còn để tiêu', net: /^ròng / },
  { lang: 'vi', width: 390, height: 844, touch: true, left: 'còn để tiêu', net: /^ròng / },
])('the top bar’s capital in $lang at $width×$height', (size) => {
  it('names the figure and the net, clear of the score, with the net’s parts a hover or tap away', async () => {
    const page = await browser.newPage({
      viewport: { width: size.width, height: size.height },
      hasTouch: size.touch,
      isMobile: size.touch,
    });
    const errors = collectErrors(page);
    await page.goto(
      `${inject('baseUrl')}?renderer=canvas&lang=${size.lang}&scenario=2023&seed=top-bar`,
    );
    await waitForScene(page, 'Game');
    // Two months without a card: the stock is above the upkeep line, so some of it melts.
    await idleMonths(page, 2);
    const snap = await page.evaluate(() => window.bamboo!.snapshot());
    const texts = await page.evaluate(() => window.bamboo!.textBoxes());
    const figure = texts.find((t) => t.text === String(snap.capital) && t.y < 60);
    const left = texts.find((t) => t.text === size.left);
    const net = texts.find((t) => size.net.test(t.text) && t.y < 60);
    expect(figure, 'the capital figure').toBeDefined();
    expect(left, 'what the figure is').toBeDefined();
    expect(net?.text, 'the net').toMatch(/[+\u2212]\d+/);
    expect(texts.some((t) => /income|thu nhập/.test(t.text))).toBe(false);
    // Clear of every other text (the score's caption and value beside them above all).
    for (const mine of [left, net] as ShownText[])
      for (const other of texts)
        if (other !== mine)
          expect(overlaps(mine, other), `"${mine.text}" over "${other.text}"`).toBe(false);
    // The net's parts: a hover on a laptop, a tap on a phone.
    const at = await page.evaluate(
      (f) => window.bamboo!.toScreen(f.x + f.width / 2, f.y + f.height / 2),
      figure as ShownText,
    );
    const box = await page.locator('canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    if (size.touch) await page.touchscreen.tap(box.x + at.x, box.y + at.y);
    else await page.mouse.move(box.x + at.x, box.y + at.y);
    const upkeep = size.lang === 'en' ? /upkeep: half of the stock above 8 melts/ : /hao hụt/;
    await page.waitForFunction(
      (source) => window.bamboo!.texts().some((t) => new RegExp(source).test(t.text)),
      upkeep.source,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
