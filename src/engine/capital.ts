/**
 * Political capital paid in at the start of each turn after the first, each
 * part under its own cause so the screens can say why this month's income is
 * what it is: the base allowance with its legitimacy bonus, what growth adds
 * or takes, and the upkeep of a hoard. The upkeep, taken after the income,
 * keeps capital scarce: a stock kept unspent melts, so a careful player
 * cannot sit on a full purse and answers that cost capital never become free.
 */
import type { Rules } from './scenario';
import type { Tx } from './tx';
import type { Vocabulary } from './vocabulary';

/** capitalPerTurn and the legitimacy bonus, rounded. */
export function baseIncome(home: Rules['home'], legitimacy: number): number {
  return Math.round(home.capitalPerTurn + (home.legitimacyBonus * (legitimacy - 50)) / 50);
}

/** What growth above (or below) the pivot adds (or takes), rounded. */
export function growthIncome(home: Rules['home'], growth: number): number {
  const per = home.capitalPerGrowth ?? 0;
  return per === 0 ? 0 : Math.round(per * (growth - home.moodGrowthPivot));
}

/**
 * The upkeep (≤ 0) of a stock: the share capitalUpkeep of what lies above
 * capitalUpkeepFrom, rounded down in size so a sliver over the line costs nothing.
 */
export function capitalUpkeep(home: Rules['home'], stock: number): number {
  const rate = home.capitalUpkeep ?? 0;
  const excess = stock - (home.capitalUpkeepFrom ?? 0);
  return rate === 0 || excess <= 0 ? 0 : -Math.floor(rate * excess);
}

export function payCapital(tx: Tx, home: Rules['home'], v: Vocabulary): void {
  tx.add(v.capital, baseIncome(home, tx.get(v.legitimacy)), 'rule:capital-income');
  const growth = growthIncome(home, tx.get(v.growth));
  if (growth !== 0) tx.add(v.capital, growth, 'rule:capital-growth');
  const upkeep = capitalUpkeep(home, tx.get(v.capital));
  if (upkeep !== 0) tx.add(v.capital, upkeep, 'rule:capital-upkeep');
}
