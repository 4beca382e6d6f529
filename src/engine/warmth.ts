/**
 * Rivals watch the warmth: each power's suspicion rises with how close
 * Hà Nội has grown to its rivals, `rate` for every point of each rival's
 * relation above `from`. Lean signals only see a month's moves; this sees
 * where the year stands, so keeping every capital at 95 is not free: each
 * one reads the others' warmth as a tilt away from it. The bamboo answer is
 * to stay close enough to all, not as close as possible to each.
 */
import type { Rules } from './scenario';
import type { RuleTables } from './tables';
import type { Tx } from './tx';

export function applyWarmth(tx: Tx, rules: Rules, t: RuleTables): void {
  const warmth = rules.warmth;
  if (!warmth || warmth.rate === 0) return;
  const v = t.vocab;
  const rivals = t.signals.rivals;
  for (let s = 0; s < v.powers.length; s++) {
    const of = rivals[s] as readonly number[];
    let over = 0;
    for (let i = 0; i < of.length; i++)
      over += Math.max(0, tx.get(v.relation[of[i] as number] as number) - warmth.from);
    if (over > 0) tx.add(v.suspicion[s] as number, over * warmth.rate, 'rule:rivals-warmth');
  }
}
