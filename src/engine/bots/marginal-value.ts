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
import { type IndicatorKey, POWERS, type PowerId, suspicionKey } from '../indicators';
import { type LeanSignals, leanSignals } from '../signals';
import type { GameState } from '../state';

export interface MarginalValue {
  readonly ind: Readonly<Record<IndicatorKey, number>>;
  readonly lean: Readonly<Record<PowerId, number>>;
}

/** 0 far from a threshold, rising to 1 at it: how close `value` is to danger within `span`. */
const near = (distance: number, span: number): number =>
  distance >= span ? 0 : distance <= 0 ? 1 : 1 - distance / span;

/** The part of a relation's weight that its own level sets: the weakest link weighs most. */
function relationWeights(
  cn: number,
  us: number,
  jp: number,
  rupture: number,
): [number, number, number] {
  // A soft minimum spreads the weakest link's weight over near-ties.
  const low = Math.min(cn, us, jp);
  const ecn = Math.exp(-(cn - low) / 4);
  const eus = Math.exp(-(us - low) / 4);
  const ejp = Math.exp(-(jp - low) / 4);
  const sum = ecn + eus + ejp;
  const base = 0.1 / 3 + 0.02;
  return [
    base + (0.3 * ecn) / sum + 1.5 * near(cn - rupture, 25),
    base + (0.3 * eus) / sum + 1.5 * near(us - rupture, 25),
    base + (0.3 * ejp) / sum + 1.5 * near(jp - rupture, 25),
  ];
}

/** Written out in scalars and one record literal: it runs for every decision of every rollout. */
export function marginalValue(cs: CompiledScenario, state: GameState): MarginalValue {
  const { rules, thresholds: th, powers } = cs.scenario;
  const ind = state.ind;
  const lean = state.lean;
  const turnsLeft = cs.scenario.calendar.length - 1 - state.turn;
  const horizon = Math.min(Math.max(turnsLeft, 1), 4);

  // Where drift and suspicion will stand once this turn's lean is counted.
  const signals = leanSignals(rules, powers, lean);
  const drift = ind['autonomy.drift'] + signals.drift;
  const [rcn, rus, rjp] = relationWeights(
    ind['relations.cn'],
    ind['relations.us'],
    ind['relations.jp'],
    th.rupture,
  );
  const scn = suspicionWeight(cs, state, signals, 'cn', rcn, horizon);
  const sus = suspicionWeight(cs, state, signals, 'us', rus, horizon);
  const sjp = suspicionWeight(cs, state, signals, 'jp', rjp, horizon);

  const sign = drift > 1 ? 1 : drift < -1 ? -1 : 0;
  const bandPressure = Math.max(0, Math.abs(drift) - rules.drift.band / 2) / rules.drift.band;
  const wDrift = -sign * (0.15 + bandPressure + 2 * near(th.autonomyLost - Math.abs(drift), 25));
  const tension = ind['sea.tension'];
  const mood = 0.085 + 1.0 * near(ind['home.mood'] - th.unrest, 25);

  const w: Record<IndicatorKey, number> = {
    'relations.cn': rcn,
    'relations.us': rus,
    'relations.jp': rjp,
    'suspicion.cn': scn,
    'suspicion.us': sus,
    'suspicion.jp': sjp,
    'patience.cn': 0.02,
    'patience.us': 0.02,
    'patience.jp': 0.02,
    'autonomy.drift': wDrift,
    'economy.growth': 1.875 + 6 * near(ind['economy.growth'] - th.crisis, 3),
    'economy.tradeDependence': 0,
    'economy.usAccess': 0.04,
    'economy.investment.cn': 0.03,
    'economy.investment.us': 0.03,
    'economy.investment.jp': 0.03,
    'economy.infrastructure': 0.02,
    'economy.rareEarths': 0.01,
    'sea.tension': -(0.05 + (tension > 50 ? 0.075 : 0) + 1.5 * near(th.clash - tension, 30)),
    'sea.incidents': -rules.home.incidentMood * mood - 0.05,
    'sea.incidentsTotal': 0,
    'sea.presence': 0.075,
    'sea.standing': 0.075,
    'home.mood': mood,
    'home.nationalism': -0.03,
    'home.legitimacy': 0.08,
    // Capital is worth what it can still buy: nothing once the last turn is spent.
    'home.capital': turnsLeft > 0 ? 0.25 : 0.02,
  };

  const susp = { cn: scn, us: sus, jp: sjp };
  return {
    ind: w,
    lean: {
      cn: leanValueOf(cs, state, 'cn', wDrift, susp, mood),
      us: leanValueOf(cs, state, 'us', wDrift, susp, mood),
      jp: leanValueOf(cs, state, 'jp', wDrift, susp, mood),
    },
  };
}

// Helpers live at module level: tsx names every inner arrow function on each call.
function suspicionWeight(
  cs: CompiledScenario,
  state: GameState,
  signals: LeanSignals,
  p: PowerId,
  rel: number,
  horizon: number,
): number {
  const power = cs.scenario.powers[p];
  const projected = state.ind[suspicionKey(p)] + signals.rivalLean[p] + signals.reassured[p];
  const biting = projected > power.suspicionBiteAt - 15;
  return -0.04 - (biting ? power.suspicionBite * rel * horizon : 0);
}

function leanValueOf(
  cs: CompiledScenario,
  state: GameState,
  p: PowerId,
  wDrift: number,
  susp: Readonly<Record<PowerId, number>>,
  mood: number,
): number {
  const { rules, powers } = cs.scenario;
  let v =
    wDrift * rules.drift.weights[p] * rules.drift.perLean - powers[p].reassurancePerLean * susp[p];
  for (const q of POWERS)
    if (powers[q].rivals.includes(p)) v += powers[q].suspicionPerRivalLean * susp[q];
  if (p === 'cn') v -= rules.home.capitulationBite * (state.ind['home.nationalism'] / 100) * mood;
  // Powers reward being leaned toward (their reactions), a little.
  return v + 0.1;
}
