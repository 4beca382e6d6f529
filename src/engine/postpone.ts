/**
 * The world answers what Hà Nội did: a scheduled event whose conditions fail
 * on its date does not silently vanish when the scenario gives it a
 * postponement. It is put off (a news line says to when, and its price is
 * paid: a visit cancelled is a snub), and tried again then; if it still does
 * not hold, or the year ends first, it is called off and the price is paid
 * again. Xi does not come to a capital that just hosted US warships for free.
 */
import { holdsAt } from './conditions';
import { applyOutcome } from './effects';
import type { EventTable } from './tables';
import type { Tx } from './tx';

/** On the event's date, its conditions failed: postponed, or called off if the year ends first. */
export function putOff(tx: Tx, ev: EventTable, turns: number): void {
  const postpone = ev.postpone;
  if (!postpone) return;
  const to = tx.p.turn + postpone.months;
  if (to >= turns) {
    callOff(tx, ev);
    return;
  }
  // No place: the map marks what happens there, and this did not happen.
  if (tx.rec)
    tx.say({ kind: 'postponed', source: `event:${ev.event.id}`, text: ev.event.title, toTurn: to });
  applyOutcome(tx, postpone.price, POSTPONED);
}

/** On the new date: the event happens if it now holds, and is called off if not. */
export function retry(tx: Tx, ev: EventTable, fire: (tx: Tx, ev: EventTable) => void): void {
  if ((tx.p.counts[ev.slot] as number) > 0) return;
  if (holdsAt(ev.when, tx.p)) fire(tx, ev);
  else callOff(tx, ev);
}

function callOff(tx: Tx, ev: EventTable): void {
  if (tx.rec) tx.say({ kind: 'called-off', source: `event:${ev.event.id}`, text: ev.event.title });
  if (ev.postpone) applyOutcome(tx, ev.postpone.price, CALLED_OFF);
}

const POSTPONED = { source: 'rule:postponed', kind: 'postponed' } as const;
const CALLED_OFF = { source: 'rule:called-off', kind: 'called-off' } as const;
