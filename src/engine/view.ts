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

export function stateView(state: GameState): View {
  return {
    ind: state.ind,
    tiers: state.tiers,
    lean: state.lean,
    turn: state.turn,
    playedThisTurn: state.playedThisTurn,
    hasFlag: (flag) => state.flags.includes(flag),
    count: (key) => state.counts[key] ?? 0,
  };
}

export type { PowerId };
