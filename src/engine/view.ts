/** The read-only face of a state that conditions and formulas look at. */
import type { IndicatorKey, PowerId, TierId } from './indicators';
import type { GameState, Indicators, PerPower } from './state';

export interface View {
  readonly ind: Indicators | Readonly<Record<IndicatorKey, number>>;
  readonly tiers: PerPower<TierId>;
  readonly lean: PerPower<number>;
  readonly turn: number;
  readonly playedThisTurn: readonly string[];
  hasFlag(flag: string): boolean;
  count(key: string): number;
}

/**
 * A class rather than an object of closures: `legalActions` builds a view
 * for every state it looks at, and prototype methods cost no allocation.
 */
class StateView implements View {
  readonly ind: Indicators;
  readonly tiers: PerPower<TierId>;
  readonly lean: PerPower<number>;
  readonly turn: number;
  readonly playedThisTurn: readonly string[];
  private readonly state: GameState;

  constructor(state: GameState) {
    this.state = state;
    this.ind = state.ind;
    this.tiers = state.tiers;
    this.lean = state.lean;
    this.turn = state.turn;
    this.playedThisTurn = state.playedThisTurn;
  }

  hasFlag(flag: string): boolean {
    return this.state.flags.includes(flag);
  }

  count(key: string): number {
    return this.state.counts[key] ?? 0;
  }
}

export function stateView(state: GameState): View {
  return new StateView(state);
}

export type { PowerId };
