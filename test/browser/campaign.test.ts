/**
 * The whole 2023 campaign on the game screen: once with the keyboard alone, once with the mouse
 * alone (at 1024×600, so clicks go through the FIT scaler). The final replay, run again by the
 * command line, must reach the same state hash; the page must report no error at any point.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CARD_HEIGHT, LAYOUT } from '../../src/ui/game/layout';
import type { Snapshot } from '../../src/ui/test-handle';
import { collectErrors, launchChromium, settle, settledSnapshot, waitForScene } from './chromium';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHOTS = new URL('../../screenshots/', import.meta.url);
const SEED = 'campaign-test';
const PLAYS_PER_MONTH = 2;

interface ScenarioFile {
  actions: { id: string; title: string }[];
  events: { id: string; choices?: { id: string }[] }[];
  randomEvents?: { events: { id: string; choices?: { id: string }[] }[] };
}
const scenario = JSON.parse(
  readFileSync(join(ROOT, 'scenarios/2023.json'), 'utf8'),
) as ScenarioFile;
const EVENTS = [...scenario.events, ...(scenario.randomEvents?.events ?? [])];
/** The answer Hà Nội gave in 2023, where the event happened then. */
const HISTORICAL = new Map(
  EVENTS.flatMap((e) => {
    const c = (e.choices ?? []).find((c) => (c as { historical?: boolean }).historical);
    return c ? [[e.id, c.id] as const] : [];
  }),
);
const CHOICES = new Map(EVENTS.map((e) => [e.id, (e.choices ?? []).map((c) => c.id)]));

const CARD_TITLES = new Map(scenario.actions.map((a) => [a.id, a.title]));

let browser: Browser;
/** The page's errors so far, quoted when a wait times out. */
let pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const snap = (page: Page): Promise<Snapshot> => page.evaluate(() => window.bamboo!.snapshot());
const shot = (page: Page, name: string) => page.screenshot({ path: new URL(name, SHOTS).pathname });

async function waitFor(page: Page, test: string, arg: unknown): Promise<void> {
  // `test` is the body of a predicate over the snapshot `s` and `arg`.
  try {
    await page.waitForFunction(
      ({ body, arg }) =>
        new Function('s', 'arg', `return ${body};`)(window.bamboo!.snapshot(), arg),
      { body: test, arg },
      { timeout: 60_000, polling: 30 },
    );
  } catch (error) {
    const s = await snap(page);
    await shot(page, 'campaign-failure.png');
    const seen = {
      turn: s.turn,
      phase: s.phase,
      pending: s.pending,
      dialog: s.dialog?.kind,
      errors: pageErrors,
    };
    throw new Error(`waited for ${test} (${JSON.stringify(arg)}); saw ${JSON.stringify(seen)}`, {
      cause: error,
    });
  }
}

const waitDialog = (page: Page, kind: string | null) =>
  waitFor(page, '(s.dialog ? s.dialog.kind : null) === arg', kind);
const waitDecision = (page: Page, after: number) => waitFor(page, 's.decisions > arg', after);

/** The choice this test picks: a different legal one from month to month. */
function pickChoice(s: Snapshot): { event: string; choice: string; index: number } {
  const event = s.pending[0] as string;
  const legal = s.legal
    .map((a) => JSON.parse(a) as { type: string; event?: string; choice?: string })
    .filter((a) => a.type === 'choose' && a.event === event)
    .map((a) => a.choice as string);
  // History's answer where it is open (the year then lasts to December under rules that bite);
  // otherwise the choices in turn, so that every kind of answer is tapped somewhere.
  const historical = HISTORICAL.get(event);
  const choice = (
    historical && legal.includes(historical) ? historical : legal[(s.turn ?? 0) % legal.length]
  ) as string;
  const index = CHOICES.get(event)?.indexOf(choice) ?? -1;
  expect(index).toBeGreaterThanOrEqual(0);
  return { event, choice, index };
}

/** A card the rules allow now, as the action panel shows it. */
interface PlayableCard {
  /** Its slot on the shown page (left to right, top to bottom), or null when on another page. */
  readonly slot: number | null;
  /** The centre of its title, in game coordinates (when shown). */
  readonly x: number;
  readonly y: number;
}

/** The action panel's card grid, as src/ui/game/action-panel.ts lays it out on this screen. */
const A = LAYOUT.actions;
const CARD_TOP = A.y + 36;
const CARD_STEP = CARD_HEIGHT + 5;
const CARD_WIDTH = (A.width - 20 - 8) / 2;

/**
 * The first card a person would pick: one not greyed out (resting cards, cards not in hand and
 * cards beyond the purse are shown but cannot be played), found by its title on the board.
 */
async function playableCard(page: Page): Promise<PlayableCard> {
  const s = await snap(page);
  const titles = new Set(
    s.legal
      .map((a) => JSON.parse(a) as { type: string; action?: string })
      .filter((a) => a.type === 'play')
      .map((a) => CARD_TITLES.get(a.action as string)),
  );
  // Every shown text, those under a focus tooltip too: the tooltip covers, it does not grey out.
  const texts = await page.evaluate(() => window.bamboo!.texts());
  const cards = texts
    .filter((t) => titles.has(t.text))
    .map((t) => {
      const col = [0, 1].find((c) => Math.abs(t.x - (A.x + 22 + c * (CARD_WIDTH + 8))) < 2);
      const row = (t.y - 2 - CARD_TOP) / CARD_STEP;
      return { col, row, x: t.x + t.width / 2, y: t.y + t.height / 2 };
    })
    // Only a card's own title: the same words in a tooltip or the news sit elsewhere.
    .filter((c) => c.col !== undefined && Math.abs(c.row - Math.round(c.row)) < 0.05)
    .map((c) => ({ slot: Math.round(c.row) * 2 + (c.col as number), x: c.x, y: c.y }))
    .sort((a, b) => a.slot - b.slot);
  return cards[0] ?? { slot: null, x: 0, y: 0 };
}

interface Driver {
  /** Picks choice `index` of the open event dialog. */
  choose(index: number): Promise<void>;
  /** Opens the preview of the first card that can be played now (turning the page if need be). */
  openFirstCard(): Promise<void>;
  /** The topmost dialog's first button: Confirm, Continue or the debrief. */
  confirm(): Promise<void>;
  endMonth(): Promise<void>;
  /** Shows a gauge's causes (hover or focus) for the tooltip screenshot. */
  showTooltip(): Promise<void>;
}

/**
 * Acts on the open dialog and waits until it moves on (another dialog or a decision). The loop
 * acts only on a settled screen, so a key or click that leaves the dialog as it was is a lost
 * input, and fails here by name rather than as a later wait.
 */
async function untilMoved(page: Page, act: () => Promise<void>): Promise<void> {
  const before = await snap(page);
  await settle(page, 2);
  await act();
  await page
    .waitForFunction(
      ({ kind, decisions }) => {
        const s = window.bamboo!.snapshot();
        return (s.dialog?.kind ?? null) !== kind || s.decisions !== decisions;
      },
      { kind: before.dialog?.kind ?? null, decisions: before.decisions },
      { timeout: 30_000, polling: 50 },
    )
    .catch((error: unknown) => {
      throw new Error(`the ${before.dialog?.kind} dialog did not answer its confirm`, {
        cause: error,
      });
    });
}

function keyboard(page: Page): Driver {
  return {
    choose: (index) => page.keyboard.press(String(index + 1)),
    openFirstCard: async () => {
      // A focuses the first card that can be played now, turning to its page.
      await page.keyboard.press('a');
      await page.evaluate(() => window.bamboo!.frames(2));
      const card = await playableCard(page);
      if (card.slot === null) throw new Error('no playable card on the page A turned to');
      await page.keyboard.press('Enter');
    },
    confirm: () => untilMoved(page, () => page.keyboard.press('Enter')),
    endMonth: () => page.keyboard.press('e'),
    showTooltip: async () => {
      await page.keyboard.press('g');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
    },
  };
}

function mouse(page: Page): Driver {
  const click = async (x: number, y: number) => {
    const box = await page.locator('canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.click(box.x + (x * box.width) / 1280, box.y + (y * box.height) / 720);
  };
  const button = async (index: number) => {
    // A dialog reported open may still be placing itself: read its buttons once it has drawn.
    await settle(page, 3);
    const s = await snap(page);
    const b = s.dialog?.buttons[index];
    if (!b) throw new Error(`no button ${index} in ${JSON.stringify(s.dialog)}`);
    await click(b.x + b.width / 2, b.y + b.height / 2);
  };
  return {
    choose: button,
    openFirstCard: async () => {
      let card = await playableCard(page);
      // The panel's page buttons, top right: next, then back if the card was on the first page.
      for (const pager of [A.x + A.width - 10 - 17, A.x + A.width - 2 * 34 - 16 + 17]) {
        if (card.slot !== null) break;
        await click(pager, A.y + 4 + 13);
        await page.evaluate(() => window.bamboo!.frames(2));
        card = await playableCard(page);
      }
      if (card.slot === null) throw new Error('no playable card on either page');
      await click(card.x, card.y);
    },
    confirm: () => untilMoved(page, () => button(0)),
    endMonth: () => click(1280 - 12 - 105, 26),
    showTooltip: async () => {
      const box = await page.locator('canvas').boundingBox();
      if (!box) throw new Error('no canvas');
      const P = LAYOUT.powers;
      await page.mouse.move(
        box.x + ((P.x + 40) * box.width) / 1280,
        box.y + ((P.y + 60) * box.height) / 720,
      );
    },
  };
}

async function playCampaign(page: Page, drive: Driver, tag: string): Promise<Snapshot> {
  let playsThisMonth = 0;
  let month = -1;
  const shots = new Set<string>();
  const once = async (name: string) => {
    if (shots.has(name)) return;
    shots.add(name);
    await settle(page);
    await shot(page, `${name}-${tag}.png`);
  };

  for (let guard = 0; guard < 400; guard++) {
    const s = await settledSnapshot(page);
    if (process.env.CAMPAIGN_TRACE) console.log(tag, s.turn, s.phase, s.pending, s.dialog?.kind);
    if (s.over) break;
    if (s.turn !== month) {
      month = s.turn ?? 0;
      playsThisMonth = 0;
    }
    if (s.dialog?.kind === 'review') {
      if (month === 1) await once('review');
      await drive.confirm();
      await waitDialog(page, s.phase === 'event' ? 'event' : null);
      continue;
    }
    if (s.phase === 'event') {
      if (s.dialog?.kind !== 'event') {
        await waitDialog(page, 'event');
        continue;
      }
      const { index, event } = pickChoice(s);
      if (s.turn === 0) await once('event');
      if (event === 'xi-visit') await once('event-sources');
      await drive.choose(index);
      await waitDialog(page, 'preview');
      if (s.turn === 0) await once('event-preview');
      await drive.confirm();
      await waitDecision(page, s.decisions);
      const after = await snap(page);
      expect(after.pending).not.toEqual(s.pending);
      continue;
    }
    if (s.dialog) {
      // The answered event's dialog closes a frame after the decision: let the screen settle.
      await waitDialog(page, null);
      continue;
    }
    const plays = s.legal.filter((a) => a.includes('"play"'));
    if (playsThisMonth < PLAYS_PER_MONTH && plays.length > 0) {
      await drive.openFirstCard();
      await waitDialog(page, 'preview');
      if (month === 2) await once('action-preview');
      await drive.confirm();
      await waitDecision(page, s.decisions);
      const after = await snap(page);
      expect(after.capital).toBeLessThanOrEqual(s.capital ?? 0);
      expect(after.turn).toBe(s.turn);
      playsThisMonth++;
      continue;
    }
    if (month === 3) {
      await once('game');
      await drive.showTooltip();
      await once('tooltip');
      await page.mouse.move(0, 0);
    }
    await drive.endMonth();
    // Capital left that could still buy a card: the game asks once; end the month anyway.
    await waitFor(page, 's.turn !== arg.turn || s.over || s.dialog?.kind === "unspent"', {
      turn: s.turn,
    });
    if ((await snap(page)).dialog?.kind === 'unspent') {
      await drive.confirm();
      await waitFor(page, 's.turn !== arg.turn || s.over', { turn: s.turn });
    }
  }
  const end = await snap(page);
  expect(end.over).toBe(true);
  await waitDialog(page, 'end');
  await once('end');
  return end;
}

function replayStateHash(replay: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'bamboo-campaign-'));
  const file = join(dir, 'replay.json');
  writeFileSync(file, JSON.stringify(replay));
  const out = execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      join(ROOT, 'src/cli/main.ts'),
      'replay',
      file,
      '--json',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return (JSON.parse(out) as { stateHash: string }).stateHash;
}

async function campaign(
  viewport: { width: number; height: number },
  driver: (page: Page) => Driver,
  tag: string,
) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  const errors = collectErrors(page);
  pageErrors = errors;
  await page.goto(`${inject('baseUrl')}?renderer=canvas&scenario=2023&seed=${SEED}`);
  await waitForScene(page, 'Game');
  const start = await snap(page);
  expect(start).toMatchObject({ scenario: '2023', seed: SEED, turn: 0, over: false });
  const end = await playCampaign(page, driver(page), tag);
  expect(end.turn).toBe(11);
  expect(end.outcome).not.toBeNull();
  const replay = await page.evaluate(() => window.bamboo!.replay());
  expect(replayStateHash(replay)).toBe(end.stateHash);
  // The banner's first button leads to the debrief once that scene is registered.
  const banner = end.dialog ?? (await snap(page)).dialog;
  if (banner?.buttons[0]?.enabled) {
    await driver(page).confirm();
    await waitForScene(page, 'Debrief');
  }
  expect(errors).toEqual([]);
  await page.close();
  return end;
}

describe('the 2023 campaign on the game screen', () => {
  test('played to the end with the keyboard alone', async () => {
    const end = await campaign({ width: 1280, height: 720 }, keyboard, 'keyboard');
    console.log(`keyboard: ${end.outcome}, score ${end.score}, ${end.decisions} decisions`);
  }, 600_000);

  test('played to the end with the mouse alone, at 1024×600', async () => {
    const end = await campaign({ width: 1024, height: 600 }, mouse, 'mouse-1024');
    console.log(`mouse: ${end.outcome}, score ${end.score}, ${end.decisions} decisions`);
  }, 600_000);
});
