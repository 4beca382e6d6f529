/**
 * The whole 2023 campaign on a phone held upright (390×844, touch, device scale 2), by taps
 * alone, from the first event to the debrief: every event answered and confirmed, a card played
 * whenever one shows, every month ended and its review closed. On the way each explanation is
 * reached by a tap — a gauge's causes, why a card cannot be played, an event's sources — and
 * the debrief that ends it is read at the phone's size.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { EN } from '../../src/i18n/en';
import type { ScreenText, Snapshot } from '../../src/ui/test-handle';
import { collectErrors, launchChromium, settle, settledSnapshot, waitForScene } from './chromium';
import {
  answerByTaps,
  snap,
  tapDialogButton,
  tapOn,
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
/**
 * A hang guard, not a speed check: a campaign is about a hundred taps, each waited on the frame
 * that draws its result, on a shared two-core machine drawing in software.
 */
const CAMPAIGN_LIMIT_MS = 900_000;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The card title a shown text stands for: a long one on a phone ends in "…". */
function titleOf(t: ScreenText): string | undefined {
  if (!t.text.endsWith('…')) return t.text;
  const start = t.text.slice(0, -1);
  return [...CARD_TITLES.values()].find((title) => title.startsWith(start));
}

const playable = (s: Snapshot) =>
  new Set(
    s.legal
      .map((a) => JSON.parse(a) as { type: string; action?: string })
      .filter((a) => a.type === 'play')
      .map((a) => CARD_TITLES.get(a.action ?? '')),
  );

describe('a phone held upright (390×844, touch)', () => {
  test(
    'plays the whole 2023 campaign by taps alone, to its debrief',
    async () => {
      const page = await browser.newPage({
        viewport: PHONE,
        deviceScaleFactor: 2,
        hasTouch: true,
        isMobile: true,
      });
      const errors = collectErrors(page);
      await page.goto(`${inject('baseUrl')}?renderer=canvas&scenario=2023&seed=phone-campaign`);
      await waitForScene(page, 'Game', 180_000);
      const seen = { causes: false, blocked: false, sources: false };
      let plays = 0;
      let months = 0;
      for (let guard = 0; guard < 600; guard++) {
        const s = await settledSnapshot(page);
        if (s.over) break;
        if (s.phase === 'event') {
          if (s.dialog?.kind !== 'event') {
            if (s.dialog) await tapDialogButton(page, 0);
            else await waitDialog(page, 'event');
            continue;
          }
          // An event's sources are written in its dialog: no hover needed to read them.
          if ((await texts(page)).some((t) => t.modal && t.text.includes(EN.game.event.sources)))
            seen.sources = true;
          await answerByTaps(page, s, 0);
          continue;
        }
        if (s.dialog) {
          // The month in review (and any other flow dialog) is closed with its first button.
          await tapDialogButton(page, 0);
          await waitFor(page, '!s.dialog || s.dialog.kind !== arg', s.dialog.kind);
          continue;
        }
        const shown = await texts(page);
        if (!seen.causes) {
          await tapText(page, (t) => t.text === 'Relations' && t.y < 400, 'a relations gauge');
          expect((await texts(page)).some((t) => t.text.startsWith(EN.game.tooltip.recent))).toBe(
            true,
          );
          seen.causes = true;
        }
        const can = playable(s);
        const titles = new Set(CARD_TITLES.values());
        if (!seen.blocked) {
          const blocked = shown.find(
            (t) => !t.modal && titles.has(titleOf(t) ?? '') && !can.has(titleOf(t)),
          );
          if (blocked) {
            // A tap on a card that cannot be played says why: its preview (or its tip) does.
            await tapOn(page, blocked);
            const why = await texts(page);
            seen.blocked = why.some(
              (t) =>
                t.text.startsWith(EN.game.preview.blocked) ||
                t.text.startsWith(EN.game.actions.notNow),
            );
            expect(seen.blocked, `why "${blocked.text}" cannot be played`).toBe(true);
            if ((await snap(page)).dialog) {
              // Its Cancel (the confirm button, first, is disabled).
              await tapDialogButton(page, 1);
              await waitDialog(page, null);
            }
            continue;
          }
        }
        const card = shown.find((t) => !t.modal && can.has(titleOf(t)));
        if (card) {
          await tapOn(page, card);
          await waitDialog(page, 'preview');
          await tapDialogButton(page, 0);
          await waitFor(page, 's.decisions > arg', s.decisions);
          plays++;
          continue;
        }
        await tapText(page, (t) => t.text === EN.game.endMonth, 'the end-month button');
        // Capital left that could still buy a card: asked once, a tap ends the month anyway.
        await waitFor(page, 's.turn !== arg || s.over || s.dialog?.kind === "unspent"', s.turn);
        if ((await snap(page)).dialog?.kind === 'unspent') {
          await tapDialogButton(page, 0);
          await waitFor(page, 's.turn !== arg || s.over', s.turn);
        }
        months++;
      }
      const end = await snap(page);
      expect(end.over).toBe(true);
      expect(plays).toBeGreaterThan(0);
      expect(months).toBeGreaterThan(0);
      expect(seen).toEqual({ causes: true, blocked: true, sources: true });
      // The ending opens on its own; its debrief button leads to the debrief, read at this size.
      await waitDialog(page, 'end');
      await tapText(page, (t) => t.modal && t.text === EN.game.end.debrief, 'See the debrief');
      await waitForScene(page, 'Debrief');
      await settle(page, 4);
      const debrief = await texts(page);
      expect(debrief.some((t) => t.text === EN.debrief.title)).toBe(true);
      expect(Math.min(...debrief.map((t) => t.fontSize))).toBeGreaterThanOrEqual(12);
      expect(errors).toEqual([]);
      await page.close();
    },
    CAMPAIGN_LIMIT_MS,
  );
});
