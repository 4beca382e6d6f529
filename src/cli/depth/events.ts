/**
 * How much each event's answer matters. For every event with choices, the
 * historical path is played once per seed with each answer forced in its
 * place (every other decision as history took it): the gap between the best
 * and the worst answer on a seed says whether the dilemma is real, and how
 * often history's own answer is the best says whether copying history is
 * enough.
 */
import type { CompiledScenario, GameAction, GameState, Policy } from '../../engine';
import { POLICIES } from '../../engine';
import type { Packed } from '../../engine/packed';
import type { RngCursor } from '../../engine/rng';
import { registerPacked } from '../../engine/sim';
import { spreadOf } from '../balance/run';
import { finalState, firedEvents, resultOf, round } from './games';

export interface ChoiceResult {
  readonly id: string;
  /** Median final score with this answer, on the seeds where the event fired and it was legal (null: none). */
  readonly median: number | null;
  /** Share of those seeds on which the answer was legal when the event came. */
  readonly legalShare: number;
}

export interface EventDepth {
  readonly id: string;
  /** The turn a scheduled event is dated in, or "random". */
  readonly when: string;
  readonly firedShare: { readonly historical: number; readonly bots: number };
  /** Median over the seeds where it fired on the historical path of (best − worst answer); null: never fired there. */
  readonly gapMedian: number | null;
  /**
   * Share of those seeds where history's answer scored best (ties count as
   * best); null when it never fired there, or when history gives no answer
   * of its own (a random event no step names and no choice is marked for:
   * the historical bot then takes the first answer, which says nothing).
   */
  readonly historicalBestShare: number | null;
  /** The answer history gave most often; null when history names none. */
  readonly historicalAnswer: string | null;
  readonly choices: readonly ChoiceResult[];
}

const historical = POLICIES.historical as Policy;

/** What one forced game saw of the event: history's answer and whether the forced one was legal. */
interface Seen {
  history: string | null;
  legal: boolean | null;
}

/**
 * The historical bot with one event's answer replaced. The historical bot
 * reads only the turn, the phase and the waiting events, which a packed
 * state holds under the same names.
 */
function forcedPolicy(eventId: string, choiceId: string, seen: Seen): Policy {
  const choose = (
    cs: CompiledScenario,
    p: Packed,
    legal: readonly GameAction[],
    rand: RngCursor,
  ): GameAction => {
    const own = historical.choose(cs, p as unknown as GameState, legal, rand);
    if (p.phase !== 'event' || p.pending[0] !== eventId) return own;
    const forced = legal.find(
      (d) => d.type === 'choose' && d.event === eventId && d.choice === choiceId,
    );
    if (seen.legal === null) {
      seen.legal = forced !== undefined;
      seen.history = own.type === 'choose' ? own.choice : null;
    }
    return forced ?? own;
  };
  const policy: Policy = {
    name: historical.name,
    description: `history, but "${choiceId}" for "${eventId}"`,
    choose: () => {
      throw new Error('a forced answer plays on the packed state only');
    },
  };
  registerPacked(policy, choose);
  return policy;
}

/** Whether the scenario's history answers this event: a step names an answer, or one is marked. */
function historyAnswers(cs: CompiledScenario, eventId: string): boolean {
  return (
    cs.scenario.historicalPath.steps.some((s) => s.choose[eventId] !== undefined) ||
    (cs.events.get(eventId)?.choices ?? []).some((c) => c.historical)
  );
}

export function eventsWithChoices(cs: CompiledScenario): { id: string; when: string }[] {
  const calendar = cs.scenario.calendar;
  const turnOf = (date: string) => calendar.find((t) => t.start <= date && date <= t.end)?.id;
  return [
    ...cs.scenario.events
      .filter((e) => (e.choices?.length ?? 0) > 0)
      .map((e) => ({ id: e.id, when: turnOf(e.date) ?? e.date })),
    ...cs.scenario.randomEvents.events
      .filter((e) => (e.choices?.length ?? 0) > 0)
      .map((e) => ({ id: e.id, when: 'random' })),
  ];
}

export function eventDepth(
  cs: CompiledScenario,
  seeds: readonly string[],
  firedByBots: { readonly games: number; readonly fired: ReadonlyMap<string, number> },
  onGame?: () => void,
): EventDepth[] {
  const baseline = seeds.map((seed) => new Set(firedEvents(finalState(cs, seed, historical))));
  return eventsWithChoices(cs).map(({ id, when }) => {
    const firedSeeds = seeds.filter((_, i) => baseline[i]?.has(id));
    const choices = cs.events.get(id)?.choices ?? [];
    // scores[seed][choice]: null where the answer was not legal.
    const scores = firedSeeds.map(() => choices.map((): number | null => null));
    const history: (string | null)[] = firedSeeds.map(() => null);
    choices.forEach((choice, c) => {
      firedSeeds.forEach((seed, s) => {
        const seen: Seen = { history: null, legal: null };
        const score = resultOf(finalState(cs, seed, forcedPolicy(id, choice.id, seen))).score;
        if (seen.legal) (scores[s] as (number | null)[])[c] = score;
        history[s] ??= seen.history;
        onGame?.();
      });
    });
    const gaps: number[] = [];
    let historyBest = 0;
    scores.forEach((row, s) => {
      const legal = row.filter((x): x is number => x !== null);
      if (legal.length === 0) return;
      const best = Math.max(...legal);
      gaps.push(best - Math.min(...legal));
      const h = choices.findIndex((c) => c.id === history[s]);
      const hs = h >= 0 ? row[h] : null;
      if (hs !== null && hs !== undefined && hs >= best - 1e-9) historyBest++;
    });
    const n = firedSeeds.length;
    const named = historyAnswers(cs, id);
    return {
      id,
      when,
      firedShare: {
        historical: round(n / Math.max(1, seeds.length), 3),
        bots: round((firedByBots.fired.get(id) ?? 0) / Math.max(1, firedByBots.games), 3),
      },
      gapMedian: gaps.length > 0 ? round(spreadOf(gaps).median) : null,
      historicalBestShare: named && gaps.length > 0 ? round(historyBest / gaps.length, 3) : null,
      historicalAnswer: named ? mostCommon(history) : null,
      choices: choices.map((choice, c) => {
        const legal = scores.map((row) => row[c]).filter((x): x is number => x != null);
        return {
          id: choice.id,
          median: legal.length > 0 ? spreadOf(legal).median : null,
          legalShare: round(legal.length / Math.max(1, n), 3),
        };
      }),
    };
  });
}

function mostCommon(items: readonly (string | null)[]): string | null {
  const n = new Map<string, number>();
  for (const x of items) if (x !== null) n.set(x, (n.get(x) ?? 0) + 1);
  let best: string | null = null;
  for (const [k, v] of n) if (best === null || v > (n.get(best) ?? 0)) best = k;
  return best;
}

/** Games `eventDepth` plays, at most (for progress). */
export function eventGames(cs: CompiledScenario, seeds: number): number {
  return (
    seeds +
    eventsWithChoices(cs).reduce((a, e) => a + (cs.events.get(e.id)?.choices?.length ?? 0), 0) *
      seeds
  );
}
