/** The advisor's forecast: deterministic, sliceable, and blind to the real game's dice. */
import { describe, expect, it } from 'vitest';
import {
  ADVISOR_STYLES,
  apply,
  canonicalJson,
  forecast,
  forecastBase,
  forecastChunk,
  forecastShape,
  type GameAction,
  type GameState,
  legalActions,
  newGame,
  POLICIES,
  playGame,
  startForecast,
  stateHash,
  summarizeForecast,
} from '../../src/engine';
import { loadFixture } from '../helpers';

const cs = loadFixture('mini.json');
/** The first moment the player may play cards: waiting events answered with their first choice. */
function firstActions(seed: string): GameState {
  let state = newGame(cs, seed).state;
  while (state.phase === 'event') {
    const [first] = legalActions(cs, state);
    if (!first) throw new Error('stuck');
    const r = apply(cs, state, first);
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
  }
  return state;
}

const start = firstActions('advisor');
const PROTEST: GameAction = { type: 'play', action: 'protest-note' };

function ok(result: ReturnType<typeof forecast>) {
  if (!result.ok) throw new Error(result.error.message);
  return result.forecast;
}

describe('forecast', () => {
  it('is the same every time for the same state and decision', () => {
    const a = ok(forecast(cs, start, PROTEST, { rollouts: 200 }));
    const b = ok(forecast(cs, start, PROTEST, { rollouts: 200 }));
    expect(b).toEqual(a);
    expect(a.rollouts).toBe(200);
  });

  it('reports ranges and probabilities that make sense', () => {
    const f = ok(forecast(cs, start, PROTEST, { rollouts: 300 }));
    for (const key of forecastShape(cs.scenario).indicators) {
      const s = f.indicators[key] as NonNullable<(typeof f.indicators)[string]>;
      expect(s.p10).toBeLessThanOrEqual(s.median);
      expect(s.median).toBeLessThanOrEqual(s.p90);
    }
    expect(f.score.p10).toBeLessThanOrEqual(f.score.p90);
    const total = Object.values(f.outcomes).reduce<number>((a, b) => a + (b ?? 0), 0);
    expect(total).toBeCloseTo(1, 6);
    expect(Object.keys(f.failures).sort()).toEqual(
      [...forecastShape(cs.scenario).collapses].sort(),
    );
    expect(f.failure).toBeGreaterThanOrEqual(0);
    expect(f.failure).toBeLessThanOrEqual(1);
  });

  it('never touches the state or the real game that follows', () => {
    const before = canonicalJson(start);
    const real = playGame(cs, 'advisor', POLICIES.random as NonNullable<typeof POLICIES.random>);
    ok(forecast(cs, start, PROTEST, { rollouts: 100 }));
    expect(canonicalJson(start)).toBe(before);
    const again = playGame(cs, 'advisor', POLICIES.random as NonNullable<typeof POLICIES.random>);
    expect(stateHash(again.state)).toBe(stateHash(real.state));
  });

  it('cannot depend on the real dice: the same position with other dice forecasts the same', () => {
    const other: GameState = { ...start, rng: newGame(cs, 'other-dice').state.rng };
    expect(other.rng).not.toEqual(start.rng);
    expect(ok(forecast(cs, other, PROTEST, { rollouts: 60 }))).toEqual(
      ok(forecast(cs, start, PROTEST, { rollouts: 60 })),
    );
  });

  it('gives the same answer in slices as in one go', () => {
    const whole = ok(forecast(cs, start, PROTEST, { rollouts: 120 }));
    const job = startForecast(cs, start, PROTEST, { rollouts: 120 });
    let steps = 0;
    while (!job.step(17)) steps++;
    expect(steps).toBe(Math.ceil(120 / 17) - 1);
    expect(job.done).toBe(120);
    expect(ok(job.result())).toEqual(whole);
  });

  it('can be split across workers and merged', () => {
    const whole = ok(forecast(cs, start, PROTEST, { rollouts: 90 }));
    const base = forecastBase(start);
    const parts = [0, 30, 60].flatMap(
      (from) => forecastChunk(cs, start, PROTEST, from, 30, { base }) ?? [],
    );
    expect(summarizeForecast(forecastShape(cs.scenario), PROTEST, parts)).toEqual(whole);
  });

  it('refuses an illegal decision with the engine’s error', () => {
    const result = forecast(cs, start, { type: 'play', action: 'nope' }, { rollouts: 10 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('unknown-action');
  });

  it('compares options on the same simulated luck', () => {
    const options = legalActions(cs, start);
    expect(options.length).toBeGreaterThan(1);
    const forecasts = options.map((d) => ok(forecast(cs, start, d, { rollouts: 40 })));
    expect(new Set(forecasts.map((f) => f.decision.type)).size).toBeGreaterThan(1);
  });
});

describe('the advisor played in several styles', () => {
  it('uses every style it is given, in turn by rollout, and stays deterministic', () => {
    expect(ADVISOR_STYLES.map((p) => p.name)).toEqual([
      'bamboo',
      'random',
      'passive',
      'washington-first',
      'beijing-first',
    ]);
    const mixed = forecastChunk(cs, start, PROTEST, 0, 10, { styles: ADVISOR_STYLES })!;
    expect(forecastChunk(cs, start, PROTEST, 0, 10, { styles: ADVISOR_STYLES })).toEqual(mixed);
    // Rollout i is played by style i mod 5: the same futures as that style alone.
    ADVISOR_STYLES.forEach((policy, i) => {
      expect(forecastChunk(cs, start, PROTEST, i, 1, { policy })).toEqual([mixed[i]]);
    });
  });

  it('shows a wider range of endings than the careful hedger alone', () => {
    const careful = ok(forecast(cs, start, PROTEST, { rollouts: 200 }));
    const mixed = ok(forecast(cs, start, PROTEST, { rollouts: 200, styles: ADVISOR_STYLES }));
    const width = (f: typeof careful) => f.score.p90 - f.score.p10;
    expect(width(mixed)).toBeGreaterThan(width(careful));
    expect(mixed.failure).toBeGreaterThanOrEqual(careful.failure);
  });
});
