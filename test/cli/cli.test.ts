import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program';
import { fixturePath } from '../helpers';
import { captureConsole } from './capture-console';

const MINI = fixturePath('mini.json');
const { out, err } = captureConsole({ stdout: true });

const simJson = (...args: string[]) => {
  expect(run(['sim', '--scenario', MINI, '--json', ...args])).toBe(0);
  return JSON.parse(out.pop() ?? '{}') as Record<string, unknown>;
};

describe('bamboo sim', () => {
  it('prints one JSON object with the game summary', () => {
    const s = simJson('--seed', 'abc', '--policy', 'random');
    expect(s).toMatchObject({
      scenario: 'mini',
      seed: 'abc',
      policy: 'random',
      turns: 4,
      over: true,
    });
    expect(typeof s.outcome).toBe('string');
    expect(typeof s.score).toBe('number');
    expect(s.stateHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const a = simJson('--seed', 'same');
    const b = simJson('--seed', 'same');
    expect(a.stateHash).toBe(b.stateHash);
    const hashes = new Set(
      ['s1', 's2', 's3', 's4'].map((seed) => simJson('--seed', seed).stateHash),
    );
    expect(hashes.size).toBeGreaterThan(1);
  });

  it('prints a readable summary by default', () => {
    expect(run(['sim', '--scenario', MINI, '--seed', 'x', '--policy', 'passive'])).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('Mini test scenario (mini');
    expect(text).toContain('policy passive');
    expect(text).toMatch(/bamboo score \d+/);
  });

  it('refuses an unknown policy and a missing scenario clearly', () => {
    expect(run(['sim', '--scenario', MINI, '--policy', 'yolo'])).toBe(1);
    expect(err.join('\n')).toContain('unknown policy "yolo" (known: random, passive');
    expect(run(['sim', '--scenario', 'no-such-scenario'])).toBe(1);
    expect(err.join('\n')).toMatch(/no-such-scenario\.json: \(top level\): no such file/);
  });
});

describe('bamboo replay', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bamboo-cli-'));

  it('replays a saved game to the same state hash', () => {
    const file = join(dir, 'game.json');
    const simmed = simJson('--seed', 'rep', '--out', file);
    expect(run(['replay', file, '--scenario', MINI, '--json'])).toBe(0);
    const replayed = JSON.parse(out.pop() ?? '{}');
    expect(replayed.stateHash).toBe(simmed.stateHash);
    expect(replayed.outcome).toBe(simmed.outcome);
  });

  it('refuses a tampered replay, naming the problem', () => {
    const file = join(dir, 'game.json');
    simJson('--seed', 'rep', '--out', file);
    const replay = JSON.parse(readFileSync(file, 'utf8'));
    const firstEnd = replay.actions.findIndex((a: { type: string }) => a.type === 'end-turn');
    replay.actions.splice(firstEnd, 0, { type: 'play', action: 'protest-note' });
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify(replay));
    expect(run(['replay', tampered, '--scenario', MINI])).toBe(1);
    expect(err.join('\n')).toMatch(
      /tampered\.json: does not verify \((checkpoint|illegal-action|final)\)/,
    );
  });

  it('refuses invalid files with the field at fault', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ format: 'bamboo-replay/1', engineVersion: '1.0.0', seed: 3, actions: [] }),
    );
    expect(run(['replay', bad])).toBe(1);
    expect(err.join('\n')).toContain(
      'bad.json: scenario: Invalid input: expected object, received undefined',
    );
    writeFileSync(bad, '{"format": "chess-pgn"}');
    expect(run(['replay', bad])).toBe(1);
    expect(err.join('\n')).toContain(
      'bad.json: format: expected "bamboo-replay/1", found "chess-pgn"',
    );
    writeFileSync(bad, 'not json');
    expect(run(['replay', bad])).toBe(1);
    expect(err.join('\n')).toContain('bad.json: not valid JSON');
  });
});

describe('bamboo check', () => {
  it('exits 0 for valid files and lists every problem otherwise', () => {
    expect(run(['check', MINI])).toBe(0);
    expect(out.join('\n')).toContain('ok ');
    const dir = mkdtempSync(join(tmpdir(), 'bamboo-check-'));
    const broken = join(dir, 'broken.json');
    const data = JSON.parse(readFileSync(MINI, 'utf8'));
    delete data.title;
    data.events[0].date = '2030-01-01';
    writeFileSync(broken, JSON.stringify(data));
    expect(run(['check', MINI, broken])).toBe(1);
    expect(err.join('\n')).toContain(`${broken}: title: missing required field "title".`);
  });
});

describe('bamboo check: history', () => {
  it('fails on an unsourced historical event and on research labels, naming each', () => {
    const unsourced = fixturePath('history/unsourced-random-event.json');
    const labelled = fixturePath('history/research-labels.json');
    expect(run(['check', unsourced, labelled])).toBe(1);
    const text = err.join('\n');
    expect(text).toContain(
      `${unsourced}: randomEvents.events[0] "fishing-boat-rammed": a random event that claims to be real needs "sources"`,
    );
    expect(text).toContain(`${labelled}: events[0] "blinken-visit".text: players read this text`);
    expect(text).toContain('2 of 2 scenario files have problems');
  });
});

describe('bamboo sources', () => {
  it("writes the teachers' sources page as Markdown", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bamboo-sources-')), 'sources.md');
    expect(run(['sources', fixturePath('guide-example.json'), '--markdown', file])).toBe(0);
    const md = readFileSync(file, 'utf8');
    expect(md).toContain('## Spring 2023: Blinken comes to Hà Nội');
    expect(md).toContain(
      '1. VOA, 15 April 2023. <https://www.voanews.com/a/us-secretary-of-state-meets-with-vietnamese-prime-minister/7051697.html>',
    );
    expect(md).toContain('     - Used for: 15 April 2023 · Blinken in Hà Nội\n');
    expect(md).toContain('Scenario file: `test/fixtures/guide-example.json`');
    expect(md).toContain('### Invented for the game (what-ifs)');
  });
});

describe('the real command line', () => {
  it('answers --help on every command through npm run bamboo', () => {
    for (const cmd of [[], ['sim'], ['replay'], ['check']]) {
      const text = execFileSync('npm', ['run', '-s', 'bamboo', '--', ...cmd, '--help'], {
        encoding: 'utf8',
      });
      expect(text).toContain('Usage: bamboo');
    }
    // Four cold starts of tsx: seconds each on a loaded machine.
  }, 180_000);
});
