/** Figures rounded to the tenth that must add up to a total rounded to the tenth. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion, inSteps } from '../../src/view';

const tenthsSum = (xs: readonly number[]) => xs.reduce((a, x) => a + inSteps(x), 0);

describe('apportion', () => {
  it('rounds three thirds so that they make the whole', () => {
    expect(apportion([1 / 3, 1 / 3, 1 / 3], 1)).toEqual([0.4, 0.3, 0.3]);
  });

  it('keeps figures that already add up as they are', () => {
    expect(apportion([1.2, -0.4, 3], 3.8)).toEqual([1.2, -0.4, 3]);
  });

  it('shares out what a clamp took, evenly and then by remainder', () => {
    expect(apportion([2, 2], 3)).toEqual([1.5, 1.5]);
    expect(apportion([1.25, 0.75], 1)).toEqual([0.8, 0.2]);
  });

  it('always sums to the total exactly, each part a whole number of tenths', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: -200, max: 200, noNaN: true }),
        (values, total) => {
          const parts = apportion(values, total);
          expect(parts).toHaveLength(values.length);
          expect(tenthsSum(parts)).toBe(inSteps(total));
          for (const p of parts) expect(Math.abs(p * 10 - Math.round(p * 10))).toBeLessThan(1e-9);
        },
      ),
    );
  });

  it('moves each part by less than a tenth when the parts already sum to the total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (values) => {
          const total = Math.round(values.reduce((a, b) => a + b, 0) * 10) / 10;
          const parts = apportion(values, total);
          // The total's own rounding (under half a tenth) may fall on any one part.
          parts.forEach((p, i) => {
            expect(Math.abs(p - (values[i] as number))).toBeLessThan(0.1 + 0.05 + 1e-9);
          });
        },
      ),
    );
  });
});
