/**
 * The advisor plays its futures as this player would: their lean, their rash moves, their
 * idle months. A careful answer forecasts visibly better than a reckless one to the same
 * question, and a careful record is not forecast to collapse.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADVISOR_STYLES,
  advisorStylesFor,
  apply,
  type CompiledScenario,
  forecast,
  type GameAction,
  type GameState,
  legalActions,
  newGame,
  playerPolicy,
  playerTendencies,
  policyRng,
} from '../../src/engine';
import { historicalPolicy } from '../../src/engine/bots/historical';
import { allCardsOpen, loadShipped } from '../helpers';

const shipped = loadShipped('2023');
const cs = allCardsOpen(shipped);

function must(c: CompiledScenario, state: GameState, d: GameAction): GameState {
  const r = apply(c, state, d);
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
}

/** History's own decisions until `stop` says so: a balanced record so far. */
function historyUntil(c: CompiledScenario, seed: string, stop: (s: GameState) => boolean) {
  let state = newGame(c, seed).state;
  const rand = policyRng(seed, 'historical');
  while (!stop(state) && !state.ending)
    state = must(c, state, historicalPolicy.choose(c, state, legalActions(c, state), rand));
  return state;
}

const may = historyUntil(cs, 'tendencies', (s) => s.turn >= 4 && s.phase === 'actions');
const CAREFUL: GameAction = { type: 'play', action: 'even-handed-calls' };
/** A lurch to Washington: rash by its lean, whatever its merits. */
const RECKLESS: GameAction = { type: 'play', action: 'us-upgrade-early' };

describe('the player’s ways', () => {
  it('count the decision being weighed: a lurch to Washington leans the futures that way and makes them rasher', () => {
    const careful = playerTendencies(cs, may, CAREFUL);
    const reckless = playerTendencies(cs, may, RECKLESS);
    expect(reckless.lean).toBeGreaterThan(careful.lean + 0.3);
    expect(reckless.slip).toBeGreaterThan(careful.slip + 0.03);
    expect(careful.slip).toBeLessThan(0.1);
  });

  it('see idle months as months the futures let pass', () => {
    let idle = newGame(cs, 'idle').state;
    while (idle.turn < 4 && !idle.ending) {
      const [first] = legalActions(cs, idle).filter((a) => a.type !== 'play');
      idle = must(cs, idle, first as GameAction);
    }
    expect(playerTendencies(cs, newGame(cs, 'idle').state).idle).toBe(0);
    expect(playerTendencies(cs, idle).idle).toBeGreaterThan(0.5);
    // Capital left unspent month after month: the futures play fewer cards a month too.
    expect(playerTendencies(cs, idle).pace).toBeLessThan(
      playerTendencies(cs, newGame(cs, 'idle').state).pace - 1,
    );
  });

  it('stay shares whatever the record: impulses and idle months between 0 and 1, the lean finite', () => {
    const keys = [
      ...[...cs.actions.keys()].map((a) => `action:${a}`),
      ...[...cs.events.values()].flatMap((e) =>
        (e.choices ?? []).map((c) => `choice:${e.id}/${c.id}`),
      ),
    ];
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...keys), fc.integer({ min: 0, max: 12 })),
        fc.integer({ min: 0, max: 11 }),
        (counts, turn) => {
          const w = playerTendencies(cs, { ...may, counts, turn });
          expect(w.slip).toBeGreaterThan(0);
          expect(w.slip).toBeLessThan(1);
          expect(w.idle).toBeGreaterThanOrEqual(0);
          expect(w.idle).toBeLessThan(1);
          expect(Number.isFinite(w.lean)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

const run = (c: CompiledScenario, state: GameState, d: GameAction, rollouts = 200) => {
  const r = forecast(c, state, d, { rollouts, styles: advisorStylesFor(c, state, d) });
  if (!r.ok) throw new Error(r.error.message);
  return r.forecast;
};

/** Share of the same futures (the same dice) in which `a` ends at least half a point below `b`. */
function worseIn(a: readonly number[], b: readonly number[]): number {
  let worse = 0;
  a.forEach((x, i) => {
    if (x <= (b[i] ?? 0) - 0.5) worse++;
  });
  return worse / a.length;
}

/** The dealt game as history played it, stopped at one of its events. */
const atEvent = (event: string) =>
  historyUntil(shipped, 'advisor-test-2', (s) => s.phase === 'event' && s.pending[0] === event);
const answer = (event: string, choice: string): GameAction => ({ type: 'choose', event, choice });

describe('the forecast played the player’s way', () => {
  it('does not forecast a careful record to collapse, as five whole-year styles in turn did', () => {
    const careful = run(cs, may, CAREFUL);
    expect(careful.failure).toBeLessThan(0.05);
    const even = forecast(cs, may, CAREFUL, { rollouts: 200, styles: ADVISOR_STYLES });
    expect(even.ok && even.forecast.failure).toBeGreaterThan(0.2);
  });

  it.each([
    // Answers that snub a capital for nothing. (Chính's "sea first" is no longer one: the
    // public's gain makes it a real choice on some dice, which is what the month asks for.)
    ['thuong-brf', 'attend-and-connect', 'junior-delegation'],
    ['japan-upgrade', 'full-csp', 'postpone'],
  ])('tells a careful from a reckless answer to %s, future by future', (event, calm, rash) => {
    const state = atEvent(event);
    expect(state.pending[0]).toBe(event);
    const careful = run(shipped, state, answer(event, calm));
    const reckless = run(shipped, state, answer(event, rash));
    expect(reckless.score.median).toBeLessThan(careful.score.median - 2);
    // Collapses are counted in 200 sampled futures: a couple either way is the dice, not the
    // answer (a full upgrade with Tokyo warms a rival of Beijing's, so it is not risk-free).
    expect(reckless.failure).toBeGreaterThanOrEqual(careful.failure - 2 / 200);
    expect(worseIn(reckless.scores, careful.scores)).toBeGreaterThan(0.6);
  });
});

/**
 * Four months in which no card or answer leaned toward Beijing: the record of a player who
 * lets that relation slide while tending the others.
 */
function neglecting(c: CompiledScenario, power: string, months: number): GameState {
  let state = newGame(c, 'neglect').state;
  const lean = (d: GameAction) =>
    (d.type === 'play'
      ? c.actions.get(d.action)?.effects.lean
      : d.type === 'choose'
        ? c.events.get(d.event)?.choices?.find((x) => x.id === d.choice)?.effects.lean
        : undefined) ?? {};
  const spares = (d: GameAction) => ((lean(d) as Record<string, number>)[power] ?? 0) <= 0;
  while ((state.turn < months || state.phase === 'event') && !state.ending) {
    const legal = legalActions(c, state);
    const choices = legal.filter((d) => d.type === 'choose');
    if (choices.length > 0) {
      state = must(c, state, choices.find(spares) ?? (choices[0] as GameAction));
      continue;
    }
    const card = legal.find(
      (d) =>
        d.type === 'play' &&
        spares(d) &&
        Object.values(lean(d) as Record<string, number>).some((v) => v > 0),
    );
    state = must(c, state, card && state.playedThisTurn.length < 2 ? card : { type: 'end-turn' });
  }
  return state;
}

describe('a power the player leaves alone', () => {
  const state = neglecting(shipped, 'cn', 4);
  const slot = shipped.tables.vocab.powers.indexOf('cn');

  it('is counted as left alone in most months, the others not', () => {
    const ways = playerTendencies(shipped, state);
    expect(ways.neglect[slot]).toBeGreaterThan(0.5);
    expect(playerTendencies(shipped, newGame(shipped, 'fresh').state).neglect).toEqual([0, 0, 0]);
  });

  it('is left alone in the futures too: they end with Beijing lower than a player who tends it', () => {
    const ways = playerTendencies(shipped, state, { type: 'end-turn' });
    const play = (w: typeof ways) => {
      const r = forecast(
        shipped,
        state,
        { type: 'end-turn' },
        // Collapses are a few in a hundred futures: at 120 the two ways can tie on the dice.
        {
          rollouts: 400,
          styles: [playerPolicy(w)],
        },
      );
      if (!r.ok) throw new Error(r.error.message);
      return r.forecast;
    };
    const yourWay = play(ways);
    const tended = play({ ...ways, neglect: ways.neglect.map(() => 0) });
    expect(yourWay.indicators['relations.cn']?.median).toBeLessThan(
      (tended.indicators['relations.cn']?.median ?? 0) - 5,
    );
    expect(yourWay.failure).toBeGreaterThan(tended.failure);
  });
});
