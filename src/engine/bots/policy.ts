/** A bot policy: picks one of the legal decisions. Deterministic given its own random stream. */
import type { CompiledScenario } from '../compile';
import type { RngCursor } from '../rng';
import type { GameAction, GameState } from '../state';

export interface Policy {
  readonly name: string;
  readonly description: string;
  choose(
    cs: CompiledScenario,
    state: GameState,
    legal: readonly GameAction[],
    rand: RngCursor,
  ): GameAction;
}

export function pickOne<T>(items: readonly T[], rand: RngCursor): T {
  const item = items[Math.floor(rand.next() * items.length)];
  if (item === undefined) throw new Error('pickOne: nothing to pick from');
  return item;
}
