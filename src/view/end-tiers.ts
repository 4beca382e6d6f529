/**
 * The partnerships as a year ended, in words. A rupture ends the relation whatever rank it held
 * on paper: the debrief says "ruptured" for that power, not the tier it had before.
 */
import { type Ending, ruptureOf, type TierId } from '../engine';
import { TEXT } from '../i18n';
import { type PowerTable, powerName, TIER_LABELS } from './labels';

export function endTiers(
  powers: PowerTable,
  tiers: Readonly<Record<string, TierId>>,
  ending: Ending | null,
): string[] {
  const broken = ending ? ruptureOf(ending.outcome) : null;
  return Object.keys(powers).map((p) => {
    const tier = tiers[p];
    const label = tier ? (TIER_LABELS[tier] ?? tier) : '';
    return `${powerName(powers, p)}: ${p === broken ? TEXT.view.ruptured(label) : label}`;
  });
}
