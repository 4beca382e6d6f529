/**
 * Phones and tablets: a month of 2023 played on a 390×844 touch screen by taps alone (the
 * portrait layout), and the smallest text on the game's screens at the three sizes a class
 * meets (a phone held upright, a tablet, a laptop), measured in CSS pixels as shown.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { EN } from '../../src/i18n/en';
import { VI } from '../../src/i18n/vi';
import type { Snapshot } from '../../src/ui/test-handle';
import { collectErrors, launchChromium, settle, settledSnapshot, waitForScene } from './chromium';
import {
  answerByTaps,
  answerEventsByTaps,
  snap,
  tap,
  tapDialogButton,
  tapText,
  texts,
  waitDialog,
  waitFor,
} from './touch';

/** Card titles by id, from the scenario as it ships. */
const CARD_TITLES = new Map(
  (
    JSON.parse(readFileSync(new URL('../../scenarios/2023.json', import.meta.url), 'utf8')) as {
      actions: { id: string; title: string }[];
    }
  ).actions.map((a) => [a.id, a.title]),
);

const PHONE = { width: 390, height: 844 };
const SEED = 'phone-test';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function phonePage(query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({
    viewport: PHONE,
    deviceScaleFactor: 2,
    hasTouch: true,
    isMobile: true,
  });
  const errors = collectErrors(page);
  await page.goto(`${inject('baseUrl')}${query}`);
  return { page, errors };
}

/** The choice to tap: the first legal one of the waiting event, as its button index. */
function choiceIndex(s: Snapshot): number {
  const event = s.pending[0];
  const legal = s.legal
    .map((a) => JSON.parse(a) as { type: string; event?: string })
    .filter((a) => a.type === 'choose' && a.event === event);
  expect(legal.length).toBeGreaterThan(0);
  return 0;
}

describe('a phone held upright (390×844, touch)', () => {
  test('plays January to February of 2023 by taps alone, with the explanations a tap away', async () => {
    const { page, errors } = await phonePage(`?renderer=canvas&scenario=2023&seed=${SEED}`);
    await waitForScene(page, 'Game', 180_000);
    // The portrait game: a layout unit is about a CSS pixel, the canvas fills the screen.
    const box = await page.locator('canvas').boundingBox();
    expect(box?.width).toBeCloseTo(PHONE.width, 0);
    expect(box?.height).toBeGreaterThan(PHONE.height - 2);
    // No keyboard used: no key hints.
    expect((await texts(page)).some((t) => /\[[A-Z]\]/.test(t.text))).toBe(false);

    let plays = 0;
    for (let guard = 0; guard < 60; guard++) {
      const s = await settledSnapshot(page);
      if (s.turn !== 0 || s.over) break;
      if (s.phase === 'event') {
        if (s.dialog?.kind !== 'event') {
          if (s.dialog) await tapDialogButton(page, 0);
          else await waitDialog(page, 'event');
          continue;
        }
        await answerByTaps(page, s, choiceIndex(s));
        continue;
      }
      if (s.dialog) {
        await waitDialog(page, null);
        continue;
      }
      if (plays === 0) {
        // A gauge's causes: a tap on China's relations shows them, and they stay up.
        await tapText(page, (t) => t.text === 'Relations' && t.y < 400, 'a relations gauge');
        const tip = await texts(page);
        expect(tip.some((t) => t.text.startsWith('Latest changes'))).toBe(true);
      }
      const playable = s.legal.some((a) => a.includes('"play"'));
      if (plays < 2 && playable) {
        // A card the player can play now (dealt, rested, affordable), found by its title as a
        // person would find it, turning the pages with the ▶ button until one shows.
        const titles = new Set(
          s.legal
            .map((a) => JSON.parse(a) as { type: string; action?: string })
            .filter((a) => a.type === 'play')
            .map((a) => CARD_TITLES.get(a.action ?? '')),
        );
        for (let turn = 0; turn < 8; turn++) {
          const shown = (await texts(page)).find((t) => !t.modal && titles.has(t.text));
          if (shown) {
            await tap(page, shown.x + Math.min(shown.width / 2, 20), shown.y + shown.height / 2);
            break;
          }
          await tapText(page, (t) => t.text === '▶', 'the next page of cards');
          await page.evaluate(() => window.bamboo?.frames(2));
        }
        await waitDialog(page, 'preview');
        await tapDialogButton(page, 0);
        await waitFor(page, 's.decisions > arg', s.decisions);
        plays++;
        continue;
      }
      await tapText(page, (t) => t.text === 'End month', 'the end-month button');
      // Capital left that could still buy a card: asked once, a tap ends the month anyway.
      await waitFor(page, 's.turn !== arg || s.dialog?.kind === "unspent"', s.turn);
      if ((await snap(page)).dialog?.kind === 'unspent') {
        await tapDialogButton(page, 0);
        await waitFor(page, 's.turn !== arg', s.turn);
      }
    }
    const end = await snap(page);
    expect(end.turn).toBe(1);
    expect(plays).toBe(2);
    // The month in review opens on its own; a tap closes it.
    await waitDialog(page, 'review');
    await tapDialogButton(page, 0);
    await waitFor(page, '!s.dialog || s.dialog.kind !== "review"', null);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a rotation re-lays the screen out and keeps the open dialog', async () => {
    const { page, errors } = await phonePage(`?renderer=canvas&scenario=2023&seed=${SEED}`);
    await waitForScene(page, 'Game', 180_000);
    await waitDialog(page, 'event');
    await tapDialogButton(page, 0);
    await waitDialog(page, 'preview');
    const before = await snap(page);
    await page.setViewportSize({ width: PHONE.height, height: PHONE.width });
    await page.waitForFunction(() => {
      const c = document.querySelector('canvas');
      return c !== null && c.width > c.height;
    });
    await waitDialog(page, 'preview');
    const after = await snap(page);
    expect(after.stateHash).toBe(before.stateHash);
    await page.setViewportSize(PHONE);
    await page.waitForFunction(() => {
      const c = document.querySelector('canvas');
      return c !== null && c.height > c.width;
    });
    await waitDialog(page, 'preview');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a phone's tabs", () => {
  test('each tab label keeps one line, in English and in Vietnamese', async () => {
    const en = EN.game;
    const vi = VI.game!;
    for (const [lang, labels] of [
      ['en', [en.actions.heading, en.tabs.gauges, en.tabs.news, en.tabs.map]],
      ['vi', [vi.actions!.heading!, vi.tabs!.gauges!, vi.tabs!.news!, vi.tabs!.map!]],
    ] as const) {
      const { page, errors } = await phonePage(
        `?renderer=canvas&scenario=2023&seed=${SEED}&lang=${lang}`,
      );
      await waitForScene(page, 'Game', 180_000);
      await settle(page, 4);
      const shown = (await texts(page)).filter(
        (t) => !t.modal && (labels as readonly string[]).includes(t.text),
      );
      expect(shown.map((t) => t.text).sort(), lang).toEqual([...labels].sort());
      for (const t of shown) {
        // One line: no taller than a line of its size (line height about 1.5 of the size).
        expect(t.height, `${lang} "${t.text}"`).toBeLessThan(t.fontSize * 2);
        expect(t.fontSize, `${lang} "${t.text}"`).toBeGreaterThanOrEqual(12);
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

describe('the indicators tab on a phone', () => {
  test('scrolls with a drag down to its last gauge, and the drag opens no tooltip', async () => {
    const { page, errors } = await phonePage(`?renderer=canvas&scenario=2023&seed=${SEED}`);
    await waitForScene(page, 'Game', 180_000);
    await settle(page, 4);
    await answerEventsByTaps(page);
    await tapText(page, (t) => !t.modal && t.text === EN.game.tabs.gauges, 'the indicators tab');
    const capital = EN.game.shortNames['home.capital'];
    const last = async () => (await texts(page)).find((t) => !t.modal && t.text === capital);
    // Off the screen, or cut at its edge, before the drag: the tab is taller than a phone's room.
    const before = await last();
    if (before) expect(before.y + before.height).toBeGreaterThan(PHONE.height);
    const box = await page.locator('canvas').boundingBox();
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: box!.x + 300, y: box!.y + y }],
      });
    await touch('touchStart', 780);
    for (let y = 760; y >= 420; y -= 20) await touch('touchMove', y);
    await touch('touchEnd', 420);
    await settle(page, 4);
    const after = await last();
    expect(after, 'the capital gauge, scrolled into view').toBeDefined();
    expect(after!.y + after!.height).toBeLessThanOrEqual(PHONE.height);
    expect((await texts(page)).filter((t) => t.modal)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('files on a phone', () => {
  test("a replay is handed to the share sheet, and opens again from the phone's file picker", async () => {
    const page = await browser.newPage({
      viewport: PHONE,
      deviceScaleFactor: 2,
      hasTouch: true,
      isMobile: true,
      acceptDownloads: true,
    });
    const errors = collectErrors(page);
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    // A phone's browser that shares files: what it is handed is kept for the test to read.
    await page.addInitScript(() => {
      const shared: { name: string; text: string }[] = [];
      (window as unknown as { shared: typeof shared }).shared = shared;
      Object.defineProperty(Navigator.prototype, 'canShare', {
        configurable: true,
        value: (data?: ShareData) => (data?.files?.length ?? 0) > 0,
      });
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data?: ShareData) => {
          for (const file of data?.files ?? [])
            shared.push({ name: file.name, text: await file.text() });
        },
      });
    });
    await page.goto(`${inject('baseUrl')}?renderer=canvas&scenario=2023&seed=share-test`);
    await waitForScene(page, 'Game', 180_000);
    await waitDialog(page, 'event');
    await tapDialogButton(page, 0);
    await waitDialog(page, 'preview');
    await tapDialogButton(page, 0);
    await waitFor(page, 's.decisions > 0', null);
    await answerEventsByTaps(page);
    const played = await snap(page);
    await tapText(page, (t) => t.text === 'Menu', 'the menu button');
    await waitDialog(page, 'menu');
    // Download replay, the menu's third button.
    await tapDialogButton(page, 2);
    await page.waitForFunction(
      () => (window as unknown as { shared: unknown[] }).shared.length > 0,
    );
    const shared = await page.evaluate(
      () => (window as unknown as { shared: { name: string; text: string }[] }).shared,
    );
    expect(shared.map((f) => f.name)).toEqual(['bamboo-2023-share-test.json']);
    expect(downloads).toEqual([]);
    const replay = JSON.parse(shared[0]?.text ?? '{}') as { seed: string; actions: unknown[] };
    expect(replay.seed).toBe('share-test');
    expect(replay.actions).toHaveLength(played.decisions);

    // Saved from a chat as text, it is still offered by the picker (no type filter on a phone)
    // and opens in the viewer.
    await tapDialogButton(page, 0);
    await waitForScene(page, 'Title');
    expect(await page.getAttribute('#replay-file', 'accept')).toBe('');
    await page.setInputFiles('#replay-file', {
      name: 'from-chat.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(shared[0]?.text ?? ''),
    });
    await waitForScene(page, 'ReplayViewer');
    await waitFor(page, 's.viewer && s.viewer.total === arg', played.decisions);
    expect(errors).toEqual([]);
    await page.close();
  });
});

const SIZES = [
  { name: '390×844', viewport: PHONE, touch: true },
  { name: '1024×768', viewport: { width: 1024, height: 768 }, touch: true },
  // A laptop with a touch screen: taps drive it as they drive the others.
  { name: '1280×720', viewport: { width: 1280, height: 720 }, touch: true },
] as const;

describe('the smallest text on the game screen', () => {
  for (const size of SIZES) {
    test(`at ${size.name}`, async () => {
      const page = await browser.newPage({
        viewport: size.viewport,
        deviceScaleFactor: size.viewport.width < 1200 ? 2 : 1,
        hasTouch: size.touch,
        isMobile: size.touch && size.viewport.width < 500,
      });
      await page.goto(`${inject('baseUrl')}?renderer=canvas&scenario=2023&seed=${SEED}`);
      await waitForScene(page, 'Game', 180_000);
      await waitDialog(page, 'event');
      const found: Record<string, { size: number; text: string }> = {};
      const measure = async (screen: string, modal: boolean) => {
        await settle(page, 3);
        // A dialog is measured alone: the screen behind it is dimmed, and measured on its own.
        const shown = (await texts(page)).filter((t) => t.modal === modal);
        const smallest = shown.reduce((a, b) => (b.fontSize < a.fontSize ? b : a));
        found[screen] = { size: Math.round(smallest.fontSize * 10) / 10, text: smallest.text };
        const shots = process.env.BAMBOO_SHOTS;
        if (shots)
          await page.screenshot({
            path: `${shots}/${size.name}-game-${screen.replace(/\W+/g, '-')}.png`,
          });
      };
      await measure('event', true);
      await tapDialogButton(page, 0);
      await waitDialog(page, 'preview');
      await measure('preview', true);
      await tapDialogButton(page, 0);
      await answerEventsByTaps(page);
      await measure('board', false);
      // Each tab of the phone and tablet boards (the landscape board has none).
      for (const tab of ['Gauges', 'News', 'Map']) {
        if (!(await texts(page)).some((t) => t.text === tab)) continue;
        await tapText(page, (t) => t.text === tab, `the ${tab} tab`);
        await measure(`board: ${tab}`, false);
      }
      console.log(`smallest text at ${size.name}: ${JSON.stringify(found)}`);
      for (const [screen, f] of Object.entries(found)) {
        // The landscape board's map is scaled into its panel; its names are not (MapView).
        expect(f.size, `${screen}: "${f.text}"`).toBeGreaterThanOrEqual(12);
      }
      await page.close();
    });
  }
});
