/**
 * The year's own dynamics, applied when the player ends a turn. Each rule is
 * named in its causes (`rule:<name>`) so the screens can say why a number
 * moved even when no decision moved it. Every power-specific part reads the
 * scenario's tables: its powers, their drift weights and the partners the
 * rules name, never a power written here.
 */

import { applyNeglect } from './neglect';
import type { Rules } from './scenario';
import { capitulationBite, concededAt, leanSignalsInto, packedSignals } from './signals';
import type { RuleTables } from './tables';
import type { Tx } from './tx';
import { applyWarmth } from './warmth';

/** Reused at every turn's end: turns never overlap. */
const signals = packedSignals();

/** What this turn's decisions signalled: public reaction, drift and suspicion. */
export function applyLeanSignals(tx: Tx, rules: Rules, t: RuleTables): void {
  const v = t.vocab;
  const l = tx.p.lean;
  const table = t.signals;
  const conceded = concededAt(table, l);
  if (conceded > 0)
    tx.add(v.mood, -capitulationBite(rules, conceded, tx.get(v.nationalism)), 'rule:capitulation');
  leanSignalsInto(table, l, signals);
  tx.add(v.drift, signals.drift, 'rule:lean');
  const drift = tx.get(v.drift);
  const fade = Math.min(Math.abs(drift), rules.drift.decay);
  tx.add(v.drift, drift > 0 ? -fade : fade, 'rule:drift-fades');

  const suspicion = v.suspicion;
  for (let s = 0; s < suspicion.length; s++) {
    const slot = suspicion[s] as number;
    tx.add(slot, signals.rivalLean[s] as number, 'rule:rival-lean');
    tx.add(slot, signals.reassured[s] as number, 'rule:reassured');
    tx.add(slot, -(table.suspicionDecay[s] as number), 'rule:suspicion-fades');
  }
}

/** Everything that follows from where the year now stands. */
export function applyDynamics(tx: Tx, rules: Rules, t: RuleTables): void {
  driftBand(tx, rules, t);
  applyWarmth(tx, rules, t);
  suspicionBite(tx, rules, t);
  applyNeglect(tx, rules, t.vocab);
  sea(tx, rules, t);
  economy(tx, rules, t);
  home(tx, rules, t);
}

/**
 * Past the band, the powers on the far side of the neutral line cool (their
 * relations suffer) and those on the near side take Hà Nội for granted
 * (their investment slows). A power of drift weight 0 stands on neither side.
 */
function driftBand(tx: Tx, rules: Rules, t: RuleTables): void {
  const v = t.vocab;
  const drift = tx.get(v.drift);
  const excess = Math.abs(drift) - rules.drift.band;
  if (excess <= 0) return;
  const farPenalty = -excess * rules.drift.farPenalty;
  const nearNeglect = -excess * rules.drift.nearNeglect;
  const side = drift > 0 ? 1 : -1;
  const w = t.signals.driftWeight;
  for (let s = 0; s < w.length; s++)
    if ((w[s] as number) * side < 0)
      tx.add(v.relation[s] as number, farPenalty, 'rule:drift-far-pole');
  for (let s = 0; s < w.length; s++)
    if ((w[s] as number) * side > 0)
      tx.add(v.investment[s] as number, nearNeglect, 'rule:taken-for-granted');
}

function suspicionBite(tx: Tx, rules: Rules, t: RuleTables): void {
  const v = t.vocab;
  const wear = rules.patience?.wear ?? 1;
  const recovery = rules.patience?.recovery ?? 1;
  for (let s = 0; s < v.powers.length; s++) {
    const over = tx.get(v.suspicion[s] as number) - (t.biteAt[s] as number);
    if (over > 0) {
      tx.add(v.relation[s] as number, -over * (t.bite[s] as number), 'rule:suspicion');
      tx.add(v.patience[s] as number, -wear, 'rule:patience-wears');
    } else {
      tx.add(v.patience[s] as number, recovery, 'rule:patience-returns');
    }
  }
}

function sea(tx: Tx, rules: Rules, t: RuleTables): void {
  const v = t.vocab;
  const s = rules.sea;
  const expected = tx.get(v.tension) * s.incidentsPerTension;
  const whole = Math.floor(expected);
  const incidents = whole + (tx.p.rng.next() < expected - whole ? 1 : 0);
  if (incidents > 0) {
    tx.add(v.incidents, incidents, 'rule:incidents');
    tx.add(v.tension, incidents * s.incidentTension, 'rule:incidents');
    tx.add(v.nationalism, incidents * s.incidentNationalism, 'rule:incidents');
    if (tx.rec)
      tx.say({
        kind: 'incident',
        source: 'rule:incidents',
        power: s.incidentsBy,
        count: incidents,
      });
  }
  const thisTurn = tx.get(v.incidents);
  tx.add(v.incidentsTotal, thisTurn, 'rule:tally');
  tx.add(v.mood, -thisTurn * rules.home.incidentMood, 'rule:incidents');
  tx.pull(v.tension, s.baseline, s.calm, 'rule:calm');
}

function economy(tx: Tx, rules: Rules, t: RuleTables): void {
  const v = t.vocab;
  const e = rules.economy;
  const n = v.powers.length;
  for (let s = 0; s < n; s++)
    tx.pull(
      v.investment[s] as number,
      tx.get(v.relation[s] as number),
      e.investmentFollow,
      'rule:investment-follows-trust',
    );
  tx.pull(v.access, tx.get(t.accessRelation), e.accessFollow, 'rule:market-follows-trust');
  let invested = 0;
  for (let s = 0; s < n; s++) invested += tx.get(v.investment[s] as number);
  const investment = invested / n;
  const target =
    e.baseGrowth +
    (e.investmentWeight * (investment - 50)) / 50 +
    (e.accessWeight * (tx.get(v.access) - 50)) / 50 +
    ((e.chinaTradeWeight * (tx.get(t.tradeRelation) - 50)) / 50) *
      (tx.get(v.tradeDependence) / 100) +
    (e.infrastructureWeight * (tx.get(v.infrastructure) - 50)) / 50 -
    (e.tensionDrag * Math.max(0, tx.get(v.tension) - e.tensionDragFrom)) / e.tensionDragSpan;
  tx.pull(v.growth, target, e.adjust, 'rule:economy');
}

function home(tx: Tx, rules: Rules, t: RuleTables): void {
  const v = t.vocab;
  const h = rules.home;
  const mood = h.moodBase + (tx.get(v.growth) - h.moodGrowthPivot) * h.moodPerGrowth;
  tx.pull(v.mood, mood, h.moodRecovery, 'rule:mood');
  const growthScore = Math.max(0, Math.min(100, (tx.get(v.growth) / rules.score.fullGrowth) * 100));
  tx.pull(v.legitimacy, (tx.get(v.mood) + growthScore) / 2, h.legitimacyRate, 'rule:legitimacy');
  tx.pull(v.nationalism, h.nationalismBaseline, h.nationalismFade, 'rule:nationalism-fades');
}
