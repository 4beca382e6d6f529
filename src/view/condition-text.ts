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
import type { Condition, Outcome } from '../scenario/schema';
import { indicatorLabel, powerName, TIER_LABELS } from './labels';
import { turnUnitOf } from './turn-unit';

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
  const unit = TEXT.units.word[turnUnitOf(cs)];
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
    unmet({ playedThisTurn: [id] }, C.sameTurn(actionTitle(id), unit));
  for (const [p, v] of entries(cond.leanAtLeast)) {
    unmet({ leanAtLeast: { [p]: v } }, C.leaned(POWER_NAMES(p), unit));
  }
  for (const [p, v] of entries(cond.leanBelow)) {
    unmet({ leanBelow: { [p]: v } }, C.notLeaned(POWER_NAMES(p), unit));
  }
  for (const flag of cond.flags ?? []) {
    if (read.holds({ flags: [flag] })) continue;
    const what = flagSetters(cs, flag);
    out.push(what.length > 0 ? C.storyAfter(what) : C.story);
  }
  for (const flag of cond.notFlags ?? []) {
    if (read.holds({ notFlags: [flag] })) continue;
    // The flag is up: name what the player did to raise it, not every way it could have been.
    const what = flagSetters(cs, flag, state);
    out.push(what.length > 0 ? C.tooLateAfter(what) : C.tooLate);
  }
  if (cond.any && !read.holds({ any: cond.any })) {
    const options = cond.any.map((c) => unmetConditions(cs, state, c).join(C.and)).filter(Boolean);
    out.push(C.oneOf(options));
  }
  return out;
}

/**
 * The decisions and events that raise a flag, in words: a flag is a story's memory
 * ("the US partnership is signed"), and a player knows it by what they did, not by its id.
 * Given `happened` (the flag is up in that state), only those that happened in that game are
 * named, when any can be told apart.
 */
export function flagSetters(cs: CompiledScenario, flag: string, happened?: GameState): string[] {
  const sets = (o: Outcome | undefined) =>
    !!o &&
    ((o.setFlags ?? []).includes(flag) || (o.risks ?? []).some((r) => r.setFlags?.includes(flag)));
  const all: { text: string; key: string }[] = [];
  for (const action of cs.scenario.actions) {
    if (sets(action.effects))
      all.push({ text: C.decisionNamed(action.title), key: `action:${action.id}` });
  }
  for (const event of [...cs.scenario.events, ...cs.scenario.randomEvents.events]) {
    if (sets(event.effects))
      all.push({ text: C.eventNamed(event.title), key: `event:${event.id}` });
    for (const choice of event.choices ?? []) {
      if (sets(choice.effects))
        all.push({
          text: C.answerNamed(event.title, choice.label),
          key: `choice:${event.id}/${choice.id}`,
        });
    }
  }
  const done = happened ? all.filter((s) => (happened.counts[s.key] ?? 0) > 0) : [];
  return [...new Set((done.length > 0 ? done : all).map((s) => s.text))];
}
