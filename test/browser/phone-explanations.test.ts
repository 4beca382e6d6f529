/**
 * A finger cannot hover: on a phone every explanation a mouse gets by resting on something is
 * a tap away. A choice of an event opens its preview, whose Cancel goes back with nothing
 * decided; the bamboo meter, a gauge and a card each show their tooltip on a tap; a card that
 * cannot be played now still says why on a tap; a mark on the map explains itself on a tap.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { EN } from '../../src/i18n/en';
import { collectErrors, launchChromium, settle, settledSnapshot, waitForScene } from './chromium';
import { answerByTaps, snap, tap, tapDialogButton, tapText, texts, waitDialog } from './touch';

/** Card titles by id, from the scenario as it ships. */
const CARD_TITLES = new Map(
  (
    JSON.parse(readFileSync(new URL('../../scenarios/2023.json', import.meta.url), 'utf8')) as {
      actions: { id: string; title: string }[];
    }
  ).actions.map((a) => [a.id, a.title]),
);

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The texts drawn above the board: a tooltip's or a dialog's. */
const above = async (page: Page) =>
  (await texts(page)).filter((t) => t.modal).map((t) => t.text.replace(/\s+/g, ' '));

/** Taps somewhere that explains nothing (the top bar's month), so an open tooltip goes. */
async function tapAway(page: Page): Promise<void> {
  await tapText(page, (t) => !t.modal && t.text === 'Month 1 of 12', 'the month');
  await page.waitForFunction(() => !window.bamboo!.screenTexts().some((t) => t.modal));
}

describe('a phone (390×844, touch)', () => {
  test('reaches by a tap every explanation a mouse gets by hovering', async () => {
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      hasTouch: true,
      isMobile: true,
    });
    const errors = collectErrors(page);
    await page.goto(`${inject('baseUrl')}?renderer=canvas&lang=en&scenario=2023&seed=overlap`);
    await waitForScene(page, 'Game', 180_000);

    // An event's choice: a tap opens what it would do, and Cancel goes back with nothing decided.
    await waitDialog(page, 'event');
    const first = await snap(page);
    await tapDialogButton(page, 0);
    await waitDialog(page, 'preview');
    const preview = await snap(page);
    expect(preview.dialog?.buttons.length).toBeGreaterThanOrEqual(2);
    expect((await above(page)).some((t) => t === 'Cancel')).toBe(true);
    await tapDialogButton(page, 1);
    await waitDialog(page, 'event');
    expect((await snap(page)).decisions).toBe(first.decisions);

    // The month's events answered, by taps.
    for (let guard = 0; guard < 20; guard++) {
      const s = await settledSnapshot(page);
      if (s.phase !== 'event' && !s.dialog) break;
      if (s.dialog?.kind === 'event')
        await answerByTaps(
          page,
          s,
          Math.max(
            0,
            s.dialog.buttons.findIndex((b) => b.enabled),
          ),
        );
      else if (s.dialog) await tapDialogButton(page, 0);
      else await settle(page);
    }
    await waitDialog(page, null);

    // The bamboo meter: a tap shows what it is and what moved it.
    await tapText(page, (t) => !t.modal && t.text.startsWith('Drift '), 'the bamboo meter');
    await page.waitForFunction(() => window.bamboo!.screenTexts().some((t) => t.modal));
    expect((await above(page)).length).toBeGreaterThan(1);
    await tapAway(page);

    // A card that cannot be played now (its cost, a rest, a condition): a tap still says why.
    const s = await snap(page);
    const playable = new Set(
      s.legal
        .map((a) => JSON.parse(a) as { type: string; action?: string })
        .filter((a) => a.type === 'play')
        .map((a) => CARD_TITLES.get(a.action ?? '')),
    );
    const titles = new Set(CARD_TITLES.values());
    let blocked: string | undefined;
    for (let turn = 0; turn < 8 && !blocked; turn++) {
      blocked = (await texts(page)).find(
        (t) => !t.modal && titles.has(t.text) && !playable.has(t.text),
      )?.text;
      if (!blocked) {
        await tapText(page, (t) => t.text === '▶', 'the next page of cards');
        await settle(page, 3);
      }
    }
    expect(blocked, 'a card that cannot be played this month').toBeDefined();
    await tapText(page, (t) => !t.modal && t.text === blocked, 'the blocked card');
    await page.waitForFunction(() => window.bamboo!.screenTexts().some((t) => t.modal));
    const said = await above(page);
    expect(said.length, said.join(' | ')).toBeGreaterThan(1);
    if ((await snap(page)).dialog) {
      // It opened its preview: the reason is there, nothing can be confirmed, Cancel goes back.
      expect((await snap(page)).dialog?.buttons[0]?.enabled).toBe(false);
      await tapDialogButton(page, 1);
      await waitDialog(page, null);
    } else await tapAway(page);
    expect((await snap(page)).decisions).toBe(s.decisions);

    // A mark on the map: the Map tab, then a tap on this month's first mark.
    await tapText(page, (t) => !t.modal && t.text === EN.game.tabs.map, 'the Map tab');
    await page.waitForFunction(() => window.bamboo!.mapMarks().length > 0);
    const [mark] = await page.evaluate(() => window.bamboo!.mapMarks());
    if (!mark) throw new Error('no mark on the map');
    const at = await page.evaluate(
      ([x, y]) => window.bamboo!.toScreen(x as number, y as number),
      [mark.x, mark.y],
    );
    await tap(page, at.x, at.y);
    const heading = `${EN.marks.kinds[mark.kind]} · ${mark.place}`;
    await page.waitForFunction(
      (h) => window.bamboo!.screenTexts().some((t) => t.modal && t.text.replace(/\s+/g, ' ') === h),
      heading,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
