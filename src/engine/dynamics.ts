/**
 * The year's own dynamics, applied when the player ends a turn. Each rule is
 * named in its causes (`rule:<name>`) so the screens can say why a number
 * moved even when no decision moved it.
 */
import type { Power, Rules } from '../scenario/schema';
import {
  investmentKey,
  POWERS,
  type PowerId,
  patienceKey,
  relationKey,
  suspicionKey,
} from './indicators';
import { leanSignals } from './signals';
import type { Tx } from './tx';

type Powers = Readonly<Record<PowerId, Power>>;

/** What this turn's decisions signalled: public reaction, drift and suspicion. */
export function applyLeanSignals(tx: Tx, rules: Rules, powers: Powers): void {
  const lean = tx.lean;
  if (lean.cn > 0) {
    // Concessions to Beijing cost more the angrier the public already is.
    const bite = lean.cn * rules.home.capitulationBite * (tx.ind['home.nationalism'] / 100);
    tx.add('home.mood', -bite, 'rule:capitulation');
  }
  const signals = leanSignals(rules, powers, lean);
  tx.add('autonomy.drift', signals.drift, 'rule:lean');
  const drift = tx.ind['autonomy.drift'];
  const fade = Math.min(Math.abs(drift), rules.drift.decay);
  tx.add('autonomy.drift', drift > 0 ? -fade : fade, 'rule:drift-fades');

  for (const p of POWERS) {
    tx.add(suspicionKey(p), signals.rivalLean[p], 'rule:rival-lean');
    tx.add(suspicionKey(p), signals.reassured[p], 'rule:reassured');
    tx.add(suspicionKey(p), -powers[p].suspicionDecay, 'rule:suspicion-fades');
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
  const drift = tx.ind['autonomy.drift'];
  const excess = Math.abs(drift) - rules.drift.band;
  if (excess <= 0) return;
  const far: readonly PowerId[] = drift > 0 ? ['cn'] : ['us', 'jp'];
  const near: readonly PowerId[] = drift > 0 ? ['us', 'jp'] : ['cn'];
  for (const p of far)
    tx.add(relationKey(p), -excess * rules.drift.farPenalty, 'rule:drift-far-pole');
  for (const p of near)
    tx.add(investmentKey(p), -excess * rules.drift.nearNeglect, 'rule:taken-for-granted');
}

function suspicionBite(tx: Tx, powers: Powers): void {
  for (const p of POWERS) {
    const power = powers[p];
    const over = tx.ind[suspicionKey(p)] - power.suspicionBiteAt;
    if (over > 0) {
      tx.add(relationKey(p), -over * power.suspicionBite, 'rule:suspicion');
      tx.add(patienceKey(p), -1, 'rule:patience-wears');
    } else {
      tx.add(patienceKey(p), 1, 'rule:patience-returns');
    }
  }
}

function sea(tx: Tx, rules: Rules): void {
  const s = rules.sea;
  const expected = tx.ind['sea.tension'] * s.incidentsPerTension;
  const whole = Math.floor(expected);
  const incidents = whole + (tx.rng.next() < expected - whole ? 1 : 0);
  if (incidents > 0) {
    tx.add('sea.incidents', incidents, 'rule:incidents');
    tx.add('sea.tension', incidents * s.incidentTension, 'rule:incidents');
    tx.add('home.nationalism', incidents * s.incidentNationalism, 'rule:incidents');
    if (tx.recording)
      tx.say({
        kind: 'incident',
        source: 'rule:incidents',
        power: 'cn',
        text:
          incidents === 1
            ? 'An incident at sea with Chinese vessels.'
            : `${incidents} incidents at sea with Chinese vessels.`,
      });
  }
  const thisTurn = tx.ind['sea.incidents'];
  tx.add('sea.incidentsTotal', thisTurn, 'rule:tally');
  tx.add('home.mood', -thisTurn * rules.home.incidentMood, 'rule:incidents');
  tx.pull('sea.tension', s.baseline, s.calm, 'rule:calm');
}

function economy(tx: Tx, rules: Rules): void {
  const e = rules.economy;
  const ind = tx.ind;
  for (const p of POWERS)
    tx.pull(investmentKey(p), ind[relationKey(p)], 0.1, 'rule:investment-follows-trust');
  tx.pull('economy.usAccess', ind['relations.us'], 0.05, 'rule:market-follows-trust');
  const investment =
    (ind['economy.investment.cn'] + ind['economy.investment.us'] + ind['economy.investment.jp']) /
    3;
  const target =
    e.baseGrowth +
    (e.investmentWeight * (investment - 50)) / 50 +
    (e.accessWeight * (ind['economy.usAccess'] - 50)) / 50 +
    ((e.chinaTradeWeight * (ind['relations.cn'] - 50)) / 50) *
      (ind['economy.tradeDependence'] / 100) +
    (0.5 * (ind['economy.infrastructure'] - 50)) / 50 -
    (e.tensionDrag * Math.max(0, ind['sea.tension'] - 40)) / 60;
  tx.pull('economy.growth', target, e.adjust, 'rule:economy');
}

function home(tx: Tx, rules: Rules): void {
  const ind = tx.ind;
  tx.pull('home.mood', 50 + (ind['economy.growth'] - 5) * 4, rules.home.moodRecovery, 'rule:mood');
  const growthScore = Math.max(0, Math.min(100, (ind['economy.growth'] / 8) * 100));
  tx.pull('home.legitimacy', (ind['home.mood'] + growthScore) / 2, 0.15, 'rule:legitimacy');
  tx.pull('home.nationalism', 40, 0.1, 'rule:nationalism-fades');
}
