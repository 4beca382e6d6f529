/**
 * The parts of a card's condition that do not hold now, in words: "from
 * September 2023", "Relations with the US at least 60 (now 52)". Each part is
 * tested through the engine's own `holds`, so the words cannot disagree with
 * the rules.
 */
import {
  type CompiledScenario,
  type GameState,
  type IndicatorKey,
  type PowerId,
  stateReader,
  type TierId,
} from '../engine';
import { TEXT } from '../i18n';
import { calendarLabel } from '../i18n/turn-label';
import type { Condition } from '../scenario/schema';
import { indicatorLabel, powerName, TIER_LABELS } from './labels';

const C = TEXT.view.conditions;

function entries<T>(record: Partial<Record<string, T>> | undefined): [string, T][] {
  return Object.entries(record ?? {}).filter((e): e is [string, T] => e[1] !== undefined);
}

export function unmetConditions(
  cs: CompiledScenario,
  state: GameState,
  cond: Condition | undefined,
): string[] {
  if (!cond) return [];
  const powers = cs.scenario.powers;
  const indicatorName = (key: string) => indicatorLabel(powers, key).name;
  const POWER_NAMES = (p: PowerId) => powerName(powers, p);
  const read = stateReader(cs, state);
  const out: string[] = [];
  const unmet = (part: Condition, text: string) => {
    if (!read.holds(part)) out.push(text);
  };
  const turnLabel = (id: string) => {
    const t = cs.scenario.calendar[cs.turnIndex.get(id) ?? -1];
    return t ? calendarLabel(t) : id;
  };
  const actionTitle = (id: string) => cs.actions.get(id)?.title ?? id;
  for (const [key, v] of entries(cond.min)) {
    unmet(
      { min: { [key]: v } },
      C.atLeast(indicatorName(key), v, state.ind[key as IndicatorKey] ?? 0),
    );
  }
  for (const [key, v] of entries(cond.max)) {
    unmet(
      { max: { [key]: v } },
      C.atMost(indicatorName(key), v, state.ind[key as IndicatorKey] ?? 0),
    );
  }
  if (cond.fromTurn) unmet({ fromTurn: cond.fromTurn }, C.opens(turnLabel(cond.fromTurn)));
  if (cond.toTurn) unmet({ toTurn: cond.toTurn }, C.closed(turnLabel(cond.toTurn)));
  for (const [p, tier] of entries(cond.tierAtLeast)) {
    unmet({ tierAtLeast: { [p]: tier } }, C.tierFirst(POWER_NAMES(p), TIER_LABELS[tier as TierId]));
  }
  for (const [p, tier] of entries(cond.tierBelow)) {
    unmet({ tierBelow: { [p]: tier } }, C.tierAlready(POWER_NAMES(p), TIER_LABELS[tier as TierId]));
  }
  for (const id of cond.played ?? []) unmet({ played: [id] }, C.after(actionTitle(id)));
  for (const id of cond.notPlayed ?? []) unmet({ notPlayed: [id] }, C.before(actionTitle(id)));
  for (const id of cond.playedThisTurn ?? [])
    unmet({ playedThisTurn: [id] }, C.sameMonth(actionTitle(id)));
  for (const [p, v] of entries(cond.leanAtLeast)) {
    unmet({ leanAtLeast: { [p]: v } }, C.leaned(POWER_NAMES(p)));
  }
  for (const [p, v] of entries(cond.leanBelow)) {
    unmet({ leanBelow: { [p]: v } }, C.notLeaned(POWER_NAMES(p)));
  }
  if ((cond.flags?.length ?? 0) > 0 && !read.holds({ flags: cond.flags ?? [] })) {
    out.push(C.story);
  }
  if ((cond.notFlags?.length ?? 0) > 0 && !read.holds({ notFlags: cond.notFlags ?? [] })) {
    out.push(C.tooLate);
  }
  if (cond.any && !read.holds({ any: cond.any })) {
    const options = cond.any.map((c) => unmetConditions(cs, state, c).join(C.and)).filter(Boolean);
    out.push(C.oneOf(options));
  }
  return out;
}
