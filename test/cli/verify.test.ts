import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program';
import { POLICIES, playGame, replayOf } from '../../src/engine';
import { newClassCode } from '../../src/share';
import { studentReplay } from '../classroom/replays';
import { fixturePath, loadFixture } from '../helpers';
import { captureConsole } from './capture-console';

const MINI = fixturePath('mini.json');
const { out, err } = captureConsole();

const dir = mkdtempSync(join(tmpdir(), 'bamboo-verify-'));
const write = (name: string, data: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
  return path;
};

const lan = studentReplay('class-1', 'Lan');
const files = {
  lan: write('lan.json', lan),
  minh: write('minh.json', studentReplay('class-1', 'Minh')),
  formula: write('formula.json', studentReplay('class-1', '=HYPERLINK("x")')),
  html: write('html.json', studentReplay('class-1', '<img src=x onerror=alert(1)>')),
  tampered: write('tampered.json', { ...lan, player: 'Khoa', actions: lan.actions.slice(1) }),
  foreign: write('foreign.json', { ...lan, scenario: { id: 'chess', hash: '0123456789abcdef' } }),
  future: write('future.json', { ...lan, engineVersion: '99.0.0' }),
  garbage: write('garbage.json', '\u0000\u0001 definitely not json'),
  otherSeed: write('other-seed.json', studentReplay('class-2', 'Tuan')),
};

describe('bamboo verify', () => {
  it('prints the table and exits 0 when every file verifies', () => {
    expect(run(['verify', files.lan, files.minh, '--scenario', MINI])).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('2 files: 2 verified, 0 invalid');
    expect(text).toMatch(/rank +score +player/);
    expect(text).toMatch(/ 1 +[\d.]+ +(Lan|Minh) /);
    expect(err).toEqual([]);
  });

  it('lists each invalid file with the check it failed, and exits 1', () => {
    const all = Object.values(files);
    expect(run(['verify', ...all, '--scenario', MINI, '--seed', 'class-1'])).toBe(1);
    const text = out.join('\n');
    expect(text).toContain(`${all.length} files: 4 verified, 5 invalid`);
    expect(text).toMatch(/tampered\.json: (illegal-action|checkpoint|final): /);
    expect(text).toContain('foreign.json: wrong-scenario: played scenario "chess"');
    expect(text).toContain('future.json: engine-version: made by engine 99.0.0');
    expect(text).toContain('garbage.json: not-json: not a replay: not valid JSON');
    expect(text).toContain('other-seed.json: wrong-seed: played with seed "class-2"');
    expect(err.join('\n')).toContain('error: 5 of 9 files did not verify');
  });

  it('writes a CSV with formula names escaped and HTML kept literal', () => {
    const csv = join(dir, 'results.csv');
    expect(run(['verify', ...Object.values(files), '--scenario', MINI, '--csv', csv])).toBe(1);
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\uFEFFstatus,rank,player,file,')).toBe(true);
    expect(text).toContain('"\'=HYPERLINK(""x"")"');
    expect(text).toContain(',<img src=x onerror=alert(1)>,');
    expect(text).toMatch(/\r\nrefused \(not-json\),,,[^\r\n]*garbage\.json,/);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(1 + 9);
    expect(out.join('\n')).toContain(`CSV written to ${csv}`);
  });

  it('prints JSON with --json', () => {
    expect(run(['verify', files.lan, files.garbage, '--scenario', MINI, '--json'])).toBe(1);
    const results = JSON.parse(out[0] ?? '{}');
    expect(results.rows).toHaveLength(1);
    expect(results.rows[0]).toMatchObject({ player: 'Lan', rank: 1, status: 'valid' });
    expect(results.classes).toEqual([{ scenario: 'mini', seed: 'class-1', files: 1 }]);
    expect(results.invalid).toEqual([
      expect.objectContaining({ file: files.garbage, code: 'not-json' }),
    ]);
  });

  it('refuses a 50 MB file by its size', () => {
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 50 * 1024 * 1024);
    expect(run(['verify', huge, '--scenario', MINI])).toBe(1);
    expect(out.join('\n')).toMatch(/huge\.json: too-big: too big \(52428800 bytes/);
  });

  it('reports a missing file as unreadable', () => {
    expect(run(['verify', join(dir, 'nope.json'), '--scenario', MINI])).toBe(1);
    expect(out.join('\n')).toMatch(/nope\.json: unreadable: cannot open \(ENOENT\)/);
  });

  it('flags a player who handed in twice', () => {
    const again = write('lan-2.json', studentReplay('class-1', 'lan'));
    expect(run(['verify', files.lan, again, '--scenario', MINI])).toBe(0);
    expect(out.join('\n')).toContain(`Lan: ${files.lan}, ${again}`);
  });

  it('shows control characters in names as ?, so a name cannot repaint the terminal', () => {
    const evil = write('evil.json', studentReplay('class-1', 'Bob\u001b[2J\u0007'));
    expect(run(['verify', evil, '--scenario', MINI])).toBe(0);
    const text = out.join('\n');
    expect(text).not.toContain('\u001b');
    expect(text).toContain('Bob??');
  });

  it('takes the class code as the seed', () => {
    const mini = loadFixture('mini.json');
    const code = newClassCode('mini', (b) => b.fill(3));
    const game = playGame(mini, code, POLICIES.passive!);
    const own = write('own.json', { ...replayOf(mini, code, game), player: 'Vy' });
    expect(run(['verify', own, files.lan, '--scenario', MINI, '--class', code.toLowerCase()])).toBe(
      1,
    );
    const text = out.join('\n');
    expect(text).toContain(`seed "${code}"`);
    expect(text).toContain(
      `lan.json: wrong-seed: played with seed "class-1"; this class plays seed "${code}"`,
    );
    expect(run(['verify', own, '--class', 'ZZZ-ZZZZ', '--scenario', MINI])).toBe(1);
    expect(err.join('\n')).toContain('error: --class ZZZ-ZZZZ: this class code has a typo');
  });
});

describe('bamboo share', () => {
  it('prints a link fragment that opens the replay', () => {
    expect(run(['share', files.lan, '--scenario', MINI])).toBe(0);
    expect(out[0]).toMatch(/^#replay=[A-Za-z0-9+\-$]+$/);
    expect(run(['share', files.lan, '--scenario', MINI, '--base', 'https://x.example/'])).toBe(0);
    expect(out[1]).toMatch(/^https:\/\/x\.example\/#replay=/);
  });

  it('refuses to share a replay that does not verify', () => {
    expect(run(['share', files.tampered, '--scenario', MINI])).toBe(1);
    expect(err.join('\n')).toMatch(/does not verify/);
  });
});
