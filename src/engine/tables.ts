/**
 * A scenario's rules as flat tables over the packed state's slots (packed.ts):
 * every string key the rules would look up (`action:x`, a flag, an
 * indicator) becomes a small integer once, when the scenario is compiled,
 * and every condition and formula becomes a closure over those integers.
 * Order matters wherever numbers are summed: each list keeps the order the
 * scenario wrote it in, so the sums come out bit for bit as before.
 */

import {
  mayHoldIn,
  type PackedCondition,
  type PackedFormula,
  packCondition,
  packFormula,
  valueAt,
} from './conditions';
import { type RedLineTable, redLineTables } from './doctrine';
import type { NewsKind } from './explain';
import { type PowerId, type TierId, tierRank } from './indicators';
import type { Layout } from './layout';
import type { Packed } from './packed';
import type {
  Action,
  Choice,
  Condition,
  Formula,
  Outcome,
  Place,
  Power,
  RandomEvent,
  Reaction,
  Risk,
  Scenario,
  ScheduledEvent,
} from './scenario';
import { type SignalTable, signalTable } from './signals';
import type { SourceId } from './sources';
import type { GameAction } from './state';
import { type Vocabulary, vocabularyOf } from './vocabulary';

export type { Layout } from './layout';

/** Where an outcome comes from, as its causes and news name it (built once per table entry). */
export interface OutcomeContext {
  readonly source: SourceId;
  readonly kind: NewsKind;
  readonly power?: PowerId;
  readonly place?: Place;
}

/**
 * A context with every field present (absent ones undefined): contexts of one hidden class,
 * where leaving fields out gave four, and every outcome applied reads one.
 */
function context<K extends NewsKind, P extends PowerId | undefined>(
  source: SourceId,
  kind: K,
  power: P,
  place: Place | undefined,
): { readonly source: SourceId; readonly kind: K; readonly power: P; readonly place?: Place } {
  return { source, kind, power, place };
}

/** Indicator (or power) slots and amounts, in the order written. */
export interface Amounts {
  readonly at: Int32Array;
  readonly by: Float64Array;
}

export interface RiskTable {
  /** A fixed chance, already clamped, or null when `chanceFormula` computes it. */
  readonly chance: number | null;
  readonly chanceFormula: PackedFormula;
  readonly delta: Amounts;
  readonly lean: Amounts;
  readonly setFlags: readonly number[];
  /** Its count slot; `source` is its key. */
  readonly slot: number;
  readonly source: SourceId;
  readonly text: string;
}

export interface OutcomeTable {
  readonly delta: Amounts;
  readonly lean: Amounts;
  readonly tiers: readonly { readonly power: number; readonly rank: number }[];
  readonly setFlags: readonly number[];
  readonly clearFlags: readonly number[];
  readonly news: string | undefined;
  readonly risks: readonly RiskTable[];
}

export interface ActionTable {
  readonly action: Action;
  /** `action.id`, one hop nearer: actions are objects of several shapes (their optional fields). */
  readonly id: string;
  readonly index: number;
  readonly slot: number;
  readonly requires: PackedCondition;
  /** `action.cost` and `action.once`, one hop nearer: legalAt reads them for every card. */
  readonly cost: number;
  readonly once: boolean;
  /** Turns the card rests after it is played (0: only the rest of its own turn). */
  readonly cooldown: number;
  /** The cost before rounding when it follows the state (`costPer`), else null. */
  readonly costFormula: PackedFormula | null;
  /**
   * No condition, a fixed cost, not once a game: legal whenever it is
   * affordable and not yet played this turn. Most cards are, and legalAt
   * checks them with two reads instead of the whole list.
   */
  readonly plain: boolean;
  readonly effects: OutcomeTable;
  readonly ctx: OutcomeContext;
  readonly decision: GameAction;
}

export interface ChoiceTable {
  readonly choice: Choice;
  readonly slot: number;
  readonly requires: PackedCondition;
  /** `choice.cost ?? 0`; choices never follow the state (null, as for a fixed-cost card). */
  readonly cost: number;
  readonly costFormula: null;
  readonly effects: OutcomeTable;
  readonly ctx: OutcomeContext;
  readonly decision: GameAction;
}

/** What a legal decision stands for: an action card or an event's choice (null: ending the turn). */
export type DecisionTable = ActionTable | ChoiceTable | null;

export interface EventTable {
  readonly event: ScheduledEvent | RandomEvent;
  /**
   * `event.id`, one hop nearer: scenario events are objects of many shapes (their optional
   * fields), so reading the id through them was a megamorphic load every draw.
   */
  readonly id: string;
  readonly slot: number;
  readonly when: PackedCondition;
  /** Random events only (0 for scheduled ones). */
  readonly weight: PackedFormula;
  readonly maxTimes: number;
  /** Random events only: turns after a firing before it can be drawn again (0: none). */
  readonly cooldown: number;
  readonly effects: OutcomeTable | null;
  /** Scheduled events fire as `event:<id>`, random ones as `random:<id>`. */
  readonly ctx: OutcomeContext & { readonly kind: 'event' | 'random' };
  readonly choices: readonly ChoiceTable[];
  readonly place: Place | undefined;
  /** Scheduled events with a postponement (postpone.ts): how far, and the price paid each time. */
  readonly postpone: { readonly months: number; readonly price: OutcomeTable } | null;
}

export interface ReactionTable {
  readonly reaction: Reaction;
  readonly power: PowerId;
  readonly slot: number;
  readonly cooldown: number;
  readonly when: PackedCondition;
  readonly weight: PackedFormula;
  readonly effects: OutcomeTable;
  readonly ctx: OutcomeContext & { readonly power: PowerId };
}

export interface RuleTables {
  readonly layout: Layout;
  /** The scenario's powers and indicator slots (the same object as `layout.vocab`). */
  readonly vocab: Vocabulary;
  /** Per power slot: suspicion above which relations erode, and by how much per point. */
  readonly biteAt: readonly number[];
  readonly bite: readonly number[];
  /** The relation slots the rules' named partners give (economy.accessPartner, tradePartner). */
  readonly accessRelation: number;
  readonly tradeRelation: number;
  /** Per power slot: the collapse its rupture is (`rupture-<power>`). */
  readonly ruptures: readonly string[];
  readonly actions: readonly ActionTable[];
  /** By event id (a random event shadows a scheduled one of the same id, as in `cs.events`). */
  readonly events: ReadonlyMap<string, EventTable>;
  /** Scheduled events per turn, in date order. */
  readonly scheduled: readonly (readonly EventTable[])[];
  /** Per turn, the postponable events whose put-off date it is, in date order. */
  readonly retries: readonly (readonly EventTable[])[];
  readonly random: readonly EventTable[];
  /**
   * Per turn, the random events whose turn range includes it, in the same
   * order: the others could not be drawn, so a draw skips them unread.
   */
  readonly randomByTurn: readonly (readonly EventTable[])[];
  /** Per power slot. */
  readonly reactions: readonly (readonly ReactionTable[])[];
  /** Per power slot: the weight of reacting to nothing. */
  readonly quietWeight: readonly number[];
  /** The lean rules by power slot (signals.ts). */
  readonly signals: SignalTable;
  /** The doctrine's red lines over the packed state (doctrine.ts). */
  readonly redLines: readonly RedLineTable[];
  /** The table behind each decision object the tables hand out (see legalPacked). */
  readonly byDecision: ReadonlyMap<GameAction, ActionTable | ChoiceTable>;
}

function outcomesOf(s: Scenario): Outcome[] {
  const out: Outcome[] = [];
  for (const a of s.actions) out.push(a.effects);
  for (const ev of [...s.events, ...s.randomEvents.events]) {
    if (ev.effects) out.push(ev.effects);
    for (const c of ev.choices ?? []) out.push(c.effects);
  }
  for (const p of Object.values(s.powers)) for (const r of p.reactions) out.push(r.effects);
  return out;
}

/** Every condition a scenario writes, nested `any` parts included. */
export function conditionsOf(s: Scenario): Condition[] {
  const out: Condition[] = [];
  const add = (c: Condition | undefined) => {
    if (!c) return;
    out.push(c);
    for (const sub of c.any ?? []) add(sub);
  };
  for (const a of s.actions) add(a.requires);
  for (const ev of [...s.events, ...s.randomEvents.events]) {
    add(ev.when);
    for (const c of ev.choices ?? []) add(c.requires);
  }
  for (const p of Object.values(s.powers)) for (const r of p.reactions) add(r.when);
  return out;
}

class Slots {
  readonly slot = new Map<string, number>();
  readonly keys: string[] = [];
  of(key: string): number {
    let i = this.slot.get(key);
    if (i === undefined) {
      i = this.keys.length;
      this.slot.set(key, i);
      this.keys.push(key);
    }
    return i;
  }
}

function layoutOf(s: Scenario, events: readonly (ScheduledEvent | RandomEvent)[]): Layout {
  const counts = new Slots();
  const flags = new Slots();
  for (const a of s.actions) counts.of(`action:${a.id}`);
  for (const ev of events) {
    counts.of(`event:${ev.id}`);
    for (const c of ev.choices ?? []) counts.of(`choice:${ev.id}/${c.id}`);
  }
  for (const [p, power] of Object.entries(s.powers))
    for (const r of power.reactions) counts.of(`reaction:${p}/${r.id}`);
  for (const f of s.start.flags) flags.of(f);
  for (const o of outcomesOf(s)) {
    for (const f of [...(o.setFlags ?? []), ...(o.clearFlags ?? [])]) flags.of(f);
    for (const r of o.risks ?? []) {
      counts.of(`risk:${r.id}`);
      for (const f of r.setFlags ?? []) flags.of(f);
    }
  }
  for (const c of conditionsOf(s)) {
    for (const f of [...(c.flags ?? []), ...(c.notFlags ?? [])]) flags.of(f);
    for (const a of [...(c.played ?? []), ...(c.notPlayed ?? [])]) counts.of(`action:${a}`);
  }
  return {
    vocab: vocabularyOf(Object.keys(s.powers), s.indicators),
    countSlot: counts.slot,
    countKeys: counts.keys,
    flagSlot: flags.slot,
    flagNames: flags.keys,
    flagsSorted: [...flags.keys].sort().map((f) => flags.slot.get(f) as number),
    actionIndex: new Map(s.actions.map((a, i) => [a.id, i] as const)),
    actionIds: s.actions.map((a) => a.id),
  };
}

function amounts(rec: Partial<Record<string, number>> | undefined, slots: (k: string) => number) {
  const keys = rec ? Object.keys(rec) : [];
  return {
    at: Int32Array.from(keys, slots),
    by: Float64Array.from(keys, (k) => rec?.[k] as number),
  };
}

const clampChance = (x: number) => (x < 0 ? 0 : Math.min(x, 1));
const NO_FORMULA: PackedFormula = { base: 0, at: [], by: [] };

/** `evalChance` of a risk: its fixed chance or its formula, clamped to 0..1 the same way. */
export function chanceAt(risk: RiskTable, p: Packed): number {
  return risk.chance ?? clampChance(valueAt(risk.chanceFormula, p));
}

/**
 * A risk's table, every field written out in one literal: risks built by
 * spreading the chance's two fields into the rest each got a hidden class of
 * their own, and the turn's reads of them went megamorphic.
 */
function riskTable(
  r: Risk,
  vocab: Vocabulary,
  indicatorSlot: (k: string) => number,
  powerSlot: (k: string) => number,
  flag: (f: string) => number,
  counts: (key: string) => number,
): RiskTable {
  return {
    chance: typeof r.chance === 'number' ? clampChance(r.chance) : null,
    chanceFormula: typeof r.chance === 'number' ? NO_FORMULA : packFormula(r.chance, vocab),
    delta: amounts(r.delta, indicatorSlot),
    lean: amounts(r.lean, powerSlot),
    setFlags: (r.setFlags ?? []).map(flag),
    slot: counts(`risk:${r.id}`),
    source: `risk:${r.id}`,
    text: r.text,
  };
}

function outcomeTable(o: Outcome, layout: Layout, counts: (key: string) => number): OutcomeTable {
  const flag = (f: string) => layout.flagSlot.get(f) as number;
  const indicatorSlot = (k: string) => layout.vocab.slot[k] as number;
  const powerSlot = (k: string) => layout.vocab.powerSlot[k] as number;
  return {
    delta: amounts(o.delta, indicatorSlot),
    lean: amounts(o.lean, powerSlot),
    tiers: Object.keys(o.tier ?? {}).map((p) => ({
      power: powerSlot(p),
      rank: tierRank(o.tier?.[p as PowerId] as TierId),
    })),
    setFlags: (o.setFlags ?? []).map(flag),
    clearFlags: (o.clearFlags ?? []).map(flag),
    news: o.news,
    risks: (o.risks ?? []).map((r) =>
      riskTable(r, layout.vocab, indicatorSlot, powerSlot, flag, counts),
    ),
  };
}

export function buildTables(
  s: Scenario,
  turnIndex: ReadonlyMap<string, number>,
  scheduledByTurn: readonly (readonly ScheduledEvent[])[],
): RuleTables {
  const events = [...s.events, ...s.randomEvents.events];
  const layout = layoutOf(s, events);
  const slot = (key: string) => layout.countSlot.get(key) as number;
  const when = (c: Condition | undefined) => packCondition(c, layout, turnIndex);
  const formula = (f: Formula) => packFormula(f, layout.vocab);
  const vocab = layout.vocab;
  const powers = vocab.powers;
  const byDecision = new Map<GameAction, ActionTable | ChoiceTable>();

  const actions = s.actions.map((action, index): ActionTable => {
    const requires = when(action.requires);
    const table: ActionTable = {
      action,
      id: action.id,
      index,
      slot: slot(`action:${action.id}`),
      requires,
      cost: action.cost,
      once: action.once,
      cooldown: action.cooldown ?? s.rules.cards.cooldown,
      costFormula: action.costPer ? formula({ base: action.cost, per: action.costPer }) : null,
      plain: requires.tests === 0 && !action.costPer && !action.once,
      effects: outcomeTable(action.effects, layout, slot),
      ctx: context(`action:${action.id}`, 'action', undefined, undefined),
      decision: Object.freeze({ type: 'play' as const, action: action.id }),
    };
    byDecision.set(table.decision, table);
    return table;
  });

  const eventTable = (ev: ScheduledEvent | RandomEvent, kind: 'event' | 'random'): EventTable => ({
    event: ev,
    id: ev.id,
    slot: slot(`event:${ev.id}`),
    when: when(ev.when),
    weight: 'weight' in ev ? formula(ev.weight) : NO_FORMULA,
    maxTimes: 'maxTimes' in ev ? ev.maxTimes : 0,
    cooldown: 'cooldown' in ev ? (ev.cooldown ?? 0) : 0,
    effects: ev.effects ? outcomeTable(ev.effects, layout, slot) : null,
    ctx: context(`${kind}:${ev.id}`, kind, undefined, ev.place),
    choices: (ev.choices ?? []).map((choice): ChoiceTable => {
      const table: ChoiceTable = {
        choice,
        slot: slot(`choice:${ev.id}/${choice.id}`),
        requires: when(choice.requires),
        cost: choice.cost ?? 0,
        costFormula: null,
        effects: outcomeTable(choice.effects, layout, slot),
        ctx: context(`choice:${ev.id}/${choice.id}`, 'choice', undefined, ev.place),
        decision: Object.freeze({ type: 'choose' as const, event: ev.id, choice: choice.id }),
      };
      byDecision.set(table.decision, table);
      return table;
    }),
    place: ev.place,
    postpone:
      'postpone' in ev && ev.postpone
        ? {
            months: ev.postpone.months,
            price: outcomeTable({ delta: ev.postpone.price ?? {} }, layout, slot),
          }
        : null,
  });

  const byEvent = new Map<ScheduledEvent | RandomEvent, EventTable>();
  const eventsById = new Map<string, EventTable>();
  for (const ev of events) {
    const table = eventTable(ev, s.events.includes(ev as ScheduledEvent) ? 'event' : 'random');
    byEvent.set(ev, table);
    eventsById.set(ev.id, table);
  }
  const random = s.randomEvents.events.map((ev) => byEvent.get(ev) as EventTable);
  const scheduled = scheduledByTurn.map((list) => list.map((ev) => byEvent.get(ev) as EventTable));
  const retries = scheduled.map((): EventTable[] => []);
  scheduled.forEach((list, turn) => {
    for (const ev of list) if (ev.postpone) retries[turn + ev.postpone.months]?.push(ev);
  });
  return {
    layout,
    actions,
    events: eventsById,
    scheduled,
    retries,
    random,
    randomByTurn: s.calendar.map((_, turn) => random.filter((ev) => mayHoldIn(ev.when, turn))),
    reactions: powers.map((p) =>
      (s.powers[p] as Power).reactions.map(
        (reaction): ReactionTable => ({
          reaction,
          power: p,
          slot: slot(`reaction:${p}/${reaction.id}`),
          cooldown: reaction.cooldown,
          when: when(reaction.when),
          weight: formula(reaction.weight),
          effects: outcomeTable(reaction.effects, layout, slot),
          ctx: context(`reaction:${p}/${reaction.id}`, 'reaction', p, reaction.place),
        }),
      ),
    ),
    quietWeight: powers.map((p) => (s.powers[p] as Power).quietWeight),
    vocab,
    biteAt: powers.map((p) => (s.powers[p] as Power).suspicionBiteAt),
    bite: powers.map((p) => (s.powers[p] as Power).suspicionBite),
    accessRelation: vocab.relation[vocab.powerSlot[s.rules.economy.accessPartner] ?? 0] as number,
    tradeRelation: vocab.relation[vocab.powerSlot[s.rules.economy.tradePartner] ?? 0] as number,
    ruptures: powers.map((p) => `rupture-${p}`),
    signals: signalTable(s.rules, s.powers),
    redLines: redLineTables(s.rules, layout),
    byDecision,
  };
}
