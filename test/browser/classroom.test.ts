/**
 * The classroom loop in the browser: the teacher's class code and link, then a class's files
 * (valid, tampered, another scenario, another seed, not a replay, a name that looks like HTML
 * and one that looks like a formula) verified, ranked, charted and exported to CSV.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type CompiledScenario, POLICIES, type Policy, playGame, replayOf } from '../../src/engine';
import { loadScenarioText } from '../../src/scenario/load';
import { launchChromium, settle, waitForScene } from './chromium';
import { clickGame, openPage, press, saved, shot, snap } from './replay-pages';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const XSS = '<img src=x onerror=alert(1)>';
const FORMULA = '=HYPERLINK("http://x","y")';

function scenario(file: string): CompiledScenario {
  const r = loadScenarioText(readFileSync(join(ROOT, 'scenarios', file), 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.compiled;
}
const main = scenario('2023.json');
const xi = scenario('xi-visit-2023.json');

/** The class's files, written for the code the page handed out. */
function writeClass(dir: string, code: string): string[] {
  // A student's game: the random bot on a stream of the student's own, so it is no bot's game.
  const play = (cs: CompiledScenario, seed: string, player: string) => {
    const own = { ...(POLICIES.random as Policy), name: `student:${player}` };
    const { policy: _p, ...replay } = replayOf(cs, seed, playGame(cs, seed, own));
    return { ...replay, player };
  };
  const bot = (cs: CompiledScenario, seed: string, policy: string, player: string) => ({
    ...replayOf(cs, seed, playGame(cs, seed, POLICIES[policy] as Policy)),
    player,
  });
  const files: [string, unknown][] = [
    ['an.json', play(main, code, 'Nguyễn Văn An')],
    ['binh.json', play(main, code, 'Trần Thị Bình')],
    ['xss.json', play(main, code, XSS)],
    ['formula.json', play(main, code, FORMULA)],
    ['minh-1.json', play(main, code, 'Lê Minh')],
    ['minh-2.json', play(main, code, 'lê  minh')],
    ['bot.json', bot(main, code, 'bamboo', 'Hà Vy')],
    ['other-seed.json', play(main, 'home-practice', 'Phạm Lan')],
    ['foreign.json', play(xi, code, 'Đỗ Phúc')],
    ['not-a-replay.json', 'my homework'],
  ];
  const tampered = play(main, code, 'Võ Tuấn');
  files.push([
    'tampered.json',
    { ...tampered, actions: [{ type: 'play', action: 'no-such-card' }, ...tampered.actions] },
  ]);
  return files.map(([name, data]) => {
    const path = join(dir, name);
    writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
    return path;
  });
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The Title's "Replays and class" row: Replay viewer, Class set-up, Class results. */
const TEACHER_ROW = { viewer: 150, setup: 285, results: 400, y: 590 };

async function results(page: Page) {
  return (await snap(page)).classResults;
}

describe('classroom', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1024, height: 600 },
  ]) {
    const size = viewport.width;
    // Each viewport gets a new class code: its seed's bot games are played once (seconds on a busy machine).
    test(`class code, then the class's files verified, ranked, charted and exported (${size})`, async () => {
      const { page, errors } = await openPage(browser, '', viewport);
      await waitForScene(page, 'Title');
      const save = await saved(page);
      await clickGame(page, TEACHER_ROW.setup, TEACHER_ROW.y);
      await waitForScene(page, 'ClassSetup');
      await page.waitForFunction(() => window.bamboo?.snapshot().classSetup?.code);
      await settle(page);
      await shot(page, `class-setup-${size}.png`);
      const setup = (await snap(page)).classSetup;
      expect(setup?.scenario).toBe('2023');
      expect(setup?.code).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{4}$/);
      expect(setup?.link).toMatch(
        new RegExp(`\\?scenario=2023&seed=${setup?.code}&class=1$`.replace('?', '\\?')),
      );
      const code = setup?.code as string;

      await press(page, 'r');
      await waitForScene(page, 'ClassResults');
      expect((await results(page))?.filter).toBe(code);
      const paths = writeClass(mkdtempSync(join(tmpdir(), 'bamboo-class-')), code);
      await page.setInputFiles('#class-files', paths);
      await page.waitForFunction((n) => {
        const r = window.bamboo?.snapshot().classResults;
        return r && !r.busy && r.files === n;
      }, paths.length);
      await settle(page);
      await shot(page, `class-results-table-${size}.png`);
      const r = await results(page);
      const names = r?.rows.map((row) => row.name) ?? [];
      expect(names).toContain(XSS);
      expect(names).toContain(FORMULA);
      expect(names).toHaveLength(6);
      const scores = r?.rows.map((row) => row.score) ?? [];
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(
        r?.rows
          .filter((row) => row.duplicate)
          .map((row) => row.file)
          .sort(),
      ).toEqual(['minh-1.json', 'minh-2.json']);
      expect(Object.fromEntries(r?.invalid.map((e) => [e.file, e.code]) ?? [])).toEqual({
        'foreign.json': 'wrong-scenario',
        'not-a-replay.json': 'not-json',
        'other-seed.json': 'wrong-seed',
        'tampered.json': 'illegal-action',
      });
      // The bot's game is held back with its reason, and every row says its class.
      expect(r?.held.map((h) => [h.file, h.label])).toEqual([['bot.json', 'a bot’s game']]);
      expect(r?.rows.every((row) => row.seed === code && row.scenario === '2023')).toBe(true);
      // The HTML-looking name is text on the canvas, never markup in the page.
      expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);

      await press(page, '2');
      await settle(page);
      await shot(page, `class-results-chart-${size}.png`);
      await press(page, '3');
      await settle(page);
      await shot(page, `class-results-refused-${size}.png`);
      await press(page, '1');

      const download = page.waitForEvent('download');
      await press(page, 'e');
      const file = await download;
      expect(file.suggestedFilename()).toBe(`bamboo-class-results-${code}.csv`);
      const csvPath = join(mkdtempSync(join(tmpdir(), 'bamboo-csv-')), 'results.csv');
      await file.saveAs(csvPath);
      const csv = readFileSync(csvPath, 'utf8');
      expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
      expect(csv).toContain(XSS);
      expect(csv).toContain('refused (illegal-action)');
      expect(csv.split('\r\n').filter((l) => l.startsWith('ranked,'))).toHaveLength(6);
      expect(csv.split('\r\n').filter((l) => l.startsWith('held back,'))).toHaveLength(1);

      // A row's Open button shows it in the viewer; Back returns to the same results.
      await clickGame(page, 1188, 307);
      await waitForScene(page, 'ReplayViewer');
      expect((await snap(page)).viewer).toMatchObject({
        source: r?.rows[0]?.file,
        player: r?.rows[0]?.name,
      });
      await press(page, 'Escape');
      await waitForScene(page, 'ClassResults');
      expect((await results(page))?.rows).toHaveLength(6);
      expect(await saved(page)).toBe(save);
      expect(errors).toEqual([]);
      await page.close();
    }, 240_000);
  }

  test('files dropped on the page are verified; an oversized one is refused by its size', async () => {
    const { page, errors } = await openPage(browser);
    await waitForScene(page, 'Title');
    await clickGame(page, TEACHER_ROW.results, TEACHER_ROW.y);
    await waitForScene(page, 'ClassResults');
    const own = { ...(POLICIES.random as Policy), name: 'student:Lan' };
    const { policy: _p, ...game } = replayOf(main, 'drop', playGame(main, 'drop', own));
    // Saved by Windows Notepad: UTF-16 with its byte-order mark, decoded like the CLI does.
    const replay = JSON.stringify({ ...game, player: 'Lan' });
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['{}'], 'x.json'));
      document.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true }));
    });
    await settle(page);
    await shot(page, 'class-results-drop-hint.png');
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      const utf16 = new Uint8Array(2 + text.length * 2);
      utf16.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) {
        utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
        utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
      }
      dt.items.add(new File([utf16], 'lan.json'));
      dt.items.add(new File(['x'.repeat(1_100_000)], 'huge.json'));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true }));
    }, replay);
    await page.waitForFunction(() => {
      const r = window.bamboo?.snapshot().classResults;
      return r && !r.busy && r.files === 2;
    });
    const r = await results(page);
    expect(r?.rows.map((row) => row.name)).toEqual(['Lan']);
    expect(r?.invalid.map((e) => [e.file, e.code])).toEqual([['huge.json', 'too-big']]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the Title row opens the three screens, and Escape comes back', async () => {
    const { page, errors } = await openPage(browser);
    await waitForScene(page, 'Title');
    for (const [x, scene] of [
      [TEACHER_ROW.viewer, 'ReplayViewer'],
      [TEACHER_ROW.setup, 'ClassSetup'],
      [TEACHER_ROW.results, 'ClassResults'],
    ] as const) {
      await clickGame(page, x, TEACHER_ROW.y);
      await waitForScene(page, scene);
      await settle(page);
      if (scene === 'ReplayViewer') await shot(page, 'viewer-empty.png');
      if (scene === 'ClassResults') await shot(page, 'class-results-empty.png');
      await press(page, 'Escape');
      await waitForScene(page, 'Title');
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
