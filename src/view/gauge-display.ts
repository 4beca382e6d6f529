/**
 * How a gauge is written on screen, and whether a change is good or bad news for Hà Nội so
 * screens can tint it. The tint is only ever a second cue: every change also carries its sign
 * and an arrow.
 */
import type { IndicatorKey } from '../engine';
import { formatNumber } from '../i18n';

export type Tone = 'good' | 'bad' | 'neutral';

/** +1: higher is better; −1: higher is worse; 0: it depends (drift is judged by distance). */
const POLARITY: Readonly<Record<IndicatorKey, 1 | -1 | 0>> = {
  'relations.cn': 1,
  'relations.us': 1,
  'relations.jp': 1,
  'suspicion.cn': -1,
  'suspicion.us': -1,
  'suspicion.jp': -1,
  'patience.cn': 1,
  'patience.us': 1,
  'patience.jp': 1,
  'autonomy.drift': 0,
  'economy.growth': 1,
  'economy.tradeDependence': -1,
  'economy.usAccess': 1,
  'economy.investment.cn': 1,
  'economy.investment.us': 1,
  'economy.investment.jp': 1,
  'economy.infrastructure': 1,
  'economy.rareEarths': 1,
  'sea.tension': -1,
  'sea.incidents': -1,
  'sea.incidentsTotal': -1,
  'sea.presence': 1,
  'sea.standing': 1,
  'home.mood': 1,
  'home.nationalism': 0,
  'home.legitimacy': 1,
  'home.capital': 1,
};

/** For drift, pass the value before the change: moving toward zero is good. */
export function changeTone(key: IndicatorKey, delta: number, from = 0): Tone {
  if (Math.abs(delta) < 0.05) return 'neutral';
  if (key === 'autonomy.drift') {
    return Math.abs(from + delta) < Math.abs(from) ? 'good' : 'bad';
  }
  const polarity = POLARITY[key];
  if (polarity === 0) return 'neutral';
  return delta * polarity > 0 ? 'good' : 'bad';
}

/** "▲ +3", "▼ −2", "= 0": direction told by shape as well as by sign. */
export function trendText(delta: number, signedText: string): string {
  if (Math.abs(delta) < 0.05) return '= 0';
  return `${delta > 0 ? '▲' : '▼'} ${signedText}`;
}

/** A gauge's value as the screen writes it: growth in percent, patience out of ten. */
export function gaugeValue(key: IndicatorKey, value: number): string {
  const rounded = Math.round(value * 10) / 10;
  const text = rounded < 0 ? `\u2212${formatNumber(Math.abs(rounded))}` : formatNumber(rounded);
  if (key === 'economy.growth') return `${text}%`;
  if (key.startsWith('patience.')) return `${text}/10`;
  return text;
}
