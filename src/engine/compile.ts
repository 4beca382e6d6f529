/**
 * A validated scenario turned into lookup tables the rules use on every
 * step. Built once per scenario; never part of the game state.
 */

import { hashJson } from './hash';
import type { PowerId } from './indicators';
import { rulesOf } from './rules-of';
import type { Action, RandomEvent, Reaction, Scenario, ScheduledEvent } from './scenario';
import { buildTables, type RuleTables } from './tables';

export type AnyEvent =
  | (ScheduledEvent & { readonly random?: false })
  | (RandomEvent & { readonly random: true });

export interface CompiledScenario {
  readonly scenario: Scenario;
  readonly hash: string;
  readonly turnIndex: ReadonlyMap<string, number>;
  /** Scheduled events per turn, in date order. */
  readonly eventsByTurn: readonly (readonly ScheduledEvent[])[];
  readonly events: ReadonlyMap<string, AnyEvent>;
  readonly actions: ReadonlyMap<string, Action>;
  readonly reactions: Readonly<Record<PowerId, readonly Reaction[]>>;
  /** The rules' flat tables over the packed state (tables.ts). */
  readonly tables: RuleTables;
}

/**
 * The rules hash identifies what a scenario plays, not how it is worded or
 * laid out: its texts in any language (rules-of.ts) leave it unchanged.
 */
export function scenarioHash(scenario: Scenario): string {
  return hashJson(rulesOf(scenario));
}

export function turnOfDate(scenario: Scenario, date: string): number {
  return scenario.calendar.findIndex((t) => t.start <= date && date <= t.end);
}

export function compileScenario(scenario: Scenario): CompiledScenario {
  const turnIndex = new Map(scenario.calendar.map((t, i) => [t.id, i] as const));
  const eventsByTurn: ScheduledEvent[][] = scenario.calendar.map(() => []);
  const events = new Map<string, AnyEvent>();
  const sorted = [...scenario.events].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  for (const ev of sorted) {
    const turn = turnOfDate(scenario, ev.date);
    if (turn >= 0) eventsByTurn[turn]?.push(ev);
    events.set(ev.id, ev);
  }
  for (const ev of scenario.randomEvents.events) events.set(ev.id, { ...ev, random: true });
  const reactions: Record<PowerId, readonly Reaction[]> = Object.fromEntries(
    Object.entries(scenario.powers).map(([id, p]) => [id, p.reactions] as const),
  );
  return {
    scenario,
    hash: scenarioHash(scenario),
    tables: buildTables(scenario, turnIndex, eventsByTurn),
    turnIndex,
    eventsByTurn,
    events,
    actions: new Map(scenario.actions.map((a) => [a.id, a])),
    reactions,
  };
}
