/**
 * Touch helpers for the phone and tablet browser tests: taps on texts, dialog buttons and
 * points of the canvas, and waits on what the game reports (its snapshot, its open dialog).
 */
import type { Page } from 'playwright-core';
import type { ScreenText, Snapshot } from '../../src/ui/test-handle';
import { settle, settledSnapshot } from './chromium';

export const snap = (page: Page): Promise<Snapshot> =>
  page.evaluate(() => window.bamboo!.snapshot());

export const texts = (page: Page): Promise<ScreenText[]> =>
  page.evaluate(() => window.bamboo!.screenTexts());

/** Taps a point given in CSS pixels from the canvas's top-left corner. */
export async function tap(page: Page, x: number, y: number): Promise<void> {
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.touchscreen.tap(box.x + x, box.y + y);
  await settle(page, 3);
}

/** Taps a text near its start (a long label's middle may lie beyond its button). */
export const tapOn = (page: Page, t: ScreenText) =>
  tap(page, t.x + Math.min(t.width / 2, 20), t.y + t.height / 2);

/** Taps the last text on screen the match finds (a dialog's, drawn above the screen). */
export async function tapText(
  page: Page,
  match: (t: ScreenText) => boolean,
  what: string,
): Promise<void> {
  const found = (await texts(page)).filter(match).at(-1);
  if (!found) throw new Error(`no text on screen for ${what}`);
  await tapOn(page, found);
}

/** Taps button `index` of the dialog the top scene reports. */
export async function tapDialogButton(page: Page, index: number): Promise<void> {
  const s = await snap(page);
  const b = s.dialog?.buttons[index];
  if (!b) throw new Error(`no button ${index} in ${JSON.stringify(s.dialog)}`);
  const at = await page.evaluate(
    ([x, y]) => window.bamboo!.toScreen(x as number, y as number),
    [b.x + b.width / 2, b.y + b.height / 2],
  );
  await tap(page, at.x, at.y);
}

/**
 * Waits until `body`, an expression over the snapshot `s` and `arg`, is true. A hang guard,
 * not a speed check: a shared machine drawing in software may take long over a frame.
 */
export async function waitFor(page: Page, body: string, arg: unknown): Promise<void> {
  await page.waitForFunction(
    ({ body, arg }) => new Function('s', 'arg', `return ${body};`)(window.bamboo!.snapshot(), arg),
    { body, arg },
    { timeout: 120_000, polling: 50 },
  );
}

/** Waits until the open dialog is of `kind` (null: none open). */
export const waitDialog = (page: Page, kind: string | null) =>
  waitFor(page, '(s.dialog ? s.dialog.kind : null) === arg', kind);

/**
 * Scrolls a phone's page down (the wheel, as a finger's drag does) until a text the match finds
 * shows whole on the canvas; a page that does not scroll is left as it is.
 */
export async function scrollUntil(page: Page, match: (t: ScreenText) => boolean): Promise<void> {
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  for (let i = 0; i < 12; i++) {
    const found = (await texts(page)).find(match);
    if (found && found.y + found.height <= box.height) return;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, box.height / 2);
    await settle(page, 3);
  }
}

/** A button by its label (with its key hint once a key was pressed: "Back  [Esc]"). */
export async function tapLabel(page: Page, label: string): Promise<void> {
  const match = (t: ScreenText) => t.text === label || t.text.startsWith(`${label}  [`);
  await scrollUntil(page, match);
  await tapText(page, match, label);
}

/** Taps choice `index` of the open event and confirms it in its preview. */
export async function answerByTaps(page: Page, s: Snapshot, index: number): Promise<void> {
  await tapDialogButton(page, index);
  await waitDialog(page, 'preview');
  await tapDialogButton(page, 0);
  await waitFor(page, 's.decisions > arg', s.decisions);
}

/**
 * Answers, by taps, every event the month is waiting on (its first choice that can be taken,
 * confirmed in its preview), until the board is clear: a month may open with more than one.
 */
export async function answerEventsByTaps(page: Page): Promise<void> {
  for (let guard = 0; guard < 8; guard++) {
    const s = await settledSnapshot(page);
    if (s.phase !== 'event') break;
    if (s.dialog?.kind !== 'event') {
      await waitDialog(page, 'event');
      continue;
    }
    await answerByTaps(
      page,
      s,
      Math.max(
        0,
        s.dialog.buttons.findIndex((b) => b.enabled),
      ),
    );
  }
  await waitDialog(page, null);
}

/**
 * Plays the game screen on by taps until the game is over, as a hurried player would: each
 * event gets its first choice that can be taken (confirmed in its preview), no card is played,
 * every month is ended (capital left unspent) and every other dialog closed with its first button.
 */
export async function playToTheEndByTaps(page: Page, endMonth: string): Promise<void> {
  for (let guard = 0; guard < 300; guard++) {
    const s = await settledSnapshot(page);
    if (s.over) return;
    if (s.phase === 'event') {
      if (s.dialog?.kind !== 'event') {
        if (s.dialog) await tapDialogButton(page, 0);
        else await waitDialog(page, 'event');
        continue;
      }
      await answerByTaps(
        page,
        s,
        Math.max(
          0,
          s.dialog.buttons.findIndex((b) => b.enabled),
        ),
      );
      continue;
    }
    if (s.dialog) {
      await tapDialogButton(page, 0);
      await waitFor(page, '!s.dialog || s.dialog.kind !== arg', s.dialog.kind);
      continue;
    }
    await tapText(page, (t) => t.text === endMonth, 'the end-month button');
    // Capital left that could buy a card: asked once whether to end anyway (the loop's
    // dialog step answers it with its first button, End).
    await waitFor(page, 's.turn !== arg || s.over || s.dialog?.kind === "unspent"', s.turn);
  }
  throw new Error('the game did not end');
}
