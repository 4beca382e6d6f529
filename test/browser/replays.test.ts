/**
 * Replays in the browser: download the game's replay, load it back, step through it in the
 * viewer, play on from a month and compare the two endings, refuse a tampered file without
 * losing anything, and open share and class links.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { POLICIES, playGame, type Replay, replayOf } from '../../src/engine';
import { loadScenarioText } from '../../src/scenario/load';
import { encodeReplayForUrl, newClassCode } from '../../src/share';
import { launchChromium, settle, waitForScene } from './chromium';
import {
  announced,
  clickDialogButton,
  openPage,
  playMonths,
  press,
  saved,
  shot,
  snap,
} from './replay-pages';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const loaded = loadScenarioText(readFileSync(join(ROOT, 'scenarios/2023.json'), 'utf8'), '2023');
if (!loaded.ok) throw new Error('scenario 2023 does not load');
const cs = loaded.compiled;

let browser: Browser;
let dir: string;
let finished: Replay;
let finishedFile: string;
let tamperedFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bamboo-replays-'));
  // A whole year: the hedging bot survives to December, where the viewer plays on.
  const bamboo = POLICIES.bamboo;
  if (!bamboo) throw new Error('no bamboo policy');
  finished = {
    ...replayOf(cs, 'viewer', playGame(cs, 'viewer', bamboo), 'bamboo'),
    player: 'Nguyễn Văn An',
  };
  finishedFile = join(dir, 'finished.json');
  writeFileSync(finishedFile, JSON.stringify(finished));
  tamperedFile = join(dir, 'tampered.json');
  const actions = finished.actions.map((a, i) =>
    i === 3 ? { type: 'play', action: 'no-such-card' } : a,
  );
  writeFileSync(tamperedFile, JSON.stringify({ ...finished, actions }));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('replays', () => {
  test('the game downloads its replay; the viewer loads it back and steps through it', async () => {
    const { page, errors } = await openPage(browser, '&scenario=2023&seed=abc');
    await waitForScene(page, 'Game');
    await playMonths(page, 2);
    const played = await snap(page);
    await press(page, 'm');
    await page.waitForFunction(() => window.bamboo?.snapshot().dialog?.kind === 'menu');
    await shot(page, 'game-menu-replay.png');
    const download = page.waitForEvent('download');
    await clickDialogButton(page, 2);
    const file = await download;
    expect(file.suggestedFilename()).toBe('bamboo-2023-abc.json');
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    const replay = JSON.parse(readFileSync(path, 'utf8')) as Replay;
    expect(replay.seed).toBe('abc');
    expect(replay.actions.length).toBe(played.decisions);

    await clickDialogButton(page, 0);
    await waitForScene(page, 'Title');
    const save = await saved(page);
    await page.setInputFiles('#replay-file', path);
    await waitForScene(page, 'ReplayViewer');
    await page.waitForFunction(() => (window.bamboo?.snapshot().viewer?.total ?? 0) > 0);
    let v = (await snap(page)).viewer;
    expect(v).toMatchObject({ step: 0, total: played.decisions, turn: 0, decision: null });
    await shot(page, 'viewer-opening.png');
    await press(page, ']', ']', ']');
    v = (await snap(page)).viewer;
    expect(v?.step).toBe(3);
    expect(v?.decision).toBeTruthy();
    await press(page, '[');
    expect((await snap(page)).viewer?.step).toBe(2);
    await press(page, 'Home', 'PageDown');
    v = (await snap(page)).viewer;
    expect(v?.turn).toBe(1);
    expect(v?.decision).toMatch(/^End of January 2023/);
    expect(v?.changes).toBeGreaterThan(0);
    await settle(page);
    await shot(page, 'viewer-month.png');
    await press(page, 'End');
    expect((await snap(page)).viewer?.step).toBe(played.decisions);
    await press(page, 'Home');
    expect((await snap(page)).viewer?.step).toBe(0);
    // Looking at a replay never touches the player's own game.
    expect(await saved(page)).toBe(save);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('play on from a month, then the two endings side by side', async () => {
    const { page, errors } = await openPage(browser);
    await waitForScene(page, 'Title');
    await page.setInputFiles('#replay-file', finishedFile);
    await waitForScene(page, 'ReplayViewer');
    await press(page, 'End', 'PageUp');
    const at = (await snap(page)).viewer;
    expect(at?.turn).toBe(11);
    expect(at?.canPlayOn).toBe(true);
    await shot(page, 'viewer-december.png');
    await press(page, 'p');
    await waitForScene(page, 'Game');
    const branch = await snap(page);
    expect(branch.seed).toBe('viewer');
    expect(branch.player).toBe('Nguyễn Văn An');
    expect(branch.decisions).toBe(at?.step);
    // A different December: answer every event with its first choice and play no card.
    const end = await playMonths(page, 1);
    expect(end.over).toBe(true);
    await page.waitForFunction(() => window.bamboo?.snapshot().dialog?.kind === 'end');
    // The branch's end banner offers the comparison itself: debrief, compare, look at the board.
    expect((await snap(page)).dialog?.buttons).toHaveLength(3);
    await shot(page, 'end-banner-branch.png');
    await press(page, 'k');
    await waitForScene(page, 'Compare');
    await page.waitForFunction(() => window.bamboo?.snapshot().compare);
    expect((await snap(page)).compare?.shared).toBe(at?.step);
    // Back to the finished game, where E opens the Debrief: it offers the comparison too.
    await press(page, 'Escape');
    await waitForScene(page, 'Game');
    await press(page, 'e');
    await waitForScene(page, 'Debrief');
    await settle(page);
    await shot(page, 'debrief-with-replay-actions.png');
    await press(page, 'k');
    await waitForScene(page, 'Compare');
    await page.waitForFunction(() => window.bamboo?.snapshot().compare);
    await settle(page);
    const c = (await snap(page)).compare;
    expect(c?.shared).toBe(at?.step);
    expect(c?.original.outcome).toBeTruthy();
    expect(c?.branch.outcome).toBeTruthy();
    expect(c?.rows).toBe(12);
    await shot(page, 'compare.png');
    await press(page, 'v');
    await waitForScene(page, 'ReplayViewer');
    expect((await snap(page)).viewer?.comparable).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a tampered replay is refused with the check that failed, and nothing is lost', async () => {
    const { page, errors } = await openPage(browser, '&scenario=2023&seed=keep-me');
    await waitForScene(page, 'Game');
    // The link left the address: a reload comes back to the title with the game saved.
    await page.reload();
    await waitForScene(page, 'Title');
    const save = await saved(page);
    expect(save).toContain('keep-me');
    await page.setInputFiles('#replay-file', finishedFile);
    await waitForScene(page, 'ReplayViewer');
    await press(page, ']', ']');
    const before = await snap(page);
    await page.setInputFiles('#viewer-file', tamperedFile);
    await page.waitForFunction(() =>
      document.getElementById('bamboo-status')?.textContent?.includes('refused'),
    );
    expect(await announced(page)).toMatch(/not allowed by the rules/);
    expect(await announced(page)).toMatch(/decision 4 .* is illegal/);
    await settle(page);
    await shot(page, 'viewer-refused.png');
    expect(await snap(page)).toEqual(before);
    expect(await saved(page)).toBe(save);
    await press(page, 'Escape');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('links', () => {
  test('a #replay= link opens in the viewer; Share shows the links', async () => {
    const { page, errors } = await openPage(browser, `#replay=${encodeReplayForUrl(finished)}`);
    await waitForScene(page, 'ReplayViewer');
    const v = (await snap(page)).viewer;
    expect(v).toMatchObject({ seed: 'viewer', player: 'Nguyễn Văn An', source: 'the shared link' });
    expect(v?.total).toBe(finished.actions.length);
    await press(page, 's');
    await settle(page);
    await shot(page, 'viewer-share.png');
    await press(page, 'Escape');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('?scenario=2023&seed=abc starts that game', async () => {
    const { page, errors } = await openPage(browser, '&scenario=2023&seed=abc');
    await waitForScene(page, 'Game');
    const s = await snap(page);
    expect([s.scenario, s.seed]).toEqual(['2023', 'abc']);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a class link asks for the name, and the replay is named after the student', async () => {
    const code = newClassCode('2023', (b) => b.fill(3));
    const { page, errors } = await openPage(browser, `&scenario=2023&seed=${code}&class=1`);
    await waitForScene(page, 'Title');
    await settle(page);
    await shot(page, 'class-link-welcome.png');
    // The name is what a class link asks for: its field has the focus, the student types at once.
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('aria-label') === 'Your name',
    );
    // Committed as a Vietnamese IME commits a composed word: text arrives with no key presses.
    await page.keyboard.insertText('Nguyễn Văn An');
    await shot(page, 'class-link-name-typed.png');
    await press(page, 'Enter', 'Enter');
    await waitForScene(page, 'Game');
    const s = await snap(page);
    expect([s.scenario, s.seed, s.player]).toEqual(['2023', code, 'Nguyễn Văn An']);
    expect(await page.evaluate(() => window.bamboo?.replay()?.player)).toBe('Nguyễn Văn An');
    // January opens with an event: Escape sets it aside, then the menu opens.
    await press(page, 'Escape', 'm');
    await page.waitForFunction(() => window.bamboo?.snapshot().dialog?.kind === 'menu');
    const download = page.waitForEvent('download');
    await clickDialogButton(page, 2);
    expect((await download).suggestedFilename()).toBe(`bamboo-2023-${code}-Nguyen-Van-An.json`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
