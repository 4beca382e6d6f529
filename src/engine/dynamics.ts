/**
 * The year's own dynamics, applied when the player ends a turn. Each rule is
 * named in its causes (`rule:<name>`) so the screens can say why a number
 * moved even when no decision moved it.
 */

import { IND, POWERS, type PowerId } from './indicators';
import type { Power, Rules } from './scenario';
import { capitulationBite, leanSignalsInto, packedSignals, type SignalTable } from './signals';
import type { Tx } from './tx';

type Powers = Readonly<Record<PowerId, Power>>;

const MOOD = IND['home.mood'];
const NATIONALISM = IND['home.nationalism'];
const LEGITIMACY = IND['home.legitimacy'];
const DRIFT = IND['autonomy.drift'];
const TENSION = IND['sea.tension'];
const INCIDENTS = IND['sea.incidents'];
const INCIDENTS_TOTAL = IND['sea.incidentsTotal'];
const GROWTH = IND['economy.growth'];
const US_ACCESS = IND['economy.usAccess'];
const TRADE_DEPENDENCE = IND['economy.tradeDependence'];
const INFRASTRUCTURE = IND['economy.infrastructure'];
const RELATIONS_CN = IND['relations.cn'];
const RELATIONS_US = IND['relations.us'];
const INVESTMENT_CN = IND['economy.investment.cn'];
const INVESTMENT_US = IND['economy.investment.us'];
const INVESTMENT_JP = IND['economy.investment.jp'];
/** Per power slot (the order of POWERS). */
const RELATION = [IND['relations.cn'], IND['relations.us'], IND['relations.jp']] as const;
const SUSPICION = [IND['suspicion.cn'], IND['suspicion.us'], IND['suspicion.jp']] as const;
const PATIENCE = [IND['patience.cn'], IND['patience.us'], IND['patience.jp']] as const;
const INVESTMENT = [INVESTMENT_CN, INVESTMENT_US, INVESTMENT_JP] as const;
const CN = 0;
const US = 1;
const JP = 2;

/** Reused at every turn's end: turns never overlap. */
const signals = packedSignals();

/** What this turn's decisions signalled: public reaction, drift and suspicion. */
export function applyLeanSignals(tx: Tx, rules: Rules, table: SignalTable): void {
  const l = tx.p.lean;
  const cn = l[CN] as number;
  if (cn > 0) tx.add(MOOD, -capitulationBite(rules, cn, tx.get(NATIONALISM)), 'rule:capitulation');
  leanSignalsInto(table, l, signals);
  tx.add(DRIFT, signals.drift, 'rule:lean');
  const drift = tx.get(DRIFT);
  const fade = Math.min(Math.abs(drift), rules.drift.decay);
  tx.add(DRIFT, drift > 0 ? -fade : fade, 'rule:drift-fades');

  for (let s = 0; s < POWERS.length; s++) {
    const slot = SUSPICION[s] as number;
    tx.add(slot, signals.rivalLean[s] as number, 'rule:rival-lean');
    tx.add(slot, signals.reassured[s] as number, 'rule:reassured');
    tx.add(slot, -(table.suspicionDecay[s] as number), 'rule:suspicion-fades');
  }
}

/** Everything that follows from where the year now stands. */
export function applyDynamics(tx: Tx, rules: Rules, powers: Powers): void {
  driftBand(tx, rules);
  suspicionBite(tx, powers);
  sea(tx, rules);
  economy(tx, rules);
  home(tx, rules);
}

function driftBand(tx: Tx, rules: Rules): void {
  const drift = tx.get(DRIFT);
  const excess = Math.abs(drift) - rules.drift.band;
  if (excess <= 0) return;
  const farPenalty = -excess * rules.drift.farPenalty;
  const nearNeglect = -excess * rules.drift.nearNeglect;
  if (drift > 0) {
    tx.add(RELATION[CN], farPenalty, 'rule:drift-far-pole');
    tx.add(INVESTMENT[US], nearNeglect, 'rule:taken-for-granted');
    tx.add(INVESTMENT[JP], nearNeglect, 'rule:taken-for-granted');
  } else {
    tx.add(RELATION[US], farPenalty, 'rule:drift-far-pole');
    tx.add(RELATION[JP], farPenalty, 'rule:drift-far-pole');
    tx.add(INVESTMENT[CN], nearNeglect, 'rule:taken-for-granted');
  }
}

function suspicionBite(tx: Tx, powers: Powers): void {
  for (let s = 0; s < POWERS.length; s++) {
    const power = powers[POWERS[s] as PowerId];
    const over = tx.get(SUSPICION[s] as number) - power.suspicionBiteAt;
    if (over > 0) {
      tx.add(RELATION[s] as number, -over * power.suspicionBite, 'rule:suspicion');
      tx.add(PATIENCE[s] as number, -1, 'rule:patience-wears');
    } else {
      tx.add(PATIENCE[s] as number, 1, 'rule:patience-returns');
    }
  }
}

function sea(tx: Tx, rules: Rules): void {
  const s = rules.sea;
  const expected = tx.get(TENSION) * s.incidentsPerTension;
  const whole = Math.floor(expected);
  const incidents = whole + (tx.p.rng.next() < expected - whole ? 1 : 0);
  if (incidents > 0) {
    tx.add(INCIDENTS, incidents, 'rule:incidents');
    tx.add(TENSION, incidents * s.incidentTension, 'rule:incidents');
    tx.add(NATIONALISM, incidents * s.incidentNationalism, 'rule:incidents');
    if (tx.rec)
      tx.say({
        kind: 'incident',
        source: 'rule:incidents',
        power: 'cn',
        count: incidents,
      });
  }
  const thisTurn = tx.get(INCIDENTS);
  tx.add(INCIDENTS_TOTAL, thisTurn, 'rule:tally');
  tx.add(MOOD, -thisTurn * rules.home.incidentMood, 'rule:incidents');
  tx.pull(TENSION, s.baseline, s.calm, 'rule:calm');
}

function economy(tx: Tx, rules: Rules): void {
  const e = rules.economy;
  for (let s = 0; s < POWERS.length; s++)
    tx.pull(
      INVESTMENT[s] as number,
      tx.get(RELATION[s] as number),
      e.investmentFollow,
      'rule:investment-follows-trust',
    );
  tx.pull(US_ACCESS, tx.get(RELATIONS_US), e.accessFollow, 'rule:market-follows-trust');
  const investment = (tx.get(INVESTMENT_CN) + tx.get(INVESTMENT_US) + tx.get(INVESTMENT_JP)) / 3;
  const target =
    e.baseGrowth +
    (e.investmentWeight * (investment - 50)) / 50 +
    (e.accessWeight * (tx.get(US_ACCESS) - 50)) / 50 +
    ((e.chinaTradeWeight * (tx.get(RELATIONS_CN) - 50)) / 50) * (tx.get(TRADE_DEPENDENCE) / 100) +
    (e.infrastructureWeight * (tx.get(INFRASTRUCTURE) - 50)) / 50 -
    (e.tensionDrag * Math.max(0, tx.get(TENSION) - e.tensionDragFrom)) / e.tensionDragSpan;
  tx.pull(GROWTH, target, e.adjust, 'rule:economy');
}

function home(tx: Tx, rules: Rules): void {
  const h = rules.home;
  const mood = h.moodBase + (tx.get(GROWTH) - h.moodGrowthPivot) * h.moodPerGrowth;
  tx.pull(MOOD, mood, h.moodRecovery, 'rule:mood');
  const growthScore = Math.max(0, Math.min(100, (tx.get(GROWTH) / rules.score.fullGrowth) * 100));
  tx.pull(LEGITIMACY, (tx.get(MOOD) + growthScore) / 2, h.legitimacyRate, 'rule:legitimacy');
  tx.pull(NATIONALISM, h.nationalismBaseline, h.nationalismFade, 'rule:nationalism-fades');
}
