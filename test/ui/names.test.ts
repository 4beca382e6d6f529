import { describe, expect, it } from 'vitest';
import { debriefFileName, shortTurnLabel } from '../../src/ui/debrief/file-name';
import { randomSeed } from '../../src/ui/title/random-seed';

describe('debrief file names', () => {
  it.each([
    ['2023', 'x', 'bamboo-debrief-2023-x.png'],
    ['2023', 'lớp 7B / nhóm Đông', 'bamboo-debrief-2023-lop-7B-nhom-Dong.png'],
    ['xi-visit-2023', '../../etc', 'bamboo-debrief-xi-visit-2023-etc.png'],
    ['2023', '  ', 'bamboo-debrief-2023-seed.png'],
  ])('%s + %j', (id, seed, want) => {
    expect(debriefFileName(id, seed)).toBe(want);
  });
});

describe('short turn labels', () => {
  it.each([
    ['January 2023', 0, 'Jan'],
    ['September 2023', 8, 'Sep'],
    ['12–13 December: Xi in Hà Nội', 4, '5'],
  ])('%s', (label, index, want) => {
    expect(shortTurnLabel(label, index)).toBe(want);
  });
});

describe('random seeds', () => {
  it('reads the bytes it is given, in an unambiguous alphabet', () => {
    expect(randomSeed((b) => b.set([0, 1, 30, 31, 255, 8]))).toBe('ab9ahj');
    const all = randomSeed((b) => b.set(Array.from(b, (_, i) => i)), 31);
    expect(all).not.toMatch(/[01oli]/);
  });
});
