import { describe, expect, it } from 'vitest';
import { MAX_SEED_LENGTH, parseLaunchQuery } from '../../src/ui/title/launch-query';

describe('launch links', () => {
  it.each([
    ['?scenario=2023&seed=abc', { scenario: '2023', seed: 'abc' }],
    ['?seed=abc&scenario=2023&renderer=canvas', { scenario: '2023', seed: 'abc' }],
    ['?scenario=2023', { scenario: '2023', seed: null }],
    ['?scenario=2023&seed=', { scenario: '2023', seed: null }],
    ['?scenario=2023&seed=l%E1%BB%9Bp%207B', { scenario: '2023', seed: 'lớp 7B' }],
    ['?renderer=canvas', null],
    ['?scenario=%20&seed=x', null],
    ['', null],
  ])('%s', (search, want) => {
    expect(parseLaunchQuery(search)).toEqual(want);
  });

  it('cuts absurdly long seeds', () => {
    expect(parseLaunchQuery(`?scenario=a&seed=${'x'.repeat(500)}`)?.seed).toHaveLength(
      MAX_SEED_LENGTH,
    );
  });
});
