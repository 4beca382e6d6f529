/**
 * How much one more point of each indicator, and one more point of lean
 * toward each power, is worth to a hedging player right now. It is the
 * bamboo score's slope at the current state, steepened near every collapse
 * threshold and projected to the end of the turn (the lean already signalled
 * this turn counts), so that a decision can be valued in a few additions
 * without simulating it. Rough by design: the bots that simulate are
 * `greedy` and the advisor.
 */
import type { CompiledScenario } from '../compile';
import {
  INDICATOR_KEYS,
  type IndicatorKey,
  investmentKey,
  POWERS,
  type PowerId,
  patienceKey,
  relationKey,
  suspicionKey,
} from '../indicators';
import { leanSignals } from '../signals';
import type { GameState } from '../state';

export interface MarginalValue {
  readonly ind: Readonly<Record<IndicatorKey, number>>;
  readonly lean: Readonly<Record<PowerId, number>>;
}

/** 0 far from a threshold, rising to 1 at it: how close `value` is to danger within `span`. */
// Not frozen: V8 copies a frozen record by the slow path.
const ZERO = Object.fromEntries(INDICATOR_KEYS.map((k) => [k, 0])) as Readonly<
  Record<IndicatorKey, number>
>;

const near = (distance: number, span: number): number =>
  distance >= span ? 0 : distance <= 0 ? 1 : 1 - distance / span;

export function marginalValue(cs: CompiledScenario, state: GameState): MarginalValue {
  const { rules, thresholds: th, powers } = cs.scenario;
  const ind = state.ind;
  const lean = state.lean;
  const turnsLeft = cs.scenario.calendar.length - 1 - state.turn;
  // A copy of one fixed-shape record: this runs for every decision of every rollout.
  const w: Record<IndicatorKey, number> = { ...ZERO };

  // Where drift and suspicion will stand once this turn's lean is counted.
  const dw = rules.drift.weights;
  const signals = leanSignals(rules, powers, lean);
  const drift = ind['autonomy.drift'] + signals.drift;
  const suspicion = {} as Record<PowerId, number>;
  for (const p of POWERS)
    suspicion[p] = ind[suspicionKey(p)] + signals.rivalLean[p] + signals.reassured[p];

  // The weakest link weighs most: a soft minimum spreads its weight over near-ties.
  const rel = POWERS.map((p) => ind[relationKey(p)]);
  const low = Math.min(...rel);
  const soft = rel.map((r) => Math.exp(-(r - low) / 4));
  const softSum = soft.reduce((a, b) => a + b, 0);
  POWERS.forEach((p, i) => {
    const r = rel[i] ?? 50;
    w[relationKey(p)] =
      0.1 / 3 + (0.3 * (soft[i] ?? 0)) / softSum + 0.02 + 1.5 * near(r - th.rupture, 25);
  });

  for (const p of POWERS) {
    const power = powers[p];
    const biting = suspicion[p] > power.suspicionBiteAt - 15;
    const horizon = Math.min(Math.max(turnsLeft, 1), 4);
    w[suspicionKey(p)] = -0.04 - (biting ? power.suspicionBite * w[relationKey(p)] * horizon : 0);
    w[patienceKey(p)] = 0.02;
  }

  const sign = drift > 1 ? 1 : drift < -1 ? -1 : 0;
  const bandPressure = Math.max(0, Math.abs(drift) - rules.drift.band / 2) / rules.drift.band;
  w['autonomy.drift'] =
    -sign * (0.15 + bandPressure + 2 * near(th.autonomyLost - Math.abs(drift), 25));

  w['economy.growth'] = 1.875 + 6 * near(ind['economy.growth'] - th.crisis, 3);
  for (const p of POWERS) w[investmentKey(p)] = 0.03;
  w['economy.usAccess'] = 0.04;
  w['economy.infrastructure'] = 0.02;
  w['economy.rareEarths'] = 0.01;

  const tension = ind['sea.tension'];
  w['sea.tension'] = -(0.05 + (tension > 50 ? 0.075 : 0) + 1.5 * near(th.clash - tension, 30));
  w['sea.presence'] = 0.075;
  w['sea.standing'] = 0.075;

  const mood = 0.085 + 1.0 * near(ind['home.mood'] - th.unrest, 25);
  w['home.mood'] = mood;
  w['sea.incidents'] = -rules.home.incidentMood * mood - 0.05;
  w['home.nationalism'] = -0.03;
  w['home.legitimacy'] = 0.08;
  // Capital is worth what it can still buy: nothing once the last turn is spent.
  w['home.capital'] = turnsLeft > 0 ? 0.25 : 0.02;

  const leanValue = {} as Record<PowerId, number>;
  for (const p of POWERS) {
    let v = w['autonomy.drift'] * dw[p] * rules.drift.perLean;
    v -= powers[p].reassurancePerLean * w[suspicionKey(p)];
    for (const q of POWERS)
      if (powers[q].rivals.includes(p)) v += powers[q].suspicionPerRivalLean * w[`suspicion.${q}`];
    if (p === 'cn')
      v -= rules.home.capitulationBite * (ind['home.nationalism'] / 100) * w['home.mood'];
    // Powers reward being leaned toward (their reactions), a little.
    leanValue[p] = v + 0.1;
  }
  return { ind: w, lean: leanValue };
}
