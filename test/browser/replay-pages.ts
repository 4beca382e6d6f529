/** Helpers for the replay and classroom browser tests: pages, keys, clicks and files. */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import type { Snapshot } from '../../src/ui/test-handle';
import { collectErrors, settle, settledSnapshot } from './chromium';

export const SHOTS = new URL('../../screenshots/', import.meta.url);
mkdirSync(SHOTS, { recursive: true });

export const shot = (page: Page, name: string) =>
  page.screenshot({ path: new URL(name, SHOTS).pathname });

export async function openPage(
  browser: Browser,
  query = '',
  viewport = { width: 1280, height: 720 },
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1, acceptDownloads: true });
  const errors = collectErrors(page);
  // A name like <img src=x onerror=alert(1)> must never run: any dialog is an error.
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`${inject('baseUrl')}?renderer=canvas${query}`);
  return { page, errors };
}

export async function press(page: Page, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    await page.keyboard.press(key);
    await settle(page);
  }
}

/** Clicks a point given in game coordinates (1280×720), wherever the canvas is scaled to. */
export async function clickGame(page: Page, x: number, y: number): Promise<void> {
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.click(box.x + (x / 1280) * box.width, box.y + (y / 720) * box.height);
  await settle(page);
}

export const snap = (page: Page): Promise<Snapshot> =>
  page.evaluate(() => (window.bamboo as NonNullable<typeof window.bamboo>).snapshot());

export const saved = (page: Page): Promise<string | null> =>
  page.evaluate(() => localStorage.getItem('bamboo-diplomacy.save'));

export const announced = (page: Page): Promise<string> =>
  page.evaluate(() => document.getElementById('bamboo-status')?.textContent ?? '');

/** Clicks button `index` of the dialog the game screen reports. */
export async function clickDialogButton(page: Page, index: number): Promise<void> {
  const s = await snap(page);
  const b = s.dialog?.buttons[index];
  if (!b) throw new Error(`no button ${index} in ${JSON.stringify(s.dialog)}`);
  await clickGame(page, b.x + b.width / 2, b.y + b.height / 2);
}

/**
 * Plays the game screen on by the keyboard until the game ends or `months` more months have
 * passed: each event gets its first choice that can be taken (confirmed in its preview), then the month ends.
 */
export async function playMonths(page: Page, months: number): Promise<Snapshot> {
  const start = (await snap(page)).turn ?? 0;
  for (let guard = 0; guard < 200; guard++) {
    const s = await settledSnapshot(page);
    const kind = s.dialog?.kind ?? null;
    if (s.over || ((s.turn ?? 0) >= start + months && kind === null && s.phase !== 'event'))
      return s;
    if (kind === 'review' || kind === 'unspent') {
      // The month review goes on; capital left unspent is left so ("end the month anyway").
      await press(page, 'Enter');
      await settle(page);
    } else if (kind === 'guide') {
      // A new game from the title opens the guided first month; a player who knows skips it.
      await press(page, 'Escape');
      await settle(page);
    } else if (s.phase === 'event') {
      if (kind === 'event') {
        // The first choice the player can take now (a greyed-out one opens only its reason).
        const open = (s.dialog?.buttons ?? []).findIndex((b) => b.enabled);
        await press(page, String(Math.max(0, open) + 1));
        await page.waitForFunction(() => window.bamboo?.snapshot().dialog?.kind === 'preview');
        await press(page, 'Enter');
        await page.waitForFunction(
          (n) => (window.bamboo?.snapshot().decisions ?? 0) > n,
          s.decisions,
        );
      }
      await settle(page);
    } else if (kind) {
      await settle(page);
    } else {
      await press(page, 'e');
      await page.waitForFunction(
        (n) =>
          (window.bamboo?.snapshot().decisions ?? 0) > n ||
          window.bamboo?.snapshot().dialog?.kind === 'unspent',
        s.decisions,
      );
      await settle(page);
    }
  }
  throw new Error('the game did not move on');
}
