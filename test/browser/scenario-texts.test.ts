/**
 * A scenario's translated texts on the game screen: a Vietnamese link plays the 2023 campaign
 * in Vietnamese words, and the game is the very same one (same scenario hash in its replay),
 * so a class mixing both languages verifies against one class code.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { formatProblem, loadScenarioText } from '../../src/scenario/load';
import { collectErrors, launchChromium, waitForScene } from './chromium';

const loaded = loadScenarioText(readFileSync('scenarios/2023.json', 'utf8'), '2023.json');
if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
const HASH = loaded.compiled.hash;
const vi = JSON.parse(readFileSync('scenarios/texts/2023.vi.json', 'utf8')) as {
  texts: Record<string, string>;
};

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const words = async (page: Page) =>
  (await page.evaluate(() => window.bamboo?.texts() ?? [])).map((t) => t.text);

async function waitForWords(page: Page, text: string) {
  await page.waitForFunction(
    (wanted) => window.bamboo?.texts().some((t) => t.text.includes(wanted)) ?? false,
    text,
    { timeout: 60_000, polling: 'raf' },
  );
}

async function play(lang: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors = collectErrors(page);
  await page.goto(`${inject('baseUrl')}?renderer=canvas&scenario=2023&seed=texts&lang=${lang}`);
  await waitForScene(page, 'Game');
  return { page, errors };
}

describe('scenario texts in the player’s language', () => {
  test('a Vietnamese link shows the campaign in Vietnamese, and plays the same game', async () => {
    const card = vi.texts['actions.envoy-beijing.title'] as string;
    const { page, errors } = await play('vi');
    await waitForWords(page, card);
    const shown = await words(page);
    expect(shown).not.toContain('Send a Party envoy to Beijing');
    expect(shown).toContain(card);
    const replay = await page.evaluate(() => window.bamboo?.replay());
    expect(replay?.scenario).toEqual({ id: '2023', hash: HASH });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('an English link keeps the words as written, with the same scenario hash', async () => {
    const { page, errors } = await play('en');
    await waitForWords(page, 'Send a Party envoy to Beijing');
    expect(await words(page)).not.toContain(vi.texts['actions.envoy-beijing.title']);
    const replay = await page.evaluate(() => window.bamboo?.replay());
    expect(replay?.scenario).toEqual({ id: '2023', hash: HASH });
    expect(errors).toEqual([]);
    await page.close();
  });
});
