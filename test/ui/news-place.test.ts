import { describe, expect, it } from 'vitest';
import { placeSuffix } from '../../src/ui/game/news-item';

describe('a news line names its place once', () => {
  it.each([
    ['Trucks stuck at the Lạng Sơn crossing', 'Lạng Sơn border crossings', ''],
    ['Collisions at Second Thomas Shoal', 'Second Thomas Shoal', ''],
    // The same place in another spelling is still the same place.
    ['USS Ronald Reagan in Da Nang', 'Đà Nẵng', ''],
    ['Blinken visits', 'Hà Nội', ' (Hà Nội)'],
  ])('%s at %s', (headline, place, suffix) => {
    expect(placeSuffix(headline, place)).toBe(suffix);
  });
});
