/**
 * The turn cycle of the brief: news at the start of a turn (scheduled and
 * random events), then, when the player ends the turn, the powers' reactions,
 * the year's own dynamics and the end-of-game checks.
 */
import type { RandomEvent, Reaction, ScheduledEvent } from '../scenario/schema';
import type { CompiledScenario } from './compile';
import { holds, type Pred } from './conditions';
import { applyDynamics, applyLeanSignals } from './dynamics';
import { applyOutcome } from './effects';
import { endingOf } from './endings';
import { POWERS } from './indicators';
import type { Tx } from './tx';

export function beginTurn(tx: Tx, cs: CompiledScenario): void {
  const { scenario } = cs;
  const def = scenario.calendar[tx.turn];
  if (!def) throw new Error(`turn ${tx.turn} is outside the calendar`);
  tx.say({ kind: 'turn', source: `turn:${def.id}`, text: def.label });
  tx.resetTurnSignals();
  if (tx.turn > 0) {
    tx.add('sea.incidents', -tx.ind['sea.incidents'], 'rule:new-turn');
    const { capitalPerTurn, legitimacyBonus } = scenario.rules.home;
    const income = capitalPerTurn + (legitimacyBonus * (tx.ind['home.legitimacy'] - 50)) / 50;
    tx.add('home.capital', Math.round(income), 'rule:capital-income');
  }
  for (const ev of cs.eventsByTurn[tx.turn] ?? []) {
    if (holds(ev.when, tx, cs.turnIndex)) fire(tx, cs, ev, 'event');
  }
  drawRandomEvents(tx, cs);
  tx.phase = tx.pending.length > 0 ? 'event' : 'actions';
}

function fire(
  tx: Tx,
  cs: CompiledScenario,
  ev: ScheduledEvent | RandomEvent,
  kind: 'event' | 'random',
): void {
  const source = `${kind}:${ev.id}`;
  tx.bump(cs.keys.eventCount.get(ev.id) ?? `event:${ev.id}`);
  if (tx.recording)
    tx.say({ kind, source, text: ev.title, ...(ev.place ? { place: ev.place } : {}) });
  if (ev.effects)
    applyOutcome(tx, ev.effects, { source, kind, ...(ev.place ? { place: ev.place } : {}) });
  if (ev.choices) tx.enqueue(ev.id);
}

/** Weights of the options being drawn from; reused, since a draw never nests in another. */
const weights: number[] = [];

function drawRandomEvents(tx: Tx, cs: CompiledScenario): void {
  const table = cs.scenario.randomEvents;
  const events = table.events;
  const { randomWhen, randomWeight } = cs.checks;
  for (let d = 0; d < table.draws; d++) {
    const roll = tx.rng.next();
    let total = table.noneWeight;
    for (let i = 0; i < events.length; i++) {
      const ev = events[i] as RandomEvent;
      weights[i] = 0;
      if (tx.count(cs.keys.eventCount.get(ev.id) ?? `event:${ev.id}`) >= ev.maxTimes) continue;
      if (tx.pending.includes(ev.id) || !(randomWhen[i] as Pred)(tx)) continue;
      const weight = Math.max(0, (randomWeight[i] as (v: Tx) => number)(tx));
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
        fire(tx, cs, events[i] as RandomEvent, 'random');
        break;
      }
      pick -= weight;
    }
  }
}

/** Each power picks at most one reaction, weighted by the state, or keeps quiet. */
function react(tx: Tx, cs: CompiledScenario): void {
  for (const p of POWERS) {
    const power = cs.scenario.powers[p];
    const roll = tx.rng.next();
    let total = power.quietWeight;
    const reactions = cs.reactions[p];
    const keys = cs.keys.reaction[p];
    const when = cs.checks.reactionWhen[p];
    const weightOf = cs.checks.reactionWeight[p];
    for (let index = 0; index < reactions.length; index++) {
      const r = reactions[index] as Reaction;
      weights[index] = 0;
      const last = tx.lastTurnOf(keys[index] as string);
      if (last !== undefined && tx.turn - last <= r.cooldown) continue;
      if (!(when[index] as Pred)(tx)) continue;
      const weight = Math.max(0, (weightOf[index] as (v: Tx) => number)(tx));
      if (weight <= 0) continue;
      weights[index] = weight;
      total += weight;
    }
    let pick = roll * total - power.quietWeight;
    for (let index = 0; index < reactions.length; index++) {
      const weight = weights[index] as number;
      if (weight <= 0) continue;
      if (pick < 0) break;
      if (pick < weight) {
        const r = reactions[index] as Reaction;
        const source = keys[index] ?? `reaction:${p}/${r.id}`;
        tx.bump(source);
        tx.setLastTurn(source, tx.turn);
        if (tx.recording)
          tx.say({
            kind: 'reaction',
            source,
            power: p,
            reactionKind: r.kind,
            text: r.text,
            ...(r.place ? { place: r.place } : {}),
          });
        applyOutcome(tx, r.effects, {
          source,
          kind: 'reaction',
          power: p,
          ...(r.place ? { place: r.place } : {}),
        });
        break;
      }
      pick -= weight;
    }
  }
}

export function endTurn(tx: Tx, cs: CompiledScenario): void {
  const { scenario } = cs;
  applyLeanSignals(tx, scenario.rules, scenario.powers);
  react(tx, cs);
  applyDynamics(tx, scenario.rules, scenario.powers);
  const last = tx.turn >= scenario.calendar.length - 1;
  const ending = endingOf(tx.ind, scenario.thresholds, scenario.rules.drift.band, tx.turn, last);
  if (ending) {
    tx.ending = ending;
    tx.phase = 'over';
    tx.pending = [];
    tx.say({ kind: 'end', source: `end:${ending.outcome}`, text: ending.outcome });
    return;
  }
  tx.turn += 1;
  beginTurn(tx, cs);
}
