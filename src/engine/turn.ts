/**
 * The turn cycle of the brief: news at the start of a turn (scheduled and
 * random events), then, when the player ends the turn, the powers' reactions,
 * the year's own dynamics and the end-of-game checks.
 */

import { payCapital } from './capital';
import type { CompiledScenario } from './compile';
import { holdsAt, type PackedFormula, valueAt } from './conditions';
import { applyCredibility } from './credibility';
import { applyDoctrine } from './doctrine';
import { applyDynamics, applyLeanSignals } from './dynamics';
import { applyOutcome } from './effects';
import { endingAt } from './endings';
import { eventWords } from './event-words';
import { deal } from './hand';
import type { Packed } from './packed';
import { putOff, retry } from './postpone';
import type { EventTable, ReactionTable } from './tables';
import type { Tx } from './tx';

export function beginTurn(tx: Tx, cs: CompiledScenario): void {
  const { scenario } = cs;
  const p = tx.p;
  const def = scenario.calendar[p.turn];
  if (!def) throw new Error(`turn ${p.turn} is outside the calendar`);
  if (tx.rec) tx.say({ kind: 'turn', source: `turn:${def.id}`, text: def.label });
  tx.resetTurnSignals();
  if (p.turn > 0) {
    const v = cs.tables.vocab;
    tx.add(v.incidents, -tx.get(v.incidents), 'rule:new-turn');
    payCapital(tx, scenario.rules.home, v);
  }
  for (const ev of cs.tables.retries[p.turn] ?? []) retry(tx, ev, fire);
  for (const ev of cs.tables.scheduled[p.turn] ?? []) {
    if (holdsAt(ev.when, p)) fire(tx, ev);
    else if (ev.postpone) putOff(tx, ev, scenario.calendar.length);
  }
  drawRandomEvents(tx, cs);
  deal(p, cs);
  p.phase = p.pending.length > 0 ? 'event' : 'actions';
}

/**
 * After an answer: the month's scheduled events that had not fired because
 * their conditions did not hold fire now if the answer made them hold (a
 * partnership signed this month opens the deals that need it). The world
 * answers what was just decided, not only what stood when the month began.
 */
export function recheckScheduled(tx: Tx, cs: CompiledScenario): void {
  const p = tx.p;
  const events = cs.tables.scheduled[p.turn];
  if (!events) return;
  for (let i = 0; i < events.length; i++) {
    const ev = events[i] as EventTable;
    // An event with a postponement was put off when the month began: its new date holds.
    if ((p.counts[ev.slot] as number) === 0 && !ev.postpone && holdsAt(ev.when, p)) fire(tx, ev);
  }
}

function fire(tx: Tx, ev: EventTable): void {
  const id = ev.id;
  tx.bump(ev.slot);
  const { kind, source } = ev.ctx;
  if (tx.rec) {
    // The count just bumped is this firing's number: a repeat may have its own words.
    const { title, place } = eventWords(ev.event, tx.p.counts[ev.slot] as number);
    tx.say({ kind, source, text: title, ...(place ? { place } : {}) });
  }
  if (ev.effects) applyOutcome(tx, ev.effects, ev.ctx);
  if (ev.choices.length > 0) tx.enqueue(id);
}

/**
 * The options a draw may pick, as indices into its list with their weights,
 * in list order: reused, since a draw never nests in another, and only the
 * options that can happen are walked twice.
 */
const options: number[] = [];
const weights: number[] = [];

/** A weight formula's value; most weights are a constant, read without a call. */
function weightAt(f: PackedFormula, p: Packed): number {
  return f.at.length === 0 ? f.base : valueAt(f, p);
}

/**
 * Which of the `n` options a roll picks (their weights summing to `total`,
 * with `none` the weight of nothing happening), or -1 for none.
 */
function pickWeighted(roll: number, none: number, total: number, n: number): number {
  let pick = roll * total - none;
  for (let k = 0; k < n; k++) {
    if (pick < 0) return -1;
    const weight = weights[k] as number;
    if (pick < weight) return options[k] as number;
    pick -= weight;
  }
  return -1;
}

function drawRandomEvents(tx: Tx, cs: CompiledScenario): void {
  const p = tx.p;
  const { draws, noneWeight } = cs.scenario.randomEvents;
  const events = cs.tables.randomByTurn[p.turn] as readonly EventTable[];
  for (let d = 0; d < draws; d++) {
    const roll = p.rng.next();
    let total = noneWeight;
    let n = 0;
    for (let i = 0; i < events.length; i++) {
      const ev = events[i] as EventTable;
      if ((p.counts[ev.slot] as number) >= ev.maxTimes) continue;
      // Still resting after its last firing (its cooldown), as a reaction would.
      const last = p.lastTurn[ev.slot] as number;
      if (last >= 0 && p.turn - last <= ev.cooldown) continue;
      // Usually nothing is waiting: skip the search over ids then.
      if (p.pending.length > 0 && p.pending.includes(ev.id)) continue;
      if (!holdsAt(ev.when, p)) continue;
      const weight = Math.max(0, weightAt(ev.weight, p));
      if (weight <= 0) continue;
      options[n] = i;
      weights[n++] = weight;
      total += weight;
    }
    const i = pickWeighted(roll, noneWeight, total, n);
    if (i < 0) continue;
    const ev = events[i] as EventTable;
    fire(tx, ev);
    // Marked only when it will rest, so a table without cooldowns leaves states as they were.
    if (ev.cooldown > 0) p.setLastTurn(ev.slot, p.turn);
  }
}

/** Each power picks at most one reaction, weighted by the state, or keeps quiet. */
function react(tx: Tx, cs: CompiledScenario): void {
  const p = tx.p;
  const powers = cs.tables.quietWeight.length;
  for (let s = 0; s < powers; s++) {
    const quiet = cs.tables.quietWeight[s] as number;
    const roll = p.rng.next();
    let total = quiet;
    let n = 0;
    const reactions = cs.tables.reactions[s] as readonly ReactionTable[];
    for (let i = 0; i < reactions.length; i++) {
      const r = reactions[i] as ReactionTable;
      const last = p.lastTurn[r.slot] as number;
      if (last !== -1 && p.turn - last <= r.cooldown) continue;
      if (!holdsAt(r.when, p)) continue;
      const weight = Math.max(0, weightAt(r.weight, p));
      if (weight <= 0) continue;
      options[n] = i;
      weights[n++] = weight;
      total += weight;
    }
    const i = pickWeighted(roll, quiet, total, n);
    if (i >= 0) reactWith(tx, reactions[i] as ReactionTable);
  }
}

function reactWith(tx: Tx, r: ReactionTable): void {
  const p = tx.p;
  tx.bump(r.slot);
  p.setLastTurn(r.slot, p.turn);
  if (tx.rec) {
    const { kind, text, place } = r.reaction;
    tx.say({
      kind: 'reaction',
      source: r.ctx.source,
      power: r.power,
      reactionKind: kind,
      text,
      ...(place ? { place } : {}),
    });
  }
  applyOutcome(tx, r.effects, r.ctx);
}

export function endTurn(tx: Tx, cs: CompiledScenario): void {
  const { scenario } = cs;
  const p = tx.p;
  applyLeanSignals(tx, scenario.rules, cs.tables);
  applyCredibility(tx, scenario.rules, cs.tables.signals);
  applyDoctrine(tx, cs.tables.redLines);
  react(tx, cs);
  applyDynamics(tx, scenario.rules, cs.tables);
  const last = p.turn >= scenario.calendar.length - 1;
  const ending = endingAt(cs.tables, p.ind, scenario.thresholds, scenario.rules, p.turn, last);
  if (ending) {
    p.ending = ending;
    p.phase = 'over';
    p.pending.length = 0;
    tx.say({ kind: 'end', source: `end:${ending.outcome}`, outcome: ending.outcome });
    return;
  }
  p.turn += 1;
  beginTurn(tx, cs);
}
