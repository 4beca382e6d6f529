/**
 * The parts of a card's condition that do not hold now, in words: "from
 * September 2023", "Relations with the US at least 60 (now 52)". Each part is
 * tested through the engine's own `holds`, so the words cannot disagree with
 * the rules.
 */
import type { CompiledScenario, GameState, IndicatorKey, PowerId, TierId } from '../engine';
import { holds } from '../engine/conditions';
import { stateView } from '../engine/view';
import type { Condition } from '../scenario/schema';
import { INDICATOR_LABELS, POWER_NAMES, TIER_LABELS } from './labels';

function entries<T>(record: Partial<Record<string, T>> | undefined): [string, T][] {
  return Object.entries(record ?? {}).filter((e): e is [string, T] => e[1] !== undefined);
}

const indicatorName = (key: string) => INDICATOR_LABELS[key as IndicatorKey]?.name ?? key;

export function unmetConditions(
  cs: CompiledScenario,
  state: GameState,
  cond: Condition | undefined,
): string[] {
  if (!cond) return [];
  const view = stateView(state);
  const out: string[] = [];
  const unmet = (part: Condition, text: string) => {
    if (!holds(part, view, cs.turnIndex)) out.push(text);
  };
  const turnLabel = (id: string) => cs.scenario.calendar[cs.turnIndex.get(id) ?? -1]?.label ?? id;
  const actionTitle = (id: string) => cs.actions.get(id)?.title ?? id;
  for (const [key, v] of entries(cond.min)) {
    unmet(
      { min: { [key]: v } },
      `${indicatorName(key)} must be at least ${v} (now ${state.ind[key as IndicatorKey]})`,
    );
  }
  for (const [key, v] of entries(cond.max)) {
    unmet(
      { max: { [key]: v } },
      `${indicatorName(key)} must be at most ${v} (now ${state.ind[key as IndicatorKey]})`,
    );
  }
  if (cond.fromTurn) unmet({ fromTurn: cond.fromTurn }, `opens in ${turnLabel(cond.fromTurn)}`);
  if (cond.toTurn) unmet({ toTurn: cond.toTurn }, `closed after ${turnLabel(cond.toTurn)}`);
  for (const [p, tier] of entries(cond.tierAtLeast)) {
    unmet(
      { tierAtLeast: { [p]: tier } },
      `ties with ${POWER_NAMES[p as PowerId]} must first reach: ${TIER_LABELS[tier as TierId]}`,
    );
  }
  for (const [p, tier] of entries(cond.tierBelow)) {
    unmet(
      { tierBelow: { [p]: tier } },
      `ties with ${POWER_NAMES[p as PowerId]} are already at: ${TIER_LABELS[tier as TierId]}`,
    );
  }
  for (const id of cond.played ?? []) unmet({ played: [id] }, `only after "${actionTitle(id)}"`);
  for (const id of cond.notPlayed ?? [])
    unmet({ notPlayed: [id] }, `only before "${actionTitle(id)}"`);
  for (const id of cond.playedThisTurn ?? [])
    unmet({ playedThisTurn: [id] }, `only in the same month as "${actionTitle(id)}"`);
  for (const [p, v] of entries(cond.leanAtLeast)) {
    unmet(
      { leanAtLeast: { [p]: v } },
      `only after leaning toward ${POWER_NAMES[p as PowerId]} this month`,
    );
  }
  for (const [p, v] of entries(cond.leanBelow)) {
    unmet(
      { leanBelow: { [p]: v } },
      `only without leaning toward ${POWER_NAMES[p as PowerId]} this month`,
    );
  }
  if ((cond.flags?.length ?? 0) > 0 && !holds({ flags: cond.flags ?? [] }, view, cs.turnIndex)) {
    out.push('only after an earlier development in the story');
  }
  if (
    (cond.notFlags?.length ?? 0) > 0 &&
    !holds({ notFlags: cond.notFlags ?? [] }, view, cs.turnIndex)
  ) {
    out.push('no longer possible after what has happened');
  }
  if (cond.any && !holds({ any: cond.any }, view, cs.turnIndex)) {
    const options = cond.any
      .map((c) => unmetConditions(cs, state, c).join(' and '))
      .filter(Boolean);
    out.push(`one of: ${options.join('; or ')}`);
  }
  return out;
}
