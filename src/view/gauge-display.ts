/**
 * How a gauge is written on screen, and whether a change is good or bad news for Hà Nội so
 * screens can tint it. The tint is only ever a second cue: every change also carries its sign
 * and an arrow.
 */
import type { IndicatorKey } from '../engine';
import { formatNumber } from '../i18n';
import { shippedIndicators } from '../scenario/indicators';

export type Tone = 'good' | 'bad' | 'neutral';

/** For drift, pass the value before the change: moving toward zero is good. */
export function changeTone(key: IndicatorKey, delta: number, from = 0): Tone {
  if (Math.abs(delta) < 0.05) return 'neutral';
  if (key === 'autonomy.drift') {
    return Math.abs(from + delta) < Math.abs(from) ? 'good' : 'bad';
  }
  // Polarity is part of each indicator's definition (engine/indicators.ts).
  const polarity = shippedIndicators.range(key)?.polarity ?? 0;
  if (polarity === 0) return 'neutral';
  return delta * polarity > 0 ? 'good' : 'bad';
}

/**
 * "▲ +3", "▼ −2", "= 0": direction told by shape as well as by sign. A change that rounds to
 * zero as written ("0", "0%") has no arrow: an arrow on a zero would point at nothing.
 */
export function trendText(delta: number, signedText: string): string {
  if (Math.abs(delta) < 0.05) return '= 0';
  if (!/[1-9]/.test(signedText)) return `= ${signedText.replace(/^[+\u2212-]/, '')}`;
  return `${delta > 0 ? '▲' : '▼'} ${signedText}`;
}

/** A gauge's value as the screen writes it, by its indicator's format: growth in percent, patience out of ten. */
export function gaugeValue(key: IndicatorKey, value: number): string {
  const rounded = Math.round(value * 10) / 10;
  const text = rounded < 0 ? `\u2212${formatNumber(Math.abs(rounded))}` : formatNumber(rounded);
  const range = shippedIndicators.range(key);
  if (range?.format === 'percent') return `${text}%`;
  if (range?.format === 'outOfMax') return `${text}/${range.max}`;
  return text;
}
