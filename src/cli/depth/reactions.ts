/**
 * How far the powers' reactions are reached: a ladder whose top rung no
 * game ever climbs to is as dead as an event that never fires, and a
 * reaction only one bot meets is worth knowing about when tuning.
 */
import type { CompiledScenario } from '../../engine';
import type { BotSummary } from './bots';
import { round } from './games';

export interface ReactionReach {
  /** `power/id`, as the engine counts it (`reaction:cn/survey-ship`). */
  readonly id: string;
  readonly kind: string;
  /** Games, over every bot and the historical path, in which it happened at least once. */
  readonly games: number;
  /** Share of the historical path's games / of every other bot's games in which it happened. */
  readonly firedShare: { readonly historical: number; readonly bots: number };
  /** Per bot: the games in which it happened (bots that never met it are left out). */
  readonly byBot: Readonly<Record<string, number>>;
}

export function reactionReach(
  cs: CompiledScenario,
  bots: readonly BotSummary[],
  reacted: ReadonlyMap<string, ReadonlyMap<string, number>>,
): ReactionReach[] {
  const gamesOf = new Map(bots.map((b) => [b.policy, b.games] as const));
  const historyGames = gamesOf.get('historical') ?? 0;
  const otherGames = bots.reduce((a, b) => a + (b.policy === 'historical' ? 0 : b.games), 0);
  const out: ReactionReach[] = [];
  for (const [power, p] of Object.entries(cs.scenario.powers))
    for (const r of p.reactions) {
      const id = `${power}/${r.id}`;
      const byBot: Record<string, number> = {};
      let history = 0;
      let others = 0;
      for (const b of bots) {
        const n = reacted.get(b.policy)?.get(id) ?? 0;
        if (n > 0) byBot[b.policy] = n;
        if (b.policy === 'historical') history += n;
        else others += n;
      }
      out.push({
        id,
        kind: r.kind,
        games: history + others,
        firedShare: {
          historical: round(history / Math.max(1, historyGames), 3),
          bots: round(others / Math.max(1, otherGames), 3),
        },
        byBot,
      });
    }
  return out;
}
