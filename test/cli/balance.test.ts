import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program';
import { fixturePath } from '../helpers';
import { captureConsole } from './capture-console';

const MINI = fixturePath('mini.json');
const { out, err } = captureConsole();

const SMALL = ['balance', '--scenario', MINI, '--games', '6', '--lookahead-games', '1'];

describe('bamboo balance', () => {
  it('prints one JSON report with every policy and the judged targets', () => {
    expect(run([...SMALL, '--json'])).toBe(0);
    const report = JSON.parse(out.join('\n'));
    expect(report).toMatchObject({ games: 6, lookaheadGames: 1 });
    expect(report.scenarios).toHaveLength(1);
    const [s] = report.scenarios;
    expect(s).toMatchObject({ scenario: 'mini', turns: 4 });
    const names = s.policies.map((p: { policy: string }) => p.policy);
    expect(names).toEqual([
      'random',
      'passive',
      'beijing-first',
      'washington-first',
      'bamboo',
      'historical',
      'lookahead',
    ]);
    for (const p of s.policies) {
      expect(p.games).toBe(p.policy === 'lookahead' ? 1 : 6);
      expect(Object.keys(p.score).sort()).toEqual(
        ['max', 'mean', 'median', 'min', 'p10', 'p90', 'sd'].sort(),
      );
      const shares = Object.values(p.outcomes) as number[];
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
      expect(typeof p.topAction.share).toBe('number');
    }
    expect(s.targets.length).toBeGreaterThan(5);
    // The depth targets come with it, on as many seeds as the other games.
    expect(s.depth).toMatchObject({ games: 6, targetSet: 'short scenario' });
    expect(s.depth.targets.map((t: { id: string }) => t.id)).toContain('no-winning-rotation');
    for (const t of s.targets) {
      expect(typeof t.met).toBe('boolean');
      expect(t.text).toBeTruthy();
      expect(t.detail).toBeTruthy();
    }
  }, 60_000);

  it('is deterministic', () => {
    expect(run([...SMALL, '--json'])).toBe(0);
    expect(run([...SMALL, '--json'])).toBe(0);
    expect(out[1]).toBe(out[0]);
  }, 60_000);

  it('prints readable text with each target met or not, and writes Markdown on request', () => {
    const md = join(mkdtempSync(join(tmpdir(), 'balance-')), 'balance.md');
    expect(run([...SMALL, '--policies', 'random,passive,bamboo', '--markdown', md])).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('bamboo');
    expect(text).toMatch(/\[(met|NOT met)\] passive never ends as master/);
    const doc = readFileSync(md, 'utf8');
    expect(doc).toMatch(/^# Balance report/);
    expect(doc).toContain('| bamboo | 6 |');
    expect(doc).toContain('**Depth targets** (issue 12, short scenario');
  }, 60_000);

  it('leaves the depth targets out on request', () => {
    expect(run([...SMALL, '--policies', 'random', '--no-depth', '--json'])).toBe(0);
    expect(JSON.parse(out.join('\n')).scenarios[0].depth).toBeNull();
  });

  it('refuses an unknown policy and a bad game count', () => {
    expect(run([...SMALL, '--policies', 'nobody'])).toBe(1);
    expect(err.join('\n')).toContain('unknown policy nobody');
    expect(run(['balance', '--scenario', MINI, '--games', 'many'])).toBe(1);
  });

  it('stays quiet on stderr when its output is piped', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/main.ts',
        ...SMALL,
        '--policies',
        'random,passive',
        '--no-depth',
      ],
      { encoding: 'utf8', cwd: fixturePath('../..') },
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('passive');
  }, 60_000);
});
