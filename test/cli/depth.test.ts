import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program';
import { fixturePath } from '../helpers';
import { captureConsole } from './capture-console';

const FIXTURE = fixturePath('depth-mini.json');
const { out, err } = captureConsole();
const SMALL = ['depth', '--scenario', FIXTURE, '--games', '3'];

describe('bamboo depth', () => {
  it('prints the report as JSON with every part the issue names', () => {
    expect(run([...SMALL, '--json'])).toBe(0);
    const r = JSON.parse(out.join('\n'));
    expect(Object.keys(r)).toEqual(
      expect.arrayContaining([
        'bots',
        'bestRotation',
        'events',
        'neverFired',
        'neverFiredReactions',
        'reactions',
        'unreadIndicators',
        'targets',
      ]),
    );
    for (const bot of ['lookahead', 'bamboo', 'historical', 'random'])
      expect(Object.keys(r.bots[bot]).sort()).toEqual(
        ['games', 'masterShare', 'mean', 'median', 'p10', 'p90', 'sd'].sort(),
      );
    expect(Object.keys(r.bestRotation)).toEqual(
      expect.arrayContaining(['cards', 'median', 'masterShare']),
    );
    for (const e of r.events)
      expect(Object.keys(e)).toEqual(
        expect.arrayContaining(['id', 'firedShare', 'gapMedian', 'historicalBestShare']),
      );
    expect(r.neverFired).toEqual(['dead-letter']);
    expect(r.neverFiredReactions).toEqual(['cn/survey-ship', 'us/never-asked']);
    expect(r.months.map((m: { month: string }) => m.month)).toEqual(['m1', 'm2', 'm3', 'm4']);
  }, 60_000);

  it('is deterministic, and writes Markdown on request', () => {
    const md = join(mkdtempSync(join(tmpdir(), 'depth-')), 'depth.md');
    expect(run([...SMALL, '--json'])).toBe(0);
    expect(run([...SMALL, '--json', '--markdown', md])).toBe(0);
    expect(out[1]).toBe(out[0]);
    const doc = readFileSync(md, 'utf8');
    expect(doc).toMatch(/^# Depth report/);
    expect(doc).toContain('## Depth test scenario (`depth-mini`)');
    expect(doc).toContain('| crossroads | m1 |');
    expect(doc).toContain('**Never fired**: dead-letter.');
    expect(doc).toContain(
      '**Reactions never reached** (no bot and not the historical path triggers them): cn/survey-ship, us/never-asked.',
    );
    expect(doc).toContain('| us/never-asked | pressure | 0% | 0% | nobody |');
    expect(doc).toContain('**A real decision every month?**');
    expect(doc).toMatch(/\| m1 \| (✅|❌) \| /);
  }, 60_000);

  it('prints readable text with each target met or not', () => {
    expect(run(SMALL)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('best fixed plan:');
    expect(text).toMatch(/\[(met|NOT met)\] every event is reached/);
    expect(text).toContain('reactions never reached: cn/survey-ship, us/never-asked');
    expect(text).toContain("[NOT met] every power's every reaction is reached");
  }, 60_000);

  it('refuses a bad game count', () => {
    expect(run(['depth', '--scenario', FIXTURE, '--games', '0'])).toBe(1);
    expect(err.join('\n')).toContain('--games must be a whole number');
  });

  it('stays quiet on stderr when its output is piped', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...SMALL, '--games', '2'],
      { encoding: 'utf8', cwd: fixturePath('../..') },
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('best fixed plan:');
  }, 60_000);
});
