/**
 * The turn cycle of the brief: news at the start of a turn (scheduled and
 * random events), then, when the player ends the turn, the powers' reactions,
 * the year's own dynamics and the end-of-game checks.
 */
import type { RandomEvent, ScheduledEvent } from '../scenario/schema';
import type { CompiledScenario } from './compile';
import { evalFormula, holds } from './conditions';
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
    if (holds(ev.when, tx, cs.turnIndex)) fire(tx, ev, 'event');
  }
  drawRandomEvents(tx, cs);
  tx.phase = tx.pending.length > 0 ? 'event' : 'actions';
}

function fire(tx: Tx, ev: ScheduledEvent | RandomEvent, kind: 'event' | 'random'): void {
  const source = `${kind}:${ev.id}`;
  tx.bump(`event:${ev.id}`);
  tx.say({ kind, source, text: ev.title, ...(ev.place ? { place: ev.place } : {}) });
  if (ev.effects)
    applyOutcome(tx, ev.effects, { source, kind, ...(ev.place ? { place: ev.place } : {}) });
  if (ev.choices) tx.enqueue(ev.id);
}

function drawRandomEvents(tx: Tx, cs: CompiledScenario): void {
  const table = cs.scenario.randomEvents;
  for (let d = 0; d < table.draws; d++) {
    const roll = tx.rng.next();
    let total = table.noneWeight;
    const eligible: { ev: RandomEvent; weight: number }[] = [];
    for (const ev of table.events) {
      if (tx.count(`event:${ev.id}`) >= ev.maxTimes) continue;
      if (tx.pending.includes(ev.id) || !holds(ev.when, tx, cs.turnIndex)) continue;
      const weight = Math.max(0, evalFormula(ev.weight, tx));
      if (weight <= 0) continue;
      eligible.push({ ev, weight });
      total += weight;
    }
    let pick = roll * total - table.noneWeight;
    for (const { ev, weight } of eligible) {
      if (pick < 0) break;
      if (pick < weight) {
        fire(tx, ev, 'random');
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
    const eligible: { index: number; weight: number }[] = [];
    cs.reactions[p].forEach((r, index) => {
      const last = tx.lastTurnOf(`reaction:${p}/${r.id}`);
      if (last !== undefined && tx.turn - last <= r.cooldown) return;
      if (!holds(r.when, tx, cs.turnIndex)) return;
      const weight = Math.max(0, evalFormula(r.weight, tx));
      if (weight <= 0) return;
      eligible.push({ index, weight });
      total += weight;
    });
    let pick = roll * total - power.quietWeight;
    for (const { index, weight } of eligible) {
      if (pick < 0) break;
      if (pick < weight) {
        const r = cs.reactions[p][index];
        if (!r) break;
        const source = `reaction:${p}/${r.id}`;
        tx.bump(source);
        tx.setLastTurn(source, tx.turn);
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
