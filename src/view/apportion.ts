/**
 * Figures shown to one decimal that must add up to a total shown to one decimal: each part
 * rounded on its own can miss the total by a tenth or more (three parts of 0.33 read 0.3 each
 * beside a total of 1.0). The largest-remainder method rounds the parts so that they sum to
 * the total exactly, moving each by less than one step where the parts already sum to it.
 */

/** Tenths, the precision every gauge and score figure is shown at. */
export const TENTH = 0.1;

/** A number as a whole count of `step`s, free of floating-point dust (2.3 → 23). */
export function inSteps(value: number, step: number = TENTH): number {
  return Math.round(value / step) + 0;
}

/**
 * `values` rounded to multiples of `step` so that they sum to `total` (itself rounded to a
 * multiple of `step`) exactly. Each value is first rounded down; the steps still missing go
 * to the values with the largest remainders (ties to the earlier value). When the values do
 * not sum to the total (a clamp took some of it), the difference is shared out the same way:
 * evenly, then by the largest remainders.
 */
export function apportion(
  values: readonly number[],
  total: number,
  step: number = TENTH,
): number[] {
  const n = values.length;
  if (n === 0) return [];
  const target = inSteps(total, step);
  // Remainders are measured in steps; a value a hair under a whole step counts as whole.
  const scaled = values.map((v) => v / step);
  const floors = scaled.map((s) => Math.floor(s + 1e-9));
  const remainders = scaled.map((s, i) => s - (floors[i] as number));
  let missing = target - floors.reduce((a, b) => a + b, 0);
  const counts = floors.slice();
  // More (or fewer) steps missing than there are values: shared evenly first.
  const even = Math.floor(missing / n);
  if (even !== 0) {
    for (let i = 0; i < n; i++) counts[i] = (counts[i] as number) + even;
    missing -= even * n;
  }
  const order = remainders
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r - a.r || a.i - b.i)
    .map((x) => x.i);
  for (let k = 0; k < missing; k++) {
    const i = order[k] as number;
    counts[i] = (counts[i] as number) + 1;
  }
  return counts.map((c) => roundTo(c * step, step));
}

/** `c * step` written as the decimal it stands for (0.30000000000000004 → 0.3). */
function roundTo(value: number, step: number): number {
  const decimals = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  return Number(value.toFixed(decimals)) + 0;
}
