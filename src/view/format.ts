/** Number formatting shared by every screen. */

import { formatNumber } from '../i18n';

/** "+3", "−2.5", "0": the minus sign is U+2212 so it reads as a number, not a dash. */
export function signed(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded > 0) return `+${formatNumber(rounded)}`;
  if (rounded < 0) return `\u2212${formatNumber(Math.abs(rounded))}`;
  return '0';
}

export function percent(p: number): string {
  // Neither end rounds to a certainty it is not: a real chance never reads 0% or 100%.
  if (p > 0 && p < 0.01) return '<1%';
  if (p > 0.99 && p < 1) return '>99%';
  return `${Math.round(p * 100)}%`;
}
