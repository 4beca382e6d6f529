/**
 * The month in review and the end screen, as a player reads them: the review is in pages that
 * each fit the screen (laptop and phone, English and Vietnamese), turned by [ and ], Page Up
 * and Page Down or the Previous and Next buttons; under each gauge that moved, the causes add
 * up to its move; in June the bamboo meter tells the month's lean as the player's decisions
 * and the events' signals; and at the end the score's terms add up to the score.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EN } from '../../src/i18n/en';
import { VI } from '../../src/i18n/vi';
import type { ScreenText } from '../../src/ui/test-handle';
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

const LAPTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };

async function open(lang: 'en' | 'vi', phone: boolean, seed: string): Promise<Page> {
  const page = await browser.newPage({
    viewport: phone ? PHONE : LAPTOP,
    ...(phone ? { deviceScaleFactor: 2, hasTouch: true, isMobile: true } : {}),
  });
  await page.goto(`${inject('baseUrl')}?renderer=canvas&lang=${lang}&scenario=2023&seed=${seed}`);
  await waitForScene(page, 'Game');
  return page;
}

/** The texts of the open dialog, as shown (CSS pixels from the canvas's corner). */
const modal = async (page: Page): Promise<ScreenText[]> =>
  (await page.evaluate(() => window.bamboo!.screenTexts())).filter((t) => t.modal);

/** "−1,8" or "+2.4" as a number of tenths. */
function tenths(figure: string, lang: 'en' | 'vi'): number {
  const plain = figure.replace('\u2212', '-').replace('+', '');
  const n = Number(lang === 'vi' ? plain.replace(/\./g, '').replace(',', '.') : plain);
  return Math.round(n * 10);
}

/**
 * Each mover on the page (a bold "▼ −3.8  Relations with Beijing") and the cause rows under it
 * (indented, "−2  China: …"), read off the screen by column: the rows must add up to the move.
 */
function checkMovers(texts: readonly ScreenText[], lang: 'en' | 'vi', where: string): number {
  const mover = /^[▲▼=] ?([+\u2212]?[\d.,]+) {2}\S/;
  const cause = /^([+\u2212][\d.,]+|0) {2}\S/;
  const heads = texts.filter((t) => mover.test(t.text));
  let checked = 0;
  for (const head of heads) {
    const below = texts
      .filter((t) => Math.abs(t.x - head.x - 14) < 2 && t.y > head.y)
      .sort((a, b) => a.y - b.y);
    const rows: ScreenText[] = [];
    let y = head.y + head.height;
    for (const t of below) {
      if (t.y - y > 4) break;
      if (!cause.test(t.text)) break;
      rows.push(t);
      y = t.y + t.height;
    }
    expect(rows.length, `${where}: causes under "${head.text}"`).toBeGreaterThan(0);
    const move = tenths(mover.exec(head.text)?.[1] ?? '0', lang);
    const sum = rows.reduce((a, r) => a + tenths(cause.exec(r.text)?.[1] ?? '0', lang), 0);
    expect(sum, `${where}: "${head.text}" and its causes`).toBe(move);
    checked++;
  }
  return checked;
}

describe('the month in review', () => {
  for (const [lang, phone] of [
    ['en', false],
    ['vi', false],
    ['en', true],
    ['vi', true],
  ] as const)
    it(`pages that fit the screen, whose causes add up (${phone ? 'phone' : 'laptop'}, ${lang})`, async () => {
      const page = await open(lang, phone, 'review-pages');
      const errors = collectErrors(page);
      const S = lang === 'vi' ? { ...EN.screens, ...VI.screens } : EN.screens;
      const view = phone ? PHONE : LAPTOP;
      for (let m = 0; m < 2; m++) {
        await answerEventsByKeys(page);
        const s = await endMonthByKeys(page);
        if (m === 0) {
          expect(s.dialog?.kind).toBe('review');
          await page.keyboard.press('Escape');
          await settle(page);
        }
      }
      expect((await settledSnapshot(page)).dialog?.kind).toBe('review');
      const pageLabel = new RegExp(
        `^${S.page(1, 9).replace('1', '(\\d+)').replace('9', '(\\d+)')}$`,
      );
      const at = async () => {
        const label = (await modal(page)).find((t) => pageLabel.test(t.text));
        if (!label) throw new Error('no page number shown');
        const [, n, of] = pageLabel.exec(label.text) ?? [];
        return { n: Number(n), of: Number(of) };
      };
      const first = await at();
      expect(first.n).toBe(1);
      expect(first.of).toBeGreaterThan(1);
      const seen = new Set<string>();
      let movers = 0;
      // Every page whole on the screen, and each its own.
      for (let n = 1; n <= first.of; n++) {
        expect((await at()).n).toBe(n);
        const texts = await modal(page);
        for (const t of texts) {
          expect(t.x, `"${t.text}" on page ${n}`).toBeGreaterThanOrEqual(-0.5);
          expect(t.y, `"${t.text}" on page ${n}`).toBeGreaterThanOrEqual(-0.5);
          expect(t.x + t.width, `"${t.text}" on page ${n}`).toBeLessThanOrEqual(view.width + 0.5);
          expect(t.y + t.height, `"${t.text}" on page ${n}`).toBeLessThanOrEqual(view.height + 0.5);
        }
        const fresh = texts.filter((t) => !seen.has(t.text) && !pageLabel.test(t.text));
        expect(fresh.length, `page ${n} shows something new`).toBeGreaterThan(0);
        for (const t of texts) seen.add(t.text);
        movers += checkMovers(texts, lang, `${lang} page ${n}`);
        await page.keyboard.press(n % 2 === 0 ? 'PageDown' : ']');
        await settle(page);
      }
      expect(movers).toBeGreaterThan(3);
      // Past the last page it stays there; [ and Page Up go back.
      expect((await at()).n).toBe(first.of);
      await page.keyboard.press('[');
      await settle(page);
      expect((await at()).n).toBe(first.of - 1);
      await page.keyboard.press('PageUp');
      await settle(page);
      expect((await at()).n).toBe(Math.max(1, first.of - 2));
      // The buttons turn them too, by a click or a tap.
      const button = async (label: string) => {
        const b = (await modal(page)).find((t) => t.text.startsWith(label));
        if (!b) throw new Error(`no button "${label}"`);
        const box = await page.locator('canvas').boundingBox();
        if (!box) throw new Error('no canvas');
        const x = box.x + b.x + b.width / 2;
        const y = box.y + b.y + b.height / 2;
        if (phone) await page.touchscreen.tap(x, y);
        else await page.mouse.click(x, y);
        await settle(page, 3);
      };
      const before = (await at()).n;
      await button(`${S.next} ▶`);
      expect((await at()).n).toBe(before + 1);
      await button(`◀ ${S.previous}`);
      expect((await at()).n).toBe(before);
      // Enter still continues, whichever page is shown.
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.bamboo?.dialogKind() !== 'review');
      expect(errors).toEqual([]);
      await page.close();
    });
});

describe('the bamboo meter and the end screen', () => {
  it('tells June’s lean apart, then explains the final score term by term', async () => {
    const lang = 'en';
    const page = await open(lang, false, 'look');
    const errors = collectErrors(page);
    const L = EN.explain.lean;
    let june = false;
    for (let guard = 0; guard < 14; guard++) {
      await answerEventsByKeys(page);
      const s = await settledSnapshot(page);
      if (s.over) break;
      if (s.turnLabel === 'June 2023') {
        // The meter's tooltip, on hover: the carrier's visit is the events' signal, not yours.
        await page.mouse.move(170, 350, { steps: 3 });
        await page.waitForFunction(
          (heading) => window.bamboo!.screenTexts().some((t) => t.modal && t.text === heading),
          L.heading('month'),
        );
        const shown = (await modal(page)).map((t) => t.text.replace(/\s+/g, ' ').trim());
        expect(shown.some((t) => t.startsWith(`${L.decisions('month')}: drift `))).toBe(true);
        expect(
          shown.some((t) =>
            /^Signalled by this month's events \(.*USS Ronald Reagan in Đà Nẵng.*\): drift \+/.test(
              t,
            ),
          ),
        ).toBe(true);
        await page.mouse.move(640, 715, { steps: 3 });
        june = true;
      }
      const after = await endMonthByKeys(page);
      if (after.over) break;
      await page.keyboard.press('Escape');
      await settle(page);
    }
    expect(june).toBe(true);
    const s = await settledSnapshot(page);
    expect(s.over).toBe(true);
    expect(s.dialog?.kind).toBe('end');
    const texts = (await modal(page)).map((t) => t.text);
    expect(texts).toContain(EN.explain.score.heading.toUpperCase());
    // "42.3 × 30% = 12.7" for each part, the penalty alone: they make the score shown.
    const terms = texts.flatMap((t) => {
      const sum = / = ([\u2212]?[\d.]+)$/.exec(t);
      if (sum) return [tenths(sum[1] as string, lang)];
      return /^\u2212[\d.]+$/.test(t) ? [tenths(t, lang)] : [];
    });
    expect(terms.length).toBeGreaterThanOrEqual(6);
    const total = texts.find((t) => t.startsWith(EN.explain.score.total('')));
    expect(total).toBeDefined();
    expect(terms.reduce((a, b) => a + b, 0)).toBe(
      tenths(total?.slice(EN.explain.score.total('').length) ?? '', lang),
    );
    expect(tenths(total?.slice(EN.explain.score.total('').length) ?? '', lang)).toBe(
      Math.round((s.score ?? Number.NaN) * 10),
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
