/** The command line reads only what it is told, and prints nothing a file could use against the terminal. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanTerminal, terminalJson } from '../../src/cli/output';
import { run } from '../../src/cli/program';
import { readRegularFile } from '../../src/cli/read-file';
import { POLICIES, playGame, replayOf } from '../../src/engine';
import { decodeText } from '../../src/scenario/decode';
import { fixturePath, loadFixture } from '../helpers';
import { captureConsole } from './capture-console';

const MINI = fixturePath('mini.json');
const { out, err } = captureConsole();
const dir = mkdtempSync(join(tmpdir(), 'bamboo-hardening-'));
const write = (name: string, data: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
  return path;
};
const mini = loadFixture('mini.json');
const game = replayOf(mini, 's', playGame(mini, 's', POLICIES.random!));
const shipped = loadFixture('../../scenarios/september-2023.json');
const shippedGame = replayOf(shipped, 's', playGame(shipped, 's', POLICIES.bamboo!));
const printed = () => [...out, ...err].join('\n');
/** Escape, bell, bidi override and CSI: none may reach the terminal. */
// biome-ignore lint/complexity/useRegexLiterals: a literal would hold the control characters the linter refuses
const DANGER = new RegExp('[\\u001b\\u0007\\u202e\\u009b]');

describe("a replay's scenario id is never a path", () => {
  it.each([
    ['/etc/passwd'],
    ['/dev/zero'],
    ['/dev/stdin'],
    ['../../../etc/hostname'],
    ['constructor'],
  ])('%s is looked up among the shipped scenarios and refused', (id) => {
    const file = write('evil.json', { ...game, scenario: { id, hash: game.scenario.hash } });
    for (const command of ['replay', 'share']) {
      out.length = 0;
      err.length = 0;
      expect(run([command, file])).toBe(1);
      expect(printed()).toContain('which is not one of the shipped scenarios');
      expect(printed()).not.toMatch(/root:|no such file|RangeError|\n\s+at /);
    }
  });

  it('a shipped scenario is found by the id inside its file', () => {
    const file = write('shipped.json', shippedGame);
    expect(run(['replay', file])).toBe(0);
  });

  it('the user may still pass a scenario path with --scenario', () => {
    expect(run(['replay', write('mini.json', game), '--scenario', MINI])).toBe(0);
  });
});

describe('only regular files, never more than the cap', () => {
  it('refuses a symlink to /dev/zero in a class folder, and verifies the rest', () => {
    const link = join(dir, 'zero.json');
    symlinkSync('/dev/zero', link);
    const ok = write('ok.json', game);
    expect(run(['verify', link, ok, '--scenario', MINI])).toBe(1);
    expect(printed()).toMatch(/zero\.json: unreadable: not a regular file/);
    expect(printed()).toContain('1 verified');
  });

  it('refuses a directory and a FIFO without waiting for a writer', () => {
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    expect(readRegularFile(fifo, 100)).toMatchObject({ ok: false, code: 'unreadable' });
    expect(readRegularFile(dir, 100)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/directory/),
    });
    expect(run(['check', fifo])).toBe(1);
    expect(printed()).toMatch(/not a regular file/);
  });

  it('refuses a file over the cap by its size', () => {
    const big = write('big.json', 'x'.repeat(101));
    expect(readRegularFile(big, 100)).toMatchObject({ ok: false, code: 'too-big' });
    expect(readRegularFile(big, 101)).toMatchObject({ ok: true });
  });
});

describe('terminal output is cleaned for every command', () => {
  const OSC52 = '\u001b]52;c;cm0gLXJmIH4K\u0007';
  it('replay prints no escape from a player name or engine version', () => {
    const file = write('osc.json', { ...game, player: `Lan${OSC52}\u202Eevil\u001b[2J` });
    expect(run(['replay', file, '--scenario', MINI])).toBe(0);
    expect(printed()).not.toMatch(DANGER);
    expect(printed()).toContain('Lan?');
    expect(run(['replay', file, '--scenario', MINI, '--json'])).toBe(0);
    expect(out.at(-1)).not.toMatch(DANGER);
    expect(JSON.parse(out.at(-1) ?? '')).toMatchObject({ player: expect.stringContaining('Lan') });
  });

  it('errors naming a hostile file are cleaned too', () => {
    const file = write(`bad\u001b]0;title\u0007.json`, '{');
    expect(run(['replay', file])).toBe(1);
    expect(printed()).not.toMatch(DANGER);
  });

  it.each([
    ['\u001b[31mred\u001b[0m', '?red?'],
    [OSC52, '?'],
    ['a\u009b2Jb', 'a?b'],
    ['x\u202Ey\u2066z', 'x?y?z'],
    ['tab\tand\nline', 'tab\tand\nline'],
    ['Nguyễn Thị Lan', 'Nguyễn Thị Lan'],
  ])('cleanTerminal(%j) is %j', (input, output) => {
    expect(cleanTerminal(input)).toBe(output);
  });

  it('keeps JSON valid while escaping bidi and C1 controls', () => {
    const text = terminalJson({ name: 'a\u202Eb\u0085c' });
    expect(text).toBe('{"name":"a\\u202eb\\u0085c"}');
    expect(JSON.parse(text)).toEqual({ name: 'a\u202Eb\u0085c' });
  });
});

describe('lookups by name', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'sim --policy %s is an unknown policy, not a crash',
    (name) => {
      expect(run(['sim', '--scenario', MINI, '--policy', name])).toBe(1);
      expect(err.join('\n')).toContain(`unknown policy "${name}"`);
      expect(printed()).not.toMatch(/TypeError|\n\s+at /);
      expect(run(['soak', '--games', '1', '--scenario', MINI, '--policy', name])).toBe(1);
    },
  );
});

describe('byte-order marks and UTF-16, the same in the CLI as in the browser', () => {
  const text = JSON.stringify(game);
  const utf16 = (le: boolean) => {
    const body = Buffer.from(text, 'utf16le');
    if (!le) body.swap16();
    return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
  };
  const variants: [string, Buffer][] = [
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-16 LE', utf16(true)],
    ['UTF-16 BE', utf16(false)],
  ];
  it.each(variants)('%s decodes to the replay and replays', (_name, bytes) => {
    expect(decodeText(new Uint8Array(bytes))).toBe(text);
    const file = join(dir, `enc-${_name.replace(/\W/g, '')}.json`);
    writeFileSync(file, bytes);
    expect(run(['replay', file, '--scenario', MINI])).toBe(0);
    expect(run(['verify', file, '--scenario', MINI])).toBe(0);
  });
});

describe('a class folder', () => {
  // An honest class on the september scenario, plus every way to game the table.
  const sept = shipped;
  // A seed on which Washington-first collapses: the cut-short file hides a collapse.
  const seed = 'K3Q-7XP7';
  const student = (name: string) => {
    const own = { ...POLICIES.random!, name: `student:${name}` };
    const { policy: _p, ...r } = replayOf(sept, seed, playGame(sept, seed, own));
    return { ...r, player: name };
  };
  const bot = (policy: string, name: string) => {
    const { policy: _p, ...r } = replayOf(sept, seed, playGame(sept, seed, POLICIES[policy]!));
    return { ...r, player: name };
  };
  const bare = (r: ReturnType<typeof student>, n: number) => {
    const { final: _f, checkpoints: _c, ...rest } = r;
    return { ...rest, actions: r.actions.slice(0, n) };
  };
  it('ranks only the honest finished games and flags the rest', () => {
    const collapse = bot('washington-first', 'Tuấn');
    expect(playGame(sept, seed, POLICIES['washington-first']!).state.ending?.collapse).toBe(true);
    const files = {
      an: write('an.json', student('An')),
      binh: write('binh.json', student('Bình')),
      chi: write('chi.json', student('Chi')),
      empty: write('empty.json', bare(student('Dũng'), 0)),
      cut: write('cut-collapse.json', bare(collapse, 3)),
      copy: write('copy.json', { ...student('Chi'), player: 'Giang' }),
      bot: write('bot.json', bot('bamboo', 'Hoa')),
      forged: write(
        'forged.json',
        (() => {
          const r = student('Khoa');
          return { ...r, final: { ...r.final!, score: 95 } };
        })(),
      ),
    };
    expect(run(['verify', ...Object.values(files), '--scenario', 'september-2023', '--json'])).toBe(
      0,
    );
    const results = JSON.parse(out.at(-1) ?? '{}');
    expect(results.rows.map((r: { file: string }) => r.file).sort()).toEqual([
      files.an,
      files.binh,
    ]);
    expect(results.unfinished.map((r: { file: string }) => r.file).sort()).toEqual(
      [files.cut, files.empty].sort(),
    );
    const why = Object.fromEntries(
      results.flagged.map((r: { file: string; reasons: { kind: string }[] }) => [
        r.file,
        r.reasons.map((x) => x.kind),
      ]),
    );
    expect(why).toEqual({
      [files.chi]: ['copy'],
      [files.copy]: ['copy'],
      [files.bot]: ['bot'],
      [files.forged]: ['false-claim'],
    });
    out.length = 0;
    expect(run(['verify', ...Object.values(files), '--scenario', 'september-2023'])).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('2 ranked, 2 unfinished, 4 held back');
    expect(text).toMatch(/Stopped after 0 of \d+ months/);
    expect(text).toContain('the file claims 95.0, the replay gives');
    expect(text).toContain('the game the “bamboo” bot plays on this seed');
    expect(text).toMatch(/rank +score +player +scenario +seed/);
  });
});
