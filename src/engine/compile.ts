/**
 * A validated scenario turned into lookup tables the rules use on every
 * step. Built once per scenario; never part of the game state.
 */
import type {
  Action,
  Condition,
  RandomEvent,
  Reaction,
  Scenario,
  ScheduledEvent,
} from '../scenario/schema';
import { conditionTest, formulaFn, type Pred } from './conditions';
import { hashJson } from './hash';
import type { PowerId } from './indicators';
import type { View } from './view';

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
  /** Strings the rules would otherwise build on every step. */
  readonly keys: CompiledKeys;
  /** Conditions and weights as functions, aligned with the lists they come from. */
  readonly checks: CompiledChecks;
}

export interface CompiledChecks {
  /** Per action of scenario.actions: its `requires`. */
  readonly actionRequires: readonly Pred[];
  readonly reactionWhen: Readonly<Record<PowerId, readonly Pred[]>>;
  readonly reactionWeight: Readonly<Record<PowerId, readonly ((view: View) => number)[]>>;
  /** Per random event of scenario.randomEvents.events. */
  readonly randomWhen: readonly Pred[];
  readonly randomWeight: readonly ((view: View) => number)[];
}

export interface CompiledKeys {
  /** `action:<id>` per action, in the order of scenario.actions. */
  readonly actionCount: readonly string[];
  /** `action:<id>` by action id. */
  readonly actionSource: ReadonlyMap<string, string>;
  /** `choice:<event>/<choice>` by event id, aligned with the event's choices. */
  readonly choiceSource: ReadonlyMap<string, readonly string[]>;
  /** The decision that plays each action, in the order of scenario.actions (shared, read-only). */
  readonly play: readonly { readonly type: 'play'; readonly action: string }[];
  /** `event:<id>` per event id. */
  readonly eventCount: ReadonlyMap<string, string>;
  /** `reaction:<power>/<id>` per reaction, in the order of `reactions`. */
  readonly reaction: Readonly<Record<PowerId, readonly string[]>>;
}

/** The content hash identifies a scenario's rules and texts, not its file layout. */
export function scenarioHash(scenario: Scenario): string {
  const { $schema: _ignored, ...content } = scenario;
  return hashJson(content);
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
  const reactions: Record<PowerId, readonly Reaction[]> = {
    cn: scenario.powers.cn.reactions,
    us: scenario.powers.us.reactions,
    jp: scenario.powers.jp.reactions,
  };
  const reactionKeys = {
    cn: reactions.cn.map((r) => `reaction:cn/${r.id}`),
    us: reactions.us.map((r) => `reaction:us/${r.id}`),
    jp: reactions.jp.map((r) => `reaction:jp/${r.id}`),
  };
  const keys: CompiledKeys = {
    actionCount: scenario.actions.map((a) => `action:${a.id}`),
    actionSource: new Map(scenario.actions.map((a) => [a.id, `action:${a.id}`] as const)),
    choiceSource: new Map(
      [...events.values()].map(
        (ev) => [ev.id, (ev.choices ?? []).map((c) => `choice:${ev.id}/${c.id}`)] as const,
      ),
    ),
    play: scenario.actions.map((a) => Object.freeze({ type: 'play' as const, action: a.id })),
    eventCount: new Map([...events.keys()].map((id) => [id, `event:${id}`] as const)),
    reaction: reactionKeys,
  };
  const when = (c: Condition | undefined) => conditionTest(c, turnIndex);
  const checks: CompiledChecks = {
    actionRequires: scenario.actions.map((a) => when(a.requires)),
    reactionWhen: {
      cn: reactions.cn.map((r) => when(r.when)),
      us: reactions.us.map((r) => when(r.when)),
      jp: reactions.jp.map((r) => when(r.when)),
    },
    reactionWeight: {
      cn: reactions.cn.map((r) => formulaFn(r.weight)),
      us: reactions.us.map((r) => formulaFn(r.weight)),
      jp: reactions.jp.map((r) => formulaFn(r.weight)),
    },
    randomWhen: scenario.randomEvents.events.map((e) => when(e.when)),
    randomWeight: scenario.randomEvents.events.map((e) => formulaFn(e.weight)),
  };
  return {
    scenario,
    hash: scenarioHash(scenario),
    keys,
    checks,
    turnIndex,
    eventsByTurn,
    events,
    actions: new Map(scenario.actions.map((a) => [a.id, a])),
    reactions,
  };
}
