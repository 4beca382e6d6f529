import { describe, expect, test } from 'vitest';
import { replayFileName } from '../../src/replay/file-name';

describe('replayFileName', () => {
  test.each([
    ['2023', '7KQ-M3XP', 'Nguyễn Văn An', 'bamboo-2023-7KQ-M3XP-Nguyen-Van-An.json'],
    ['2023', '7KQ-M3XP', 'Đặng Thị Lan', 'bamboo-2023-7KQ-M3XP-Dang-Thi-Lan.json'],
    ['2023', 'hanoi-2023', '', 'bamboo-2023-hanoi-2023.json'],
    ['xi-visit-2023', 'abc', '  Lan & Minh  ', 'bamboo-xi-visit-2023-abc-Lan-Minh.json'],
    ['2023', 'x', '<img src=x onerror=alert(1)>', 'bamboo-2023-x-img-src-x-onerror-alert-1.json'],
    ['2023', '../../etc', '../passwd', 'bamboo-2023-etc-passwd.json'],
    ['2023', '', '***', 'bamboo-2023-seed.json'],
  ])('%s / %s / %s', (scenario, seed, player, expected) => {
    expect(replayFileName(scenario, seed, player)).toBe(expected);
  });

  test('long names are cut without a trailing dash', () => {
    const name = replayFileName('2023', 's', `${'a'.repeat(59)} b c`);
    expect(name).toBe(`bamboo-2023-s-${'a'.repeat(59)}.json`);
  });
});
