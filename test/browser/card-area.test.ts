/**
 * The action cards and the preview of a decision, as a player meets them on a laptop (keyboard
 * and mouse, English) and on a phone (touch, Vietnamese): the focus follows the pointer over
 * cards and event choices; a preview far longer than the screen is never cut (every line can
 * be scrolled to, by keys, the wheel or a finger, with "▼ More" at its foot while it goes on,
 * and nothing it shows leaves its panel or overlaps); its chances stand under three honest
 * headings; and a card played says when, then how long it rests.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EN } from '../../src/i18n/en';
import type { ReadableText } from '../../src/ui/screens/readable-texts';
import { collectErrors, launchChromium, settle, settledSnapshot, waitForScene } from './chromium';
import { clickDialogButton, playMonths, shot, snap } from './replay-pages';
import { answerEventsByTaps, tapDialogButton, tapLabel, tapText, waitDialog } from './touch';

let browser: Browser;
let scenarioFile: string;

/** The card whose preview is longer than any screen: its text runs to this many sentences. */
const SENTENCES = 16;
const CARD = 'Show the world the rammings';
/** The Vietnamese words the phone reads (the catalog's, written out as a player sees them). */
const VI_WORDS = {
  start: 'Bắt đầu',
  more: '▼ Thêm',
  chances: {
    risk: 'Rủi ro: chỉ có hại',
    mixed: 'Có thể tốt, có thể xấu',
    gain: 'Cơ hội: chỉ có lợi',
  },
};
const CHANCES = {
  risk: 'Chinese coast-guard ships answer with water cannon.',
  mixed: 'Foreign papers praise the footage; Beijing recalls a trade mission.',
  gain: 'Investors read the calm coverage as a sign the crisis is handled.',
};

/** A teacher's scenario (the 2014 rig crisis) whose first card says a great deal. */
function longCardScenario(): string {
  const data = JSON.parse(
    readFileSync(new URL('../fixtures/hd981-2014.json', import.meta.url), 'utf8'),
  ) as {
    id: string;
    actions: { id: string; text: string; cooldown?: number; effects: Record<string, unknown> }[];
  };
  data.id = 'hd981-long-card';
  const card = data.actions.find((a) => a.id === 'film-the-rams');
  if (!card) throw new Error('no film-the-rams card');
  // It rests two fortnights after a play.
  card.cooldown = 2;
  card.text = Array.from(
    { length: SENTENCES },
    (_, i) =>
      `(${i + 1}) Reporters go aboard patrol boat number ${i + 1} and film what the Chinese escorts do.`,
  ).join(' ');
  card.effects = {
    ...card.effects,
    risks: [
      {
        id: 'cannon',
        text: CHANCES.risk,
        chance: 0.3,
        delta: { 'sea.tension': 4, 'relations.cn': -2 },
      },
      {
        id: 'praise',
        text: CHANCES.mixed,
        chance: 0.2,
        delta: { 'sea.standing': 3, 'relations.cn': -3 },
      },
      {
        id: 'calm',
        text: CHANCES.gain,
        chance: 0.1,
        delta: { 'economy.growth': 0.4, 'home.mood': 3 },
      },
    ],
  };
  const path = join(mkdtempSync(join(tmpdir(), 'bamboo-card-area-')), 'long-card.json');
  writeFileSync(path, JSON.stringify(data));
  return path;
}

beforeAll(async () => {
  scenarioFile = longCardScenario();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Texts a person can read now (an open dialog's only), in game coordinates. */
const readable = (page: Page): Promise<ReadableText[]> =>
  page.evaluate(() => window.bamboo!.textBoxes());

/** Boxes sharing a sliver (diacritics above, descenders below) do not count as overlapping. */
const SLACK = 3;

/** What is wrong with the open dialog's texts: one outside its panel, two that overlap. */
async function problems(page: Page): Promise<string[]> {
  const panel = (await snap(page)).dialog?.panel;
  if (!panel) return ['no dialog panel'];
  const boxes = await readable(page);
  const out: string[] = [];
  const name = (b: ReadableText) => JSON.stringify(b.text.slice(0, 40));
  boxes.forEach((a, i) => {
    if (
      a.x < panel.x - SLACK ||
      a.y < panel.y - SLACK ||
      a.x + a.width > panel.x + panel.width + SLACK ||
      a.y + a.height > panel.y + panel.height + SLACK
    )
      out.push(`${name(a)} leaves the panel`);
    for (const b of boxes.slice(i + 1)) {
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > SLACK && h > SLACK) out.push(`${name(a)} overlaps ${name(b)}`);
    }
    if (a.text.trim() === '…') out.push('a line cut to "…"');
  });
  return out;
}

/** The first line of the preview's body as it shows now (under the dialog's title). */
async function topLine(page: Page): Promise<string> {
  const [, first] = await readable(page);
  return first?.text ?? '';
}

/**
 * Scrolls the open preview with `step` until its "▼ More" line is gone, checking every view on
 * the way; returns every text seen.
 */
async function readToTheEnd(
  page: Page,
  more: string,
  step: () => Promise<void>,
  found: string[],
): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let guard = 0; guard < 40; guard++) {
    for (const p of await problems(page)) found.push(p);
    const texts = (await readable(page)).map((t) => t.text);
    for (const t of texts) seen.add(t);
    if (!texts.includes(more)) return seen;
    const before = await topLine(page);
    await step();
    expect(await topLine(page), 'a scroll moved the preview').not.toBe(before);
  }
  throw new Error('the preview never reached its end');
}

/** What the long card's preview must show, once read to the end. */
function expectWhole(seen: Set<string>, headings: { risk: string; mixed: string; gain: string }) {
  const all = [...seen].join('\n');
  for (let i = 1; i <= SENTENCES; i++)
    expect(all, `sentence ${i}`).toMatch(new RegExp(`\\(${i}\\)\\s`));
  for (const kind of ['risk', 'mixed', 'gain'] as const) {
    expect(seen, `the ${kind} heading`).toContain(headings[kind].toUpperCase());
    // A chance's line may wrap: its last words are there.
    expect(all, `the ${kind} chance`).toContain(CHANCES[kind].split(' ').slice(-3).join(' '));
  }
  // Risks first, then either way, then gains.
  const order = [...seen];
  const at = (kind: 'risk' | 'mixed' | 'gain') => order.indexOf(headings[kind].toUpperCase());
  expect(at('risk')).toBeLessThan(at('mixed'));
  expect(at('mixed')).toBeLessThan(at('gain'));
}

/** The middle of a text on screen (the last one matching), in page pixels, for the mouse. */
async function pointAt(page: Page, match: string): Promise<{ x: number; y: number }> {
  const box = await page.locator('canvas').boundingBox();
  const at = await page.evaluate((m) => {
    const t = window
      .bamboo!.texts()
      .filter((s) => s.text === m)
      .at(-1);
    return t ? window.bamboo!.toScreen(t.x + t.width / 2, t.y + t.height / 2) : null;
  }, match);
  if (!box || !at) throw new Error(`no text "${match}" on screen`);
  return { x: box.x + at.x, y: box.y + at.y };
}

/** The texts of the board under any dialog: a card face's tag among them. */
async function boardTexts(page: Page): Promise<string[]> {
  return (await page.evaluate(() => window.bamboo!.screenTexts()))
    .filter((t) => !t.modal)
    .map((t) => t.text);
}

describe('on a laptop, in English, with keyboard and mouse', () => {
  it('the focus follows the mouse; a long preview scrolls whole; the played card says when', {
    timeout: 600_000,
  }, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = collectErrors(page);
    const found: string[] = [];
    await page.goto(`${inject('baseUrl')}?renderer=canvas&lang=en`);
    await waitForScene(page, 'Title');
    await page.setInputFiles('#scenario-file', scenarioFile);
    await waitDialog(page, 'new-game');
    await clickDialogButton(page, 0);
    await waitForScene(page, 'Game');
    // A first game opens with the guided month: a player who knows skips it.
    await waitDialog(page, 'guide');
    await page.keyboard.press('Escape');
    await waitDialog(page, 'event');

    // An event: the first choice has the focus; the mouse over the second takes it there, so
    // Enter opens the second's preview, not the first's.
    const s = await settledSnapshot(page);
    const second = s.dialog?.buttons[1];
    if (!second) throw new Error('an event with one choice');
    const at = await page.evaluate(
      ([x, y]) => window.bamboo!.toScreen(x as number, y as number),
      [second.x + second.width / 2, second.y + second.height / 2],
    );
    const box = await page.locator('canvas').boundingBox();
    await page.mouse.move((box?.x ?? 0) + at.x, (box?.y ?? 0) + at.y);
    await settle(page, 3);
    await page.keyboard.press('Enter');
    await waitDialog(page, 'preview');
    expect((await readable(page))[0]?.text).toBe('Go public with the rammings');
    await page.keyboard.press('Escape');
    await waitDialog(page, 'event');
    await page.mouse.move(5, 5);
    // Every waiting event answered with its first choice.
    for (let guard = 0; guard < 8; guard++) {
      const now = await settledSnapshot(page);
      if (now.phase !== 'event') break;
      if (now.dialog?.kind !== 'event') {
        await waitDialog(page, 'event');
        continue;
      }
      await page.keyboard.press('1');
      await waitDialog(page, 'preview');
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => window.bamboo!.snapshot().decisions > n, now.decisions);
    }
    await waitDialog(page, null);

    // The cards: A takes the focus to the first card (the long one); the mouse over another
    // takes it there, and Enter opens that one.
    await page.keyboard.press('a');
    await settle(page, 2);
    const other = 'Stop the riots';
    const over = await pointAt(page, other);
    await page.mouse.move(over.x, over.y);
    await settle(page, 3);
    await page.keyboard.press('Enter');
    await waitDialog(page, 'preview');
    expect((await readable(page))[0]?.text).toBe(other);
    await page.keyboard.press('Escape');
    await waitDialog(page, null);

    // The long card: its preview is taller than the screen, and scrolls.
    const card = await pointAt(page, CARD);
    await page.mouse.move(card.x, card.y);
    await settle(page, 3);
    await page.keyboard.press('Enter');
    await waitDialog(page, 'preview');
    await settle(page, 3);
    await shot(page, 'card-area-laptop-en-top.png');
    const more = EN.game.preview.more;
    expect((await readable(page)).map((t) => t.text)).toContain(more);
    // The arrow keys scroll a line (the focus stays on Confirm), Page Down a box at a time.
    const first = await topLine(page);
    await page.keyboard.press('ArrowDown');
    await settle(page, 2);
    expect(await topLine(page)).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    await settle(page, 2);
    expect(await topLine(page)).toBe(first);
    const seen = await readToTheEnd(
      page,
      more,
      async () => {
        await page.keyboard.press('PageDown');
        await settle(page, 2);
      },
      found,
    );
    await shot(page, 'card-area-laptop-en-end.png');
    expectWhole(seen, EN.game.preview.chances);
    // The wheel over the preview scrolls it too.
    await page.keyboard.press('Home');
    await settle(page, 2);
    expect(await topLine(page)).toBe(first);
    await page.mouse.move(640, 300);
    await page.mouse.wheel(0, 240);
    await settle(page, 3);
    expect(await topLine(page)).not.toBe(first);

    // Enter still confirms: the card is played and says when.
    const before = (await snap(page)).decisions;
    await page.mouse.move(5, 5);
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => window.bamboo!.snapshot().decisions > n, before);
    await waitDialog(page, null);
    await settle(page, 3);
    expect(await boardTexts(page)).toContain('done in fortnight 1');
    // The next fortnight it rests, and says for how long.
    await playMonths(page, 1);
    await settle(page, 3);
    // Its price gives way: the face has no room for it beside when and how long.
    expect(await boardTexts(page)).toContain('done in fortnight 1 · rests 2');
    await shot(page, 'card-area-laptop-en-played.png');

    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** Ends the turn by taps and answers what it brings (the review, the new turn's events). */
async function endTurnByTaps(page: Page): Promise<void> {
  const turn = (await snap(page)).turn;
  await tapText(page, (t) => !t.modal && t.text === 'Kết thúc nửa tháng', 'the end button');
  for (let guard = 0; guard < 20; guard++) {
    const s = await settledSnapshot(page);
    if (s.turn !== turn && !s.dialog && s.phase !== 'event') return;
    if (s.dialog?.kind === 'event') await answerEventsByTaps(page);
    else if (s.dialog) await tapDialogButton(page, 0);
    else await settle(page, 3);
  }
  throw new Error('the turn did not end');
}

describe('on a phone (390×844, touch), in Vietnamese', () => {
  it('a long preview scrolls whole under a finger, and the played card says when', {
    timeout: 600_000,
  }, async () => {
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      hasTouch: true,
      isMobile: true,
    });
    const errors = collectErrors(page);
    const found: string[] = [];
    await page.goto(`${inject('baseUrl')}?renderer=canvas&lang=vi`);
    await waitForScene(page, 'Title');
    await page.setInputFiles('#scenario-file', scenarioFile);
    await waitDialog(page, 'new-game');
    // The new-game dialog is taller than a phone: its Start is scrolled to, then tapped.
    await tapLabel(page, VI_WORDS.start);
    await waitForScene(page, 'Game', 180_000);
    await waitDialog(page, 'guide');
    await tapDialogButton(page, ((await snap(page)).dialog?.buttons.length ?? 1) - 1);
    await answerEventsByTaps(page);

    await tapText(page, (t) => !t.modal && t.text === CARD, 'the long card');
    await waitDialog(page, 'preview');
    await settle(page, 3);
    await shot(page, 'card-area-phone-vi-top.png');
    const more = VI_WORDS.more;
    expect((await readable(page)).map((t) => t.text)).toContain(more);

    // A finger drags the preview up: a touch that starts in it and moves, as a phone sends it.
    const cdp = await page.context().newCDPSession(page);
    const canvas = await page.locator('canvas').boundingBox();
    const panel = (await snap(page)).dialog?.panel;
    if (!canvas || !panel) throw new Error('no canvas or panel');
    const from = await page.evaluate(
      ([x, y]) => window.bamboo!.toScreen(x as number, y as number),
      [panel.x + panel.width / 2, panel.y + panel.height / 2],
    );
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', dy: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd' ? [] : [{ x: canvas.x + from.x, y: canvas.y + from.y - dy }],
      });
    const drag = async () => {
      await touch('touchStart', 0);
      for (let dy = 20; dy <= 200; dy += 20) await touch('touchMove', dy);
      await touch('touchEnd', 200);
      await settle(page, 3);
    };
    const decisions = (await snap(page)).decisions;
    const seen = await readToTheEnd(page, more, drag, found);
    await shot(page, 'card-area-phone-vi-end.png');
    expectWhole(seen, VI_WORDS.chances);
    // Dragging decided nothing.
    expect((await snap(page)).decisions).toBe(decisions);
    expect((await snap(page)).dialog?.kind).toBe('preview');

    await tapDialogButton(page, 0);
    await page.waitForFunction((n) => window.bamboo!.snapshot().decisions > n, decisions);
    await waitDialog(page, null);
    await settle(page, 3);
    expect(await boardTexts(page)).toContain('đã làm nửa tháng 1');
    await shot(page, 'card-area-phone-vi-played.png');
    // The next fortnight the card rests: a phone's face has room for how long, not for when
    // too; its preview, a tap away, says both first, above its long description.
    await endTurnByTaps(page);
    expect(await boardTexts(page)).toContain('nghỉ 2');
    await tapText(page, (t) => !t.modal && t.text === CARD, 'the resting card');
    await waitDialog(page, 'preview');
    await settle(page, 3);
    expect((await readable(page))[1]?.text.replace(/\s+/g, ' ')).toMatch(
      /^Chưa thể thực hiện: Đã dùng vào nửa tháng 1, phải chờ thêm 2 lượt/,
    );
    await shot(page, 'card-area-phone-vi-resting.png');
    await tapDialogButton(page, 1);
    await waitDialog(page, null);

    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
