import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { runReplay } from '../../src/engine';
import { decodeReplayFromUrl, encodeReplayForUrl, MAX_SHARE_CHARS } from '../../src/share';
import { mini, replayBy } from '../classroom/replays';
import { fixturePath } from '../helpers';

describe('replays in URLs', () => {
  const replay = replayBy('random', 'share', 'Nguyễn Thị Lan');

  it('round-trip without checkpoints, keeping what verification needs', () => {
    const data = encodeReplayForUrl(replay);
    expect(data).toMatch(/^[A-Za-z0-9+\-$]+$/);
    const back = decodeReplayFromUrl(data);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const { checkpoints: _c, ...expected } = replay;
    expect(back.replay).toEqual(expected);
    expect(runReplay(mini, back.replay).ok).toBe(true);
  });

  it('still catch an edited decision with the final hash alone', () => {
    const first = replay.actions.findIndex((a) => a.type === 'end-turn');
    const edited = { ...replay, actions: replay.actions.filter((_, i) => i !== first) };
    const back = decodeReplayFromUrl(encodeReplayForUrl(edited));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const run = runReplay(mini, back.replay);
    expect(run.ok ? null : run.problem.code).toMatch(/illegal-action|final/);
  });

  it.each([
    ['', 'empty'],
    ['!!!not-a-link', 'not-compressed'],
    ['AAAA', 'not-compressed'],
    ['x'.repeat(MAX_SHARE_CHARS + 1), 'too-long'],
    [LZString.compressToEncodedURIComponent('{"format":"chess"}'), 'invalid'],
    [LZString.compressToEncodedURIComponent('not json'), 'invalid'],
  ])('refuse garbage %#', (text, code) => {
    const r = decodeReplayFromUrl(text);
    expect(r.ok ? null : r.error.code).toBe(code);
    if (!r.ok) expect(r.error.message.length).toBeGreaterThan(10);
  });

  it('never throw on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(typeof decodeReplayFromUrl(text).ok).toBe('boolean');
      }),
    );
  });

  it('refuse a hostile link that would inflate enormously', () => {
    // 7,838 characters that unpack to nine million "a"s (made once: packing them takes a minute).
    const bomb = readFileSync(fixturePath('lz-bomb.txt'), 'utf8').trim();
    expect(bomb.length).toBeLessThanOrEqual(MAX_SHARE_CHARS);
    const r = decodeReplayFromUrl(bomb);
    expect(r.ok ? null : r.error.code).toBe('invalid');
    expect(r.ok ? '' : r.error.message).toMatch(/characters long; a replay may have at most/);
  });
});
