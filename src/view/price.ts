/**
 * Why a card costs what it costs: its printed price, and what the state adds to it (a card
 * whose price rises with a power's suspicion costs more the more that power suspects you).
 * The card's tile and its preview read the same figures, so they always show the same price.
 */
import { actionCost, type CompiledScenario, type GameState } from '../engine';
import { formatNumber, TEXT } from '../i18n';
import type { Action } from '../scenario/schema';
import { signed } from './format';
import { indicatorLabel } from './labels';

export interface PriceRise {
  /** The gauge the price follows, in the player's words. */
  readonly label: string;
  /** How much it adds now, before the total is rounded. */
  readonly amount: number;
}

export interface Price {
  /** What the card costs now: what the engine charges. */
  readonly cost: number;
  /** The price printed on the card, before the state adds to it. */
  readonly base: number;
  /** What the state adds, largest first; empty for a card with a fixed price. */
  readonly rises: readonly PriceRise[];
  /** The price as last month began, when it differed: a price that moved says so. */
  readonly was?: number;
}

/** `earlier`: the state the player last saw the card priced in (last month's start). */
export function priceOf(
  cs: CompiledScenario,
  action: Action,
  state: GameState,
  earlier?: GameState,
): Price {
  const rises = Object.entries(action.costPer ?? {})
    .map(([key, per]) => ({
      label: indicatorLabel(cs.scenario.powers, key).name,
      amount: (per ?? 0) * (state.ind[key] ?? 0),
    }))
    .filter((r) => Math.abs(r.amount) >= 0.05)
    .sort((a, b) => b.amount - a.amount);
  const cost = actionCost(cs, action, state);
  const was = earlier ? actionCost(cs, action, earlier) : cost;
  return { cost, base: action.cost, rises, ...(was !== cost ? { was } : {}) };
}

/**
 * Whether the state has pushed the price above the printed one. A card printed at 0 whose price
 * is all made by the state (a visit dearer the warmer the ties) has no usual price to rise above.
 */
export function priceRaised(price: Price): boolean {
  return price.base > 0 && price.cost > price.base && price.rises.length > 0;
}

/**
 * The one line that says why the price is what it is, as a sum: "2 = 1 printed + 1.7 for
 * relations with Washington + 0.6 for Washington's suspicion, rounded", then whether it moved
 * since last month; null for a card with a fixed price that has not moved.
 */
export function priceWhy(price: Price): string | null {
  const p = TEXT.game.preview;
  const moved = price.was === undefined ? '' : p.priceMoved(price.was, price.cost);
  if (price.rises.length === 0) return moved || null;
  // A card printed at 0 costs only what raises it: "2 = 1.7 for …", not "0 printed + 1.7".
  const terms = price.rises.map((r, i) => {
    const amount = Math.round(r.amount * 10) / 10;
    return p.priceTerm(
      price.base === 0 && i === 0 ? formatNumber(amount) : signed(amount),
      r.label,
    );
  });
  const exact = price.base + price.rises.reduce((a, r) => a + r.amount, 0);
  const rounded = Math.abs(exact - price.cost) >= 0.05;
  return (
    p.priceSum(price.cost, price.base === 0 ? null : price.base, terms.join(' '), rounded) + moved
  );
}
