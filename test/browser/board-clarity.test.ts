/**
 * What a newcomer met on the board, played as a person would: Enter on a scenario starts it;
 * the guide's Next stays under the mouse from step to step on a laptop, each step's panel only as
 * tall as its text, and on a laptop and a phone its panel never covers the part of the board a
 * step points at;
 * ending a month with capital that could still buy a card asks once (keyboard and touch), and
 * the text mirror reads the question; the month review then says what the month's end did to
 * capital and why the score moved; the gauges say they can be hovered for their causes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Snapshot } from '../../src/ui/test-handle';
import { collectErrors, launchChromium, settle, waitForScene } from './chromium';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const snap = (page: Page): Promise<Snapshot> => page.evaluate(() => window.bamboo!.snapshot());
const texts = (page: Page) =>
  page.evaluate(() => window.bamboo!.screenTexts().map((t) => ({ text: t.text, modal: t.modal })));

async function waitFor(page: Page, body: string, arg: unknown): Promise<void> {
  await page.waitForFunction(
    ({ body, arg }) => new Function('s', 'arg', `return ${body};`)(window.bamboo!.snapshot(), arg),
    { body, arg },
    { timeout: 120_000, polling: 30 },
  );
}
const waitDialog = (page: Page, kind: string | null) =>
  waitFor(page, '(s.dialog ? s.dialog.kind : null) === arg', kind);

/** The mirror's dialog section, as a screen reader meets it. */
const mirrorDialog = (page: Page) =>
  page.evaluate(() => {
    const d = document.querySelector('#bamboo-mirror [role="dialog"]');
    return d ? { label: d.getAttribute('aria-label'), text: d.textContent ?? '' } : null;
  });

/** Taps a point given in CSS pixels from the canvas's corner. */
async function tapAt(page: Page, at: { x: number; y: number }): Promise<void> {
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.touchscreen.tap(box.x + at.x, box.y + at.y);
}

/** Taps the middle of a text the player can read, as a finger would. */
async function tapText(page: Page, text: string): Promise<void> {
  const at = await page.evaluate((text) => {
    const t = window.bamboo!.texts().find((s) => s.text === text);
    return t ? window.bamboo!.toScreen(t.x + t.width / 2, t.y + t.height / 2) : null;
  }, text);
  if (!at) throw new Error(`no text "${text}" to tap`);
  await tapAt(page, at);
}

/** Waits until the mirror's dialog section is labelled with a text ending in `end`. */
async function waitMirror(page: Page, end: string): Promise<void> {
  await page.waitForFunction(
    (end) =>
      (
        document.querySelector('#bamboo-mirror [role="dialog"]')?.getAttribute('aria-label') ?? ''
      ).endsWith(end),
    end,
  );
}

/** Answers every waiting event with its first choice, by the keyboard. */
async function answerEvents(page: Page): Promise<void> {
  for (let i = 0; i < 8 && (await snap(page)).phase === 'event'; i++) {
    const pending = (await snap(page)).pending.length;
    if ((await snap(page)).dialog?.kind !== 'event') await waitDialog(page, 'event');
    await page.keyboard.press('1');
    await waitDialog(page, 'preview');
    await page.keyboard.press('Enter');
    await waitFor(page, 's.pending.length < arg', pending);
  }
  await waitDialog(page, null);
}

describe('the board, as a newcomer meets it', () => {
  it('starts the scenario Enter is pressed on; Space only selects one', async () => {
    // A fresh page each time: with a game saved, starting another first asks to replace it.
    let page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    let errors = collectErrors(page);
    const selectedRow = async () =>
      (await texts(page)).find((t) => t.modal && t.text.startsWith('●'))?.text;
    const openNewGame = async () => {
      await page.goto(`${inject('baseUrl')}?renderer=canvas&lang=en`);
      await waitForScene(page, 'Title');
      await settle(page, 4);
      await page.keyboard.press('n');
      await page.waitForFunction(() =>
        window.bamboo!.screenTexts().some((t) => t.modal && t.text.startsWith('●')),
      );
    };
    // Enter on the first scenario, where the dialog puts the focus: it starts.
    await openNewGame();
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Game');
    const first = (await snap(page)).scenarioId;
    expect(errors).toEqual([]);
    await page.close();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    errors = collectErrors(page);
    // Down to the second; Space selects it and the dialog stays; Enter then starts it.
    await openNewGame();
    const initial = await selectedRow();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press(' ');
    await settle(page, 3);
    expect(await page.evaluate(() => window.bamboo!.scene())).toBe('Title');
    expect(await selectedRow()).not.toBe(initial);
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Game');
    expect((await snap(page)).scenarioId).not.toBe(first);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const size of [
    { width: 1280, height: 720, touch: false, lang: 'en' },
    { width: 1024, height: 600, touch: false, lang: 'vi' },
    { width: 390, height: 844, touch: true, lang: 'en' },
    // Vietnamese runs longer: the tallest steps must still stand clear of their panel.
    { width: 390, height: 844, touch: true, lang: 'vi' },
  ]) {
    it(`shows each guide step's part of the board uncovered at ${size.width}×${size.height} (${size.lang})`, async () => {
      const page = await browser.newPage({
        viewport: { width: size.width, height: size.height },
        hasTouch: size.touch,
        isMobile: size.touch,
      });
      const errors = collectErrors(page);
      await page.goto(
        `${inject('baseUrl')}?renderer=canvas&lang=${size.lang}&scenario=2023&seed=guide&guide=on`,
      );
      await waitForScene(page, 'Game', 180_000);
      await waitDialog(page, 'guide');
      const places: string[] = [];
      let spotlit = 0;
      for (let step = 0; step < 6; step++) {
        // The mirror follows the screen every few frames: wait for it to read this step.
        await waitMirror(page, `(${step + 1}/6)`);
        const label = (await mirrorDialog(page))?.label ?? '';
        const dialog = (await snap(page)).dialog;
        const next = dialog?.buttons[0];
        places.push(JSON.stringify([next?.x, next?.y, next?.height]));
        // The panel is as tall as its own step's text: no blank band between the text and Next.
        const panel = dialog?.panel;
        if (panel && next) {
          const space = await page.evaluate(
            ({ panel, next }) => {
              const h = window.bamboo!;
              const top = h.toScreen(panel.x, panel.y);
              const right = h.toScreen(panel.x + panel.width, next.y);
              const above = h
                .screenTexts()
                .filter(
                  (t) =>
                    t.modal &&
                    t.text.trim() !== '' &&
                    t.x >= top.x - 1 &&
                    t.x + t.width <= right.x + 1 &&
                    t.y >= top.y - 1 &&
                    t.y + t.height <= right.y,
                );
              // In layout units, as the rest of the snapshot.
              const scale = (right.y - top.y) / (next.y - panel.y);
              return (right.y - Math.max(...above.map((t) => t.y + t.height))) / scale;
            },
            { panel, next },
          );
          expect(space, `step ${step + 1}: space above Next`).toBeLessThan(36);
        }
        // The step's part of the board and the guide's panel do not meet.
        const { spotlight: a, panel: b } = dialog ?? {};
        if (a && b) {
          spotlit += 1;
          const apart =
            a.x + a.width <= b.x ||
            b.x + b.width <= a.x ||
            a.y + a.height <= b.y ||
            b.y + b.height <= a.y;
          expect(apart, `step ${step + 1}: ${JSON.stringify({ a, b })}`).toBe(true);
        }
        await page.keyboard.press('Enter');
        await page.waitForFunction(
          (n) =>
            (document.querySelector('#bamboo-mirror [role="dialog"]')?.getAttribute('aria-label') ??
              '') !== n,
          label,
        );
      }
      // Every step but the goal points at a part of the board.
      expect(spotlit).toBe(5);
      // On a laptop the same spot every step: the mouse never has to chase Next. A phone's
      // column has no room clear of every part at once: there the panel moves to stay clear.
      if (!size.touch) expect(new Set(places).size).toBe(1);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('asks once before a month ends with capital unspent, then the review says why things moved', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = collectErrors(page);
    await page.goto(`${inject('baseUrl')}?renderer=canvas&lang=en&scenario=2023&seed=unspent`);
    await waitForScene(page, 'Game');
    await answerEvents(page);
    // The gauges say their causes are a hover or a focus away.
    expect((await texts(page)).map((t) => t.text)).toContain(
      'Hover or focus (G) a gauge: what moved it',
    );
    const before = await snap(page);
    expect(before.capital).toBeGreaterThan(0);
    expect(before.legal.some((a) => a.includes('"play"'))).toBe(true);
    await page.keyboard.press('e');
    await waitDialog(page, 'unspent');
    await waitMirror(page, 'political capital unspent');
    const asked = await mirrorDialog(page);
    expect(asked?.label).toBe(`${before.capital} political capital unspent`);
    expect(asked?.text).toContain('End the month anyway');
    // Go back (Esc): nothing ended.
    await page.keyboard.press('Escape');
    await waitDialog(page, null);
    expect((await snap(page)).turn).toBe(before.turn);
    expect((await snap(page)).stateHash).toBe(before.stateHash);
    // Asked once: the second E ends the month.
    await page.keyboard.press('e');
    await waitFor(page, 's.turn !== arg', before.turn);
    await waitDialog(page, 'review');
    const review = (await texts(page)).filter((t) => t.modal).map((t) => t.text);
    expect(review.some((t) => /^Political capital [+−]?\d+ for the new month: /.test(t))).toBe(
      true,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks by a tap on a phone, and a tap on "End the month anyway" ends it', async () => {
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const errors = collectErrors(page);
    await page.goto(`${inject('baseUrl')}?renderer=canvas&lang=vi&scenario=2023&seed=unspent`);
    await waitForScene(page, 'Game', 180_000);
    await answerEvents(page);
    const before = await snap(page);
    await tapText(page, 'Kết thúc tháng');
    await waitDialog(page, 'unspent');
    await waitMirror(page, 'chưa dùng');
    expect((await mirrorDialog(page))?.label).toBe(`Còn ${before.capital} vốn chính trị chưa dùng`);
    const button = (await snap(page)).dialog?.buttons[0];
    if (!button) throw new Error('no button');
    const at = await page.evaluate(({ x, y }) => window.bamboo!.toScreen(x, y), {
      x: button.x + button.width / 2,
      y: button.y + button.height / 2,
    });
    await tapAt(page, at);
    await waitFor(page, 's.turn !== arg', before.turn);
    expect(errors).toEqual([]);
    await page.close();
  });
});
