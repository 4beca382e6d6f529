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
  if (p > 0 && p < 0.01) return '<1%';
  return `${Math.round(p * 100)}%`;
}
