/**
 * The turn cycle of the brief: news at the start of a turn (scheduled and
 * random events), then, when the player ends the turn, the powers' reactions,
 * the year's own dynamics and the end-of-game checks.
 */
import type { CompiledScenario } from './compile';
import { holdsAt, valueAt } from './conditions';
import { applyDynamics, applyLeanSignals } from './dynamics';
import { applyOutcome } from './effects';
import { endingAt } from './endings';
import { IND, POWERS } from './indicators';
import type { EventTable } from './tables';
import type { Tx } from './tx';

const INCIDENTS = IND['sea.incidents'];
const CAPITAL = IND['home.capital'];
const LEGITIMACY = IND['home.legitimacy'];

export function beginTurn(tx: Tx, cs: CompiledScenario): void {
  const { scenario } = cs;
  const p = tx.p;
  const def = scenario.calendar[p.turn];
  if (!def) throw new Error(`turn ${p.turn} is outside the calendar`);
  if (tx.rec) tx.say({ kind: 'turn', source: `turn:${def.id}`, text: def.label });
  tx.resetTurnSignals();
  if (p.turn > 0) {
    tx.add(INCIDENTS, -tx.get(INCIDENTS), 'rule:new-turn');
    const { capitalPerTurn, legitimacyBonus } = scenario.rules.home;
    const income = capitalPerTurn + (legitimacyBonus * (tx.get(LEGITIMACY) - 50)) / 50;
    tx.add(CAPITAL, Math.round(income), 'rule:capital-income');
  }
  for (const ev of cs.tables.scheduled[p.turn] ?? []) if (holdsAt(ev.when, p)) fire(tx, ev);
  drawRandomEvents(tx, cs);
  p.phase = p.pending.length > 0 ? 'event' : 'actions';
}

function fire(tx: Tx, ev: EventTable): void {
  const { id, place, title } = ev.event;
  tx.bump(ev.slot);
  const { kind, source } = ev.ctx;
  if (tx.rec) tx.say({ kind, source, text: title, ...(place ? { place } : {}) });
  if (ev.effects) applyOutcome(tx, ev.effects, ev.ctx);
  if (ev.choices.length > 0) tx.enqueue(id);
}

/** Weights of the options being drawn from; reused, since a draw never nests in another. */
const weights: number[] = [];

function drawRandomEvents(tx: Tx, cs: CompiledScenario): void {
  const p = tx.p;
  const table = cs.scenario.randomEvents;
  const events = cs.tables.random;
  for (let d = 0; d < table.draws; d++) {
    const roll = p.rng.next();
    let total = table.noneWeight;
    for (let i = 0; i < events.length; i++) {
      const ev = events[i] as EventTable;
      weights[i] = 0;
      if ((p.counts[ev.slot] as number) >= ev.maxTimes) continue;
      if (p.pending.includes(ev.event.id) || !holdsAt(ev.when, p)) continue;
      const weight = Math.max(0, valueAt(ev.weight, p));
      if (weight <= 0) continue;
      weights[i] = weight;
      total += weight;
    }
    let pick = roll * total - table.noneWeight;
    for (let i = 0; i < events.length; i++) {
      const weight = weights[i] as number;
      if (weight <= 0) continue;
      if (pick < 0) break;
      if (pick < weight) {
        fire(tx, events[i] as EventTable);
        break;
      }
      pick -= weight;
    }
  }
}

/** Each power picks at most one reaction, weighted by the state, or keeps quiet. */
function react(tx: Tx, cs: CompiledScenario): void {
  const p = tx.p;
  for (let s = 0; s < POWERS.length; s++) {
    const power = POWERS[s] as (typeof POWERS)[number];
    const quiet = cs.scenario.powers[power].quietWeight;
    const roll = p.rng.next();
    let total = quiet;
    const reactions = cs.tables.reactions[s] ?? [];
    for (let i = 0; i < reactions.length; i++) {
      const r = reactions[i] as (typeof reactions)[number];
      weights[i] = 0;
      const last = p.lastTurn[r.slot] as number;
      if (last !== -1 && p.turn - last <= r.cooldown) continue;
      if (!holdsAt(r.when, p)) continue;
      const weight = Math.max(0, valueAt(r.weight, p));
      if (weight <= 0) continue;
      weights[i] = weight;
      total += weight;
    }
    let pick = roll * total - quiet;
    for (let i = 0; i < reactions.length; i++) {
      const weight = weights[i] as number;
      if (weight <= 0) continue;
      if (pick < 0) break;
      if (pick < weight) {
        const r = reactions[i] as (typeof reactions)[number];
        const { kind, text, place } = r.reaction;
        const source = r.ctx.source;
        tx.bump(r.slot);
        p.setLastTurn(r.slot, p.turn);
        if (tx.rec)
          tx.say({
            kind: 'reaction',
            source,
            power,
            reactionKind: kind,
            text,
            ...(place ? { place } : {}),
          });
        applyOutcome(tx, r.effects, r.ctx);
        break;
      }
      pick -= weight;
    }
  }
}

export function endTurn(tx: Tx, cs: CompiledScenario): void {
  const { scenario } = cs;
  const p = tx.p;
  applyLeanSignals(tx, scenario.rules, scenario.powers);
  react(tx, cs);
  applyDynamics(tx, scenario.rules, scenario.powers);
  const last = p.turn >= scenario.calendar.length - 1;
  const ending = endingAt(p.ind, scenario.thresholds, scenario.rules.drift.band, p.turn, last);
  if (ending) {
    p.ending = ending;
    p.phase = 'over';
    p.pending.length = 0;
    tx.say({ kind: 'end', source: `end:${ending.outcome}`, text: ending.outcome });
    return;
  }
  p.turn += 1;
  beginTurn(tx, cs);
}
