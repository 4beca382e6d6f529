/**
 * Relations need tending: a power Hà Nội did not engage this turn (no card
 * or answer leaned toward it by rules.neglect.engagedAt) cools, by a flat
 * `base` and by `rate` of the relation above `from`, so a warm partnership
 * cools faster than a cold one. Keeping three capitals close then costs
 * attention every month, instead of a high relation holding by itself.
 */
import type { Rules } from './scenario';
import type { Tx } from './tx';
import type { Vocabulary } from './vocabulary';

/** What neglect takes (≤ 0) from a relation at `relation`. */
export function neglectLoss(neglect: NonNullable<Rules['neglect']>, relation: number): number {
  return -(neglect.base + neglect.rate * Math.max(0, relation - neglect.from));
}

export function applyNeglect(tx: Tx, rules: Rules, v: Vocabulary): void {
  const neglect = rules.neglect;
  if (!neglect || (neglect.rate === 0 && neglect.base === 0)) return;
  const lean = tx.p.lean;
  for (let s = 0; s < v.powers.length; s++) {
    if ((lean[s] as number) >= neglect.engagedAt) continue;
    const slot = v.relation[s] as number;
    const loss = neglectLoss(neglect, tx.get(slot));
    if (loss !== 0) tx.add(slot, loss, 'rule:neglect');
  }
}
