/**
 * A mark on the map explains itself as a person would ask it: the mouse rests on a ship, a
 * visit or a clash and a tooltip says what it is, where, when, and the news that put it there;
 * the mouse moves off and the tooltip goes; the keyboard's Tab reaches the same mark and
 * shows the same words. A capital's star and a news label's "×2" say what they mean too.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EN } from '../../src/i18n/en';
import { VI } from '../../src/i18n/vi';
import type { MapMarkSpot } from '../../src/ui/test-handle';
import {
  answerEventsByKeys,
  collectErrors,
  endMonthByKeys,
  launchChromium,
  settle,
  waitForScene,
} from './chromium';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The texts drawn above the board (a tooltip's, a dialog's), whitespace folded. */
const tooltipTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    window
      .bamboo!.screenTexts()
      .filter((t) => t.modal)
      .map((t) => t.text.replace(/\s+/g, ' ')),
  );

/** The mark's tooltip heading, as the game words it: "A survey ship · Vanguard Bank". */
const headingOf = (mark: MapMarkSpot) => `${EN.marks.kinds[mark.kind]} · ${mark.place}`;

describe('a mark on the map', () => {
  it('says what it is and why it is there on hover, and again when Tab reaches it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = collectErrors(page);
    await page.goto(`${inject('baseUrl')}?renderer=canvas&lang=en&scenario=2023&seed=overlap`);
    await waitForScene(page, 'Game');
    await answerEventsByKeys(page);
    await page.waitForFunction(() => window.bamboo!.mapMarks().length > 0);
    const marks = await page.evaluate(() => window.bamboo!.mapMarks());
    const mark = marks[0] as MapMarkSpot;
    // The news behind the mark, as the text mirror lists it: "Kind, Place, this month: news".
    // The mirror looks at the screen every few frames, so the line follows the mark shortly.
    const line = (await (
      await page.waitForFunction(
        (lead) =>
          [...document.querySelectorAll('#bamboo-mirror section[aria-label] li')]
            .map((li) => li.textContent ?? '')
            .find((t) => t.startsWith(lead)),
        `${EN.marks.kinds[mark.kind]}, ${mark.place}, `,
      )
    ).jsonValue()) as string;
    const news = line.slice(line.indexOf(': ') + 2).split(' · ');
    expect(news[0]?.length ?? 0).toBeGreaterThan(0);
    expect(await tooltipTexts(page)).not.toContain(headingOf(mark));

    // The mouse comes to rest on the mark.
    const box = await page.locator('canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    const at = await page.evaluate(
      ([x, y]) => window.bamboo!.toScreen(x as number, y as number),
      [mark.x, mark.y],
    );
    await page.mouse.move(box.x + at.x - 60, box.y + at.y - 60);
    await page.mouse.move(box.x + at.x, box.y + at.y, { steps: 4 });
    await page.waitForFunction(
      (heading) =>
        window
          .bamboo!.screenTexts()
          .some((t) => t.modal && t.text.replace(/\s+/g, ' ') === heading),
      headingOf(mark),
    );
    const shown = await tooltipTexts(page);
    expect(shown).toContain(EN.marks.now('month'));
    for (const headline of news) expect(shown).toContain(headline);

    // Off the mark, into the sea beside the map's edge: the tooltip goes.
    await page.mouse.move(box.x + 640, box.y + 715, { steps: 4 });
    await page.waitForFunction(
      (heading) =>
        !window.bamboo!.screenTexts().some((t) => t.text.replace(/\s+/g, ' ') === heading),
      headingOf(mark),
    );

    // Tab goes through everything the keyboard can reach; one stop is each of this month's marks.
    const headings = new Set(marks.map(headingOf));
    const reached = new Set<string>();
    for (let i = 0; i < 120 && reached.size < headings.size; i++) {
      await page.keyboard.press('Tab');
      await settle(page);
      for (const t of await tooltipTexts(page)) if (headings.has(t)) reached.add(t);
    }
    expect([...reached].sort()).toEqual([...headings].sort());
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each([
  { lang: 'en', width: 1280, height: 720, marks: EN.marks, manila: 'Manila', month: 'month' },
  {
    lang: 'vi',
    width: 1024,
    height: 600,
    marks: VI.marks as typeof EN.marks,
    manila: 'Manila',
    month: 'tháng',
  },
])('the map’s ★ and × in $lang at $width×$height', (size) => {
  it('say what they mark when the mouse rests on them', async () => {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
    const errors = collectErrors(page);
    await page.goto(
      `${inject('baseUrl')}?renderer=canvas&lang=${size.lang}&scenario=2023&seed=hanoi-2023`,
    );
    await waitForScene(page, 'Game');
    await answerEventsByKeys(page);
    const box = await page.locator('canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    /** Rests the mouse on a point of the board and reads the tooltip. */
    const restOn = async (x: number, y: number): Promise<string[]> => {
      const at = await page.evaluate(([x, y]) => window.bamboo!.toScreen(x!, y!), [x, y]);
      await page.mouse.move(box.x + 8, box.y + box.height - 8);
      await settle(page, 2);
      await page.mouse.move(box.x + at.x, box.y + at.y, { steps: 3 });
      await settle(page, 3);
      return tooltipTexts(page);
    };
    // A capital with no news on it: its star names what a star marks.
    const labels = await page.evaluate(() => window.bamboo!.mapLabels());
    const manila = labels?.capitals.find((c) => c.id === 'manila');
    if (!manila) throw new Error('no star for Manila');
    expect(await restOn(manila.x, manila.y)).toContain(size.marks.capital(size.manila));
    // The next month puts two news items at one place: its label reads "×2" and says so.
    await endMonthByKeys(page);
    await answerEventsByKeys(page);
    const counted = (await page.evaluate(() => window.bamboo!.mapLabels()))?.labels.find((l) =>
      /×\d/.test(l.text),
    );
    if (!counted) throw new Error('no label with a count');
    const n = Number(counted.text.match(/×(\d+)/)?.[1]);
    const shown = await restOn(counted.x + counted.width / 2, counted.y + counted.height / 2);
    expect(shown).toContain(size.marks.count(n, size.month));
    expect(errors).toEqual([]);
    await page.close();
  });
});
