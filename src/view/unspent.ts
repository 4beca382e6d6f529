/**
 * Whether ending the turn now would leave capital on the table: the capital left and the cards
 * it could still pay for. Nothing is asked when no card can be played (nothing affordable,
 * nothing dealt, everything resting), so the question never nags.
 */
import { type CompiledScenario, type GameState, legalActions } from '../engine';

export interface Unspent {
  readonly capital: number;
  /** Titles of the cards the player could still play this turn, in the scenario's order. */
  readonly cards: readonly string[];
}

export function unspentCapital(cs: CompiledScenario, state: GameState): Unspent | null {
  if (state.phase !== 'actions') return null;
  const capital = state.ind['home.capital'] ?? 0;
  if (capital <= 0) return null;
  const cards = legalActions(cs, state)
    .filter((a) => a.type === 'play')
    .map((a) => (a.type === 'play' ? (cs.actions.get(a.action)?.title ?? a.action) : ''));
  return cards.length > 0 ? { capital, cards } : null;
}
