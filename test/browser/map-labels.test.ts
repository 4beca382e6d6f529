/**
 * The map's names, as drawn, month after month: at a laptop's size, a tablet's and a phone's,
 * in English and Vietnamese, no two names overlap, none crosses the map's edge, none covers a
 * mark of this month's news, and the player's capital is always named (by the map, or by the
 * news label of a month when Hà Nội is in the news).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { MapLabelsShown } from '../../src/ui/test-handle';
import {
  answerEventsByKeys,
  collectErrors,
  endMonthByKeys,
  launchChromium,
  settle,
  settledSnapshot,
  waitForScene,
} from './chromium';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Boxes hold room for accents and descenders: a sliver shared is no overlap (as the map judges). */
const SLACK = 3;

type Rect = { x: number; y: number; width: number; height: number };

const overlap = (a: Rect, b: Rect) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > SLACK &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > SLACK;

const inside = (a: Rect, b: Rect) =>
  a.x >= b.x - 0.5 &&
  a.y >= b.y - 0.5 &&
  a.x + a.width <= b.x + b.width + 0.5 &&
  a.y + a.height <= b.y + b.height + 0.5;

function checkLabels(shown: MapLabelsShown, home: string, where: string): void {
  const { bounds, labels } = shown;
  // The map is named, not emptied: most of its names fit at every size.
  expect(labels.length, where).toBeGreaterThanOrEqual(15);
  for (const l of labels) expect(inside(l, bounds), `${where}: ${l.id} "${l.text}"`).toBe(true);
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i] as MapLabelsShown['labels'][number];
      const b = labels[j] as MapLabelsShown['labels'][number];
      expect(overlap(a, b), `${where}: "${a.text}" and "${b.text}"`).toBe(false);
    }
  expect(
    labels.some((l) => l.id === 'hanoi' || (l.id.startsWith('news-') && l.text.startsWith(home))),
    `${where}: Hà Nội named`,
  ).toBe(true);
}

const SIZES = [
  { name: 'laptop', viewport: { width: 1280, height: 720 }, touch: false },
  { name: 'tablet', viewport: { width: 1024, height: 768 }, touch: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, touch: true },
] as const;

describe('the map’s names', () => {
  for (const size of SIZES)
    for (const lang of ['en', 'vi'] as const)
      it(`never overlap nor leave the map, month after month (${size.name}, ${lang})`, async () => {
        const page = await browser.newPage({
          viewport: size.viewport,
          ...(size.touch ? { deviceScaleFactor: 2, hasTouch: true, isMobile: true } : {}),
        });
        const errors = collectErrors(page);
        await page.goto(
          `${inject('baseUrl')}?renderer=canvas&lang=${lang}&scenario=2023&seed=map-labels`,
        );
        await waitForScene(page, 'Game');
        let s = await settledSnapshot(page);
        for (let month = 0; month < 4 && !s.over; month++) {
          await answerEventsByKeys(page);
          const where = `${size.name} ${lang} month ${month + 1}`;
          const shown = await page.evaluate(() => window.bamboo!.mapLabels());
          if (!shown) throw new Error('no map labels reported');
          checkLabels(shown, 'Hà Nội', where);
          if (size.name === 'laptop') {
            // What is drawn is what the map reports: each name is on the canvas.
            const drawn = new Set(
              (await page.evaluate(() => window.bamboo!.screenTexts())).map((t) => t.text),
            );
            for (const l of shown.labels)
              expect(drawn.has(l.text), `${where}: ${l.text}`).toBe(true);
            // No name covers this month's marks (the laptop's map never pans: one frame).
            const marks = await page.evaluate(() => window.bamboo!.mapMarks());
            for (const m of marks)
              for (const l of shown.labels) {
                const mark = {
                  x: m.x - m.reach,
                  y: m.y - m.reach,
                  width: 2 * m.reach,
                  height: 2 * m.reach,
                };
                expect(
                  overlap(l, mark),
                  `${where}: "${l.text}" over the ${m.kind} at ${m.place}`,
                ).toBe(false);
              }
          }
          s = await endMonthByKeys(page);
          if (s.dialog?.kind === 'review') {
            await page.keyboard.press('Escape');
            await settle(page);
          }
        }
        expect(errors).toEqual([]);
        await page.close();
      });
});
