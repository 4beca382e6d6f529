/**
 * An event's dialog and the preview of an answer leave the top bar in sight: the capital and
 * the score a decision is weighed against stay readable above them, and the dialog ends above
 * the bottom of the screen. On a laptop and a small laptop, in English and Vietnamese.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launchChromium, settle, waitForScene } from './chromium';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The dialog's texts below the top bar's, and inside the screen. */
async function clearOfTopBar(page: Page, label: RegExp, height: number): Promise<void> {
  const texts = await page.evaluate(() => window.bamboo?.screenTexts() ?? []);
  const bar = texts.find((t) => !t.modal && label.test(t.text));
  expect(bar, 'the top bar’s capital label').toBeDefined();
  const modal = texts.filter((t) => t.modal);
  expect(modal.length).toBeGreaterThan(0);
  const top = Math.min(...modal.map((t) => t.y));
  // The capital's figure sits under its label: the dialog starts below both.
  expect(top).toBeGreaterThan((bar?.y ?? 0) + (bar?.height ?? 0) + 12);
  expect(Math.max(...modal.map((t) => t.y + t.height))).toBeLessThanOrEqual(height);
}

describe.each([
  { lang: 'en', width: 1280, height: 720, label: /^POLITICAL CAPITAL$/ },
  { lang: 'vi', width: 1024, height: 600, label: /^VỐN CHÍNH TRỊ$/ },
])('dialogs under the top bar in $lang at $width×$height', (size) => {
  it('leave the capital and score in sight', async () => {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
    const errors = collectErrors(page);
    await page.goto(
      `${inject('baseUrl')}?renderer=canvas&lang=${size.lang}&scenario=2023&seed=hanoi-2023`,
    );
    await waitForScene(page, 'Game');
    await page.waitForFunction(() => window.bamboo?.snapshot().dialog?.kind === 'event');
    await page.waitForFunction(() => !window.bamboo?.settling(), undefined, { polling: 30 });
    await clearOfTopBar(page, size.label, size.height);
    await page.keyboard.press('2');
    await page.waitForFunction(() => window.bamboo?.snapshot().dialog?.kind === 'preview');
    await settle(page, 3);
    await clearOfTopBar(page, size.label, size.height);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The top bar's Undo: its middle on the page, and whether it is drawn greyed (canvas pixels). */
async function undoButton(page: Page, label: RegExp) {
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const found = await page.evaluate((source) => {
    const h = window.bamboo!;
    const t = h.texts().find((s) => new RegExp(source).test(s.text));
    if (!t) return null;
    const middle = h.toScreen(t.x + t.width / 2, t.y + t.height / 2);
    // Inside the button, left of its label: the button's own fill.
    const fill = h.toScreen(t.x - 6, t.y + t.height / 2);
    const canvas = document.querySelector('canvas') as HTMLCanvasElement;
    const k = canvas.width / canvas.clientWidth;
    const [r, g, b] = canvas
      .getContext('2d')!
      .getImageData(Math.round(fill.x * k), Math.round(fill.y * k), 1, 1).data;
    return { middle, rgb: [r, g, b] as number[] };
  }, label.source);
  if (!found) throw new Error(`no ${label} in the top bar`);
  const near = (c: number) =>
    Math.abs(found.rgb[0]! - ((c >> 16) & 255)) +
    Math.abs(found.rgb[1]! - ((c >> 8) & 255)) +
    Math.abs(found.rgb[2]! - (c & 255));
  // A greyed button's fill (Button.refresh) against a live secondary button's, still or hovered.
  const greyed = near(0xd9d4c7) < Math.min(near(0xe6dcc4), near(0xd8cba9));
  return { x: box.x + found.middle.x, y: box.y + found.middle.y, greyed };
}

/** The tooltip's first line on screen, or null. */
const tooltip = (page: Page, pattern: RegExp) =>
  page.evaluate(
    (source) =>
      window.bamboo!.screenTexts().find((t) => t.modal && new RegExp(source).test(t.text))?.text ??
      null,
    pattern.source,
  );

describe.each([
  {
    lang: 'en',
    width: 1280,
    height: 720,
    undo: /^Undo/,
    nothing: /^Nothing to undo yet/,
    takesBack: /^Undo takes back your answer “Keep it burning/,
    keyLine: /Esc hides this/,
    keyUndo: /U takes back your last answer/,
  },
  {
    lang: 'vi',
    width: 1024,
    height: 600,
    undo: /^Hoàn tác/,
    nothing: /^Chưa có gì để hoàn tác/,
    takesBack: /^Hoàn tác rút lại câu trả lời “Giữ lò cháy/,
    keyLine: /Esc ẩn hộp này/,
    keyUndo: /U để rút lại câu trả lời vừa rồi/,
  },
])('Undo over an event in $lang at $width×$height', (size) => {
  it('looks as it acts: greyed with its reason, or taking back the last answer by U or a click', async () => {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
    const errors = collectErrors(page);
    await page.goto(
      `${inject('baseUrl')}?renderer=canvas&lang=${size.lang}&scenario=2023&seed=hanoi-2023`,
    );
    await waitForScene(page, 'Game');
    const eventWith = async (pending: number) => {
      await page.waitForFunction(
        (n) => {
          const s = window.bamboo!.snapshot();
          return s.dialog?.kind === 'event' && s.pending.length === n && !s.settling;
        },
        pending,
        { polling: 30 },
      );
      await settle(page, 3);
    };
    await eventWith(2);
    // The event's key line (shown once a key has been pressed) names U only while there is
    // an answer to take back.
    // Read from the text mirror, which holds the dialog's whole text (the pane may scroll it)
    // and catches up with the screen a moment later: waits for a key line with or without U.
    const keyLineShows = async (undo: boolean) => {
      const found = await page
        .waitForFunction(
          ({ line, u, want }) => {
            const text = [...document.querySelectorAll('#bamboo-mirror [role="dialog"]')]
              .map((d) => d.textContent ?? '')
              .join('\n');
            return new RegExp(line).test(text) && new RegExp(u).test(text) === want;
          },
          { line: size.keyLine.source, u: size.keyUndo.source, want: undo },
          { timeout: 15_000 },
        )
        .then(
          () => true,
          () => false,
        );
      expect(found, `the event's key line ${undo ? 'names' : 'leaves out'} U`).toBe(true);
    };
    // Away from Undo, on the canvas (a pointer off the canvas leaves its buttons as they were).
    const away = async () => {
      const box = await page.locator('canvas').boundingBox();
      await page.mouse.move((box?.x ?? 0) + 5, (box?.y ?? 0) + (box?.height ?? 10) - 5);
      await settle(page, 2);
    };
    // The first event: nothing decided yet, so Undo is greyed and its hover says why.
    let undo = await undoButton(page, size.undo);
    expect(undo.greyed).toBe(true);
    await page.mouse.move(undo.x, undo.y);
    await settle(page, 3);
    expect(await tooltip(page, size.nothing)).not.toBeNull();
    // An answer that drew no dice (the fourth), then the month's second event.
    const answerFourth = async () => {
      await page.keyboard.press('4');
      await page.waitForFunction(() => window.bamboo?.dialogKind() === 'preview');
      await page.keyboard.press('Enter');
      await eventWith(1);
    };
    await away();
    await answerFourth();
    await keyLineShows(true);
    undo = await undoButton(page, size.undo);
    expect(undo.greyed).toBe(false);
    await page.mouse.move(undo.x, undo.y);
    await settle(page, 3);
    expect(await tooltip(page, size.takesBack)).not.toBeNull();
    await away();
    // A choice's preview over the event: the top bar only shows, and Undo is greyed.
    await page.keyboard.press('1');
    await page.waitForFunction(() => window.bamboo?.dialogKind() === 'preview');
    await settle(page, 3);
    expect((await undoButton(page, size.undo)).greyed).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.bamboo?.dialogKind() === 'event');
    await settle(page, 3);
    // U takes the answer back: the first event asks again.
    await page.keyboard.press('u');
    await eventWith(2);
    expect((await page.evaluate(() => window.bamboo!.snapshot())).pending[0]).toBe('phuc-resigns');
    // Keys have been pressed, so the key line shows: with nothing left to take back, without U.
    await keyLineShows(false);
    // So does a click on Undo, left open to the pointer over the event.
    await answerFourth();
    undo = await undoButton(page, size.undo);
    await page.mouse.click(undo.x, undo.y);
    await eventWith(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
