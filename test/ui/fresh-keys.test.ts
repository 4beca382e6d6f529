/**
 * A key handler takes each key press once, and none pressed before it was made: Phaser hands a
 * frame's whole key queue to every handler again on each new key.
 */
import { describe, expect, it } from 'vitest';
import { freshKeyFilter } from '../../src/ui/widgets/fresh-keys';

const key = (timeStamp: number) => ({ timeStamp }) as KeyboardEvent;

describe('a fresh-key filter', () => {
  it('takes a key once, however often the queue hands it over', () => {
    const fresh = freshKeyFilter(() => 100);
    const e = key(150);
    expect(fresh(e)).toBe(true);
    expect(fresh(e)).toBe(false);
    expect(fresh(key(160))).toBe(true);
  });

  it('ignores a key pressed before the handler existed (the Escape that closed the last dialog)', () => {
    const fresh = freshKeyFilter(() => 100);
    expect(fresh(key(99.5))).toBe(false);
    expect(fresh(key(100))).toBe(true);
  });

  it('keeps a filter per handler: one that has seen a key does not hide it from another', () => {
    const a = freshKeyFilter(() => 100);
    const b = freshKeyFilter(() => 100);
    const e = key(120);
    expect(a(e)).toBe(true);
    expect(b(e)).toBe(true);
  });
});
