/**
 * The same decisions give the same states in the browser as in Node: games played here by the
 * bots, and every golden replay of a shipped scenario, are replayed by the production build in
 * Chromium and must reach the same checkpoint and final hashes.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadScenarioFile, scenarioFiles } from '../../src/cli/scenarios';
import { POLICIES, playGame, type Replay, replayOf } from '../../src/engine';
import { GOLDEN_GAMES } from '../golden/games';
import { collectErrors, launchChromium, waitForScene } from './chromium';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  errors = collectErrors(page);
  await page.goto(`${inject('baseUrl')}?renderer=canvas`);
  await waitForScene(page, 'Title');
});

afterAll(async () => {
  await browser?.close();
});

function nodeGames(): { name: string; replay: Replay }[] {
  const games: { name: string; replay: Replay }[] = [];
  for (const file of scenarioFiles()) {
    const loaded = loadScenarioFile(file);
    if (!loaded.ok) throw new Error(`${file} does not load`);
    for (const policy of ['random', 'bamboo', 'historical']) {
      const bot = POLICIES[policy];
      if (!bot) continue;
      for (const seed of ['det-1', 'det-2']) {
        const played = playGame(loaded.compiled, seed, bot);
        games.push({
          name: `${loaded.scenario.id}/${policy}/${seed}`,
          replay: replayOf(loaded.compiled, seed, played, policy),
        });
      }
    }
  }
  return games;
}

describe('determinism across runtimes', () => {
  it('replays bot games played in Node to the same hashes in Chromium', async () => {
    const games = nodeGames();
    expect(games.length).toBeGreaterThan(0);
    for (const { name, replay } of games) {
      const result = await page.evaluate((r) => window.bamboo?.verify(r), replay);
      expect(result, name).toEqual({
        ok: true,
        stateHash: replay.final?.stateHash,
        checkpoints: replay.checkpoints,
      });
    }
    expect(errors).toEqual([]);
  });

  it('replays the golden replays of shipped scenarios to their pinned hashes', async () => {
    const shipped = GOLDEN_GAMES.filter((g) => g.scenario.startsWith('scenarios/'));
    for (const game of shipped) {
      const path = new URL(`../golden/${game.file}`, import.meta.url);
      if (!existsSync(path))
        throw new Error(`missing golden replay ${game.file}: run npm run golden:update`);
      const replay = JSON.parse(readFileSync(path, 'utf8')) as Replay;
      const result = await page.evaluate((r) => window.bamboo?.verify(r), replay);
      expect(result, game.file).toEqual({
        ok: true,
        stateHash: replay.final?.stateHash,
        checkpoints: replay.checkpoints,
      });
    }
  });
});
