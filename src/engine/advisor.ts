/**
 * The advisor: before the player commits to a decision, play it out many
 * times under the bamboo policy and report what the end of the scenario
 * tends to look like. Pure and deterministic: every rollout replaces the
 * copy's dice with a stream derived from the hash of the position (without
 * its dice) and the rollout's index, so the same question always gets the
 * same forecast, the real game's random stream is never read (the forecast
 * cannot leak the real dice), and every option is judged against the same
 * simulated luck.
 *
 * Work can be sliced (`startForecast(...).step(n)`) or split across Workers
 * (`forecastChunk` returns plain JSON samples; `summarizeForecast` merges).
 */
import { bambooPolicy } from './bots/bamboo';
import type { Policy } from './bots/policy';
import { rngFrom } from './bots/rollout';
import type { CompiledScenario } from './compile';
import { outcomeIds } from './endings';
import { type ApplyError, apply } from './game';
import { hashJson } from './hash';
import { type IndicatorKey, relationKey } from './indicators';
import { type Packed, pack } from './packed';
import { RngCursor, seedRng } from './rng';
import type { Scenario } from './scenario';
import { simulatePacked } from './sim';
import type { CollapseId, GameAction, GameState, OutcomeId } from './state';

/** The indicators a forecast reports besides the score: every relation, then these. */
export const FORECAST_SINGLES = [
  'autonomy.drift',
  'economy.growth',
  'sea.tension',
  'home.mood',
  'home.legitimacy',
] as const satisfies readonly IndicatorKey[];
export type ForecastIndicator = IndicatorKey;

/** What a scenario's forecasts report: the indicators (in sample order) and the collapses. */
export interface ForecastShape {
  readonly indicators: readonly IndicatorKey[];
  readonly collapses: readonly CollapseId[];
}

/** Read from the scenario alone, so a screen holding only the scenario can put samples together. */
export function forecastShape(scenario: Pick<Scenario, 'powers' | 'rules'>): ForecastShape {
  const powers = Object.keys(scenario.powers);
  return {
    indicators: [...powers.map(relationKey), ...FORECAST_SINGLES],
    collapses: outcomeIds({ ruptures: powers.map((p) => `rupture-${p}`) }, scenario.rules)
      .collapses,
  };
}

const slotsOf = new WeakMap<CompiledScenario, readonly number[]>();

function forecastSlots(cs: CompiledScenario): readonly number[] {
  let slots = slotsOf.get(cs);
  if (!slots) {
    const v = cs.tables.vocab;
    slots = forecastShape(cs.scenario).indicators.map((k) => v.slot[k] as number);
    slotsOf.set(cs, slots);
  }
  return slots;
}

export const DEFAULT_ROLLOUTS = 1000;

export interface ForecastOptions {
  /** Rollouts in all (default 1,000). */
  readonly rollouts?: number;
  /** Mixed into the derived seeds: another salt gives another, equally valid sample. */
  readonly salt?: string;
  /** The policy that plays on after the decision (default: bamboo). */
  readonly policy?: Policy;
  /**
   * Several styles of play, taking turns by rollout index: the futures then cover a careful,
   * an erratic and a one-sided player, so the spread says how much the year can still go
   * wrong, not only how a good bot would fare. Overrides `policy`.
   */
  readonly styles?: readonly Policy[];
}

/** One simulated ending: plain JSON, so Workers can send it back. */
export interface RolloutSample {
  readonly score: number;
  readonly outcome: OutcomeId | null;
  readonly ind: readonly number[];
}

/** The 10th percentile, the median and the 90th percentile. */
export interface Spread {
  readonly p10: number;
  readonly median: number;
  readonly p90: number;
}

export interface Forecast {
  readonly decision: GameAction;
  readonly rollouts: number;
  readonly score: Spread;
  /**
   * Each future's final score in rollout order. Every decision's rollout i plays the same
   * dice, so two forecasts from one state compare future by future.
   */
  readonly scores: readonly number[];
  readonly indicators: Readonly<Record<ForecastIndicator, Spread>>;
  /** Share of rollouts ending in each outcome (only outcomes that happened). */
  readonly outcomes: Readonly<Partial<Record<OutcomeId, number>>>;
  /** Probability of each collapse (every collapse listed, 0 when it never happened). */
  readonly failures: Readonly<Record<CollapseId, number>>;
  /** Probability of any collapse. */
  readonly failure: number;
}

export type ForecastResult =
  | { readonly ok: true; readonly forecast: Forecast }
  | { readonly ok: false; readonly error: ApplyError };

/**
 * The seed every rollout of a forecast from this state derives from: the
 * position without its dice, so the forecast provably cannot depend on them.
 */
export function forecastBase(state: GameState, salt = ''): string {
  return `${hashJson({ ...state, rng: null })}/${salt}`;
}

function sampleOf(end: Packed, slots: readonly number[]): RolloutSample {
  return {
    score: end.ending?.score.total ?? 0,
    outcome: end.ending?.outcome ?? null,
    ind: slots.map((slot) => end.ind[slot] as number),
  };
}

/** Rollouts `from` … `from + count - 1` of a forecast; null if the decision is illegal. */
export function forecastChunk(
  cs: CompiledScenario,
  state: GameState,
  decision: GameAction,
  from: number,
  count: number,
  opts: ForecastOptions & { readonly base?: string } = {},
): RolloutSample[] | null {
  const base = opts.base ?? forecastBase(state, opts.salt);
  const single = opts.policy ?? bambooPolicy;
  const styles = opts.styles && opts.styles.length > 0 ? opts.styles : null;
  const samples: RolloutSample[] = [];
  const slots = forecastSlots(cs);
  // Packed once; every rollout plays on a copy of it, with its own dice, in one reused state.
  const start = pack(cs, state);
  const end = start.clone();
  for (let i = from; i < from + count; i++) {
    const stream = new RngCursor(seedRng(`${base}#${i}`));
    end.copyFrom(start);
    end.reseed(rngFrom(stream));
    const policy = styles ? (styles[i % styles.length] as Policy) : single;
    if (!simulatePacked(cs, end, policy, stream, { first: decision })) return null;
    samples.push(sampleOf(end, slots));
  }
  return samples;
}

/**
 * The spread of `values`, sorted as doubles in place: a typed array sorts numerically without
 * calling a comparator, several times faster on the nine lists of a thousand a forecast sorts.
 * A zero is reported as +0: the comparator sort left -0 and +0 in the samples' order.
 */
function spread(values: Float64Array): Spread {
  values.sort();
  const at = (q: number) => {
    const v = values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;
    return v === 0 ? 0 : v;
  };
  return { p10: at(0.1), median: at(0.5), p90: at(0.9) };
}

export function summarizeForecast(
  shape: ForecastShape,
  decision: GameAction,
  samples: readonly RolloutSample[],
): Forecast {
  const n = samples.length;
  const indicators = {} as Record<ForecastIndicator, Spread>;
  shape.indicators.forEach((key, i) => {
    const values = new Float64Array(n);
    for (let k = 0; k < n; k++) values[k] = (samples[k] as RolloutSample).ind[i] ?? 0;
    indicators[key] = spread(values);
  });
  const scores = new Float64Array(n);
  for (let k = 0; k < n; k++) scores[k] = (samples[k] as RolloutSample).score;
  const outcomes: Partial<Record<OutcomeId, number>> = {};
  for (const s of samples) if (s.outcome) outcomes[s.outcome] = (outcomes[s.outcome] ?? 0) + 1;
  for (const k in outcomes)
    outcomes[k as OutcomeId] = (outcomes[k as OutcomeId] ?? 0) / Math.max(1, n);
  const failures = {} as Record<CollapseId, number>;
  let failure = 0;
  for (const c of shape.collapses) {
    failures[c] = outcomes[c] ?? 0;
    failure += failures[c];
  }
  return {
    decision,
    rollouts: n,
    score: spread(scores),
    scores: samples.map((s) => s.score),
    indicators,
    outcomes,
    failures,
    failure: Math.round(failure * 1e6) / 1e6,
  };
}

/** A forecast worked in slices: call `step` from an idle callback or a Worker loop. */
export interface ForecastJob {
  readonly total: number;
  readonly done: number;
  /** Runs up to `count` more rollouts; returns true when all are done. */
  step(count: number): boolean;
  result(): ForecastResult;
}

export function startForecast(
  cs: CompiledScenario,
  state: GameState,
  decision: GameAction,
  opts: ForecastOptions = {},
): ForecastJob {
  const total = opts.rollouts ?? DEFAULT_ROLLOUTS;
  const checked = apply(cs, state, decision);
  const error = checked.ok ? null : checked.error;
  const base = forecastBase(state, opts.salt);
  const samples: RolloutSample[] = [];
  return {
    total,
    get done() {
      return error ? total : samples.length;
    },
    step(count) {
      if (error) return true;
      const n = Math.min(count, total - samples.length);
      const chunk = forecastChunk(cs, state, decision, samples.length, n, { ...opts, base });
      if (chunk) samples.push(...chunk);
      return samples.length >= total;
    },
    result() {
      if (error) return { ok: false, error };
      return {
        ok: true,
        forecast: summarizeForecast(forecastShape(cs.scenario), decision, samples),
      };
    },
  };
}

/** The whole forecast at once (blocking: on a screen, prefer a Worker or `startForecast`). */
export function forecast(
  cs: CompiledScenario,
  state: GameState,
  decision: GameAction,
  opts: ForecastOptions = {},
): ForecastResult {
  const job = startForecast(cs, state, decision, opts);
  job.step(job.total);
  return job.result();
}
