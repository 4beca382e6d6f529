/**
 * Why a card costs what it costs: its printed price, and what the state adds to it (a card
 * whose price rises with a power's suspicion costs more the more that power suspects you).
 * The card's tile and its preview read the same figures, so they always show the same price.
 */
import { actionCost, type CompiledScenario, type GameState } from '../engine';
import { TEXT } from '../i18n';
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
}

export function priceOf(cs: CompiledScenario, action: Action, state: GameState): Price {
  const rises = Object.entries(action.costPer ?? {})
    .map(([key, per]) => ({
      label: indicatorLabel(cs.scenario.powers, key).name,
      amount: (per ?? 0) * (state.ind[key] ?? 0),
    }))
    .filter((r) => Math.abs(r.amount) >= 0.05)
    .sort((a, b) => b.amount - a.amount);
  return { cost: actionCost(cs, action, state), base: action.cost, rises };
}

/**
 * Whether the state has pushed the price above the printed one. A card printed at 0 whose price
 * is all made by the state (a visit dearer the warmer the ties) has no usual price to rise above.
 */
export function priceRaised(price: Price): boolean {
  return price.base > 0 && price.cost > price.base && price.rises.length > 0;
}

/** The one line that says why the price is what it is, or null for a card with a fixed price. */
export function priceWhy(price: Price): string | null {
  if (price.rises.length === 0) return null;
  const p = TEXT.game.preview;
  const list = price.rises.map((r) => p.rise(r.label, signed(r.amount))).join(', ');
  return priceRaised(price) ? p.rises(price.base, list) : p.follows(list);
}
