/**
 * Whether a chance in a preview is a risk, a gain, or could go either way, read from the signed
 * effects of its outcome through the gauges' own sense of good and bad (`changeTone`: each
 * indicator's polarity, the bamboo meter by its distance from the centre). A heading that says
 * "Risks" over a chance of good news would mislead the player about the very thing it weighs.
 */
import type { IndicatorKey } from '../engine';
import { changeTone } from './gauge-display';

/** Only bad outcomes; good and bad together (or neither); only good outcomes. */
export type ChanceKind = 'risk' | 'mixed' | 'gain';

/** The order a preview lists them in: what can hurt first. */
export const CHANCE_KINDS: readonly ChanceKind[] = ['risk', 'mixed', 'gain'];

export interface SignedEffect {
  readonly indicator: IndicatorKey;
  readonly delta: number;
  /** The value before the change: the bamboo meter's tone depends on where it starts. */
  readonly from: number;
}

/**
 * A chance whose effects are all bad (or of no side) is a risk, all good a gain; one that
 * moves some gauges each way, or none that has a side (nationalism alone), could go either way.
 */
export function chanceKind(effects: readonly SignedEffect[]): ChanceKind {
  let good = false;
  let bad = false;
  for (const e of effects) {
    const tone = changeTone(e.indicator, e.delta, e.from);
    if (tone === 'good') good = true;
    else if (tone === 'bad') bad = true;
  }
  if (good === bad) return 'mixed';
  return good ? 'gain' : 'risk';
}

/** The chances by kind, in `CHANCE_KINDS` order, each kind keeping its chances' order; empty kinds left out. */
export function chanceGroups<T extends { readonly kind: ChanceKind }>(
  chances: readonly T[],
): { readonly kind: ChanceKind; readonly chances: readonly T[] }[] {
  return CHANCE_KINDS.map((kind) => ({
    kind,
    chances: chances.filter((c) => c.kind === kind),
  })).filter((g) => g.chances.length > 0);
}
