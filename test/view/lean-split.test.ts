/**
 * The lean a turn's end reads, split into the player's decisions and the events' signals: the
 * two parts add up to the whole lean, and their moves of the meter add up to the move the turn
 * recorded, for every turn of whole games played by the bots.
 */
import { describe, expect, it } from 'vitest';
import { apply, type GameState, leanSignals, legalActions, newGame } from '../../src/engine';
import { TEXT } from '../../src/i18n';
import {
  currentLeanSplit,
  endedLeanSplit,
  gauges,
  inSteps,
  LEAN_SOURCE,
  leanCauseSplit,
} from '../../src/view';
import { loadShipped } from '../helpers';
import { type PlayedStep, playedSteps, turnEnds } from './played-steps';

const GAMES = [
  ['2023', 'lean-1', 'random'],
  ['2023', 'lean-2', 'historical'],
  ['2023', 'lean-3', 'bamboo'],
  ['2023', 'lean-4', 'washington-first'],
  ['xi-visit-2023', 'lean-5', 'random'],
  ['september-2023', 'lean-6', 'beijing-first'],
] as const;

describe('the lean split by who signalled it', () => {
  for (const [scenario, seed, policy] of GAMES) {
    it(`adds up to the turn’s lean and to the meter’s move (${scenario}, ${policy})`, () => {
      const cs = loadShipped(scenario);
      const steps = playedSteps(cs, seed, policy);
      let checked = 0;
      for (const end of turnEnds(steps)) {
        const split = endedLeanSplit(cs, steps, end);
        if (!split) throw new Error(`no split at step ${end}`);
        const lean = (steps[end - 1] as PlayedStep).state.lean;
        for (const p of cs.tables.vocab.powers) {
          const sum = (split.decisions.lean[p] ?? 0) + (split.events.lean[p] ?? 0);
          expect(sum).toBeCloseTo(lean[p] ?? 0, 9);
        }
        const whole = leanSignals(cs.scenario.rules, cs.scenario.powers, lean).drift;
        expect(split.decisions.drift + split.events.drift).toBeCloseTo(whole, 9);
        const recorded = (steps[end] as PlayedStep).explanation.changes
          .find((c) => c.indicator === 'autonomy.drift')
          ?.causes.filter((c) => c.source === LEAN_SOURCE)
          .reduce((a, c) => a + c.delta, 0);
        const parts = leanCauseSplit(cs, steps, end);
        if (!recorded) expect(parts).toBeNull();
        else {
          if (!parts) throw new Error(`no parts at step ${end}`);
          expect(inSteps(parts.decisions) + inSteps(parts.events)).toBe(inSteps(recorded));
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }

  it('puts an event’s signal apart from the decisions (USS Ronald Reagan in Đà Nẵng)', () => {
    const cs = loadShipped('2023');
    // June's carrier visit leans toward Washington whatever Hà Nội does that month.
    const june = cs.scenario.calendar.findIndex((t) => t.id === 'jun');
    expect(june).toBeGreaterThan(0);
    const steps: PlayedStep[] = [];
    const opening = newGame(cs, 'reagan');
    steps.push({ action: null, ...opening });
    let state: GameState = opening.state;
    const step = (action: PlayedStep['action'] & object) => {
      const r = apply(cs, state, action);
      if (!r.ok) throw new Error(r.error.message);
      state = r.state;
      steps.push({ action, state, explanation: r.explanation });
    };
    while (state.turn < june && state.phase !== 'over') {
      while (state.phase === 'event') {
        const id = state.pending[0] as string;
        const choice =
          cs.events.get(id)?.choices?.find((c) => !c.effects.lean) ??
          cs.events.get(id)?.choices?.[0];
        step({ type: 'choose', event: id, choice: choice?.id ?? '' });
      }
      step({ type: 'end-turn' });
    }
    if (state.phase === 'over') throw new Error('the game ended before June');
    const now = currentLeanSplit(cs, steps);
    expect(now?.eventIds).toContain('reagan-da-nang');
    expect(now?.events.lean.us ?? 0).toBeGreaterThanOrEqual(1);
    expect(now?.events.drift ?? 0).toBeGreaterThan(0);
    // A card that leans is the player's: the decisions' part moves, the events' stays.
    while (state.phase === 'event') {
      const id = state.pending[0] as string;
      step({ type: 'choose', event: id, choice: cs.events.get(id)?.choices?.[0]?.id ?? '' });
    }
    const before = currentLeanSplit(cs, steps);
    const card = legalActions(cs, state).find(
      (a) =>
        a.type === 'play' && Object.keys(cs.actions.get(a.action)?.effects.lean ?? {}).length > 0,
    );
    if (!card) throw new Error('no card that leans');
    step(card);
    const after = currentLeanSplit(cs, steps);
    expect(after?.events).toEqual(before?.events);
    expect(after?.decisions.drift).not.toBe(before?.decisions.drift);
  });
});

describe('the meter’s latest changes', () => {
  it('tell the lean’s move as the decisions’ share and the events’, adding up to the change', () => {
    const cs = loadShipped('2023');
    const steps = playedSteps(cs, 'lean-recent', 'washington-first');
    let split = 0;
    for (const end of turnEnds(steps)) {
      const view = gauges(cs, steps.slice(0, end + 1), 2).find((g) => g.key === 'autonomy.drift');
      const latest = view?.recent.find((c) => c.step === end);
      if (!latest) continue;
      expect(latest.causes.some((c) => c.label === TEXT.labels.rules.lean)).toBe(false);
      const shares = latest.causes.filter((c) =>
        [TEXT.explain.lean.decisions('month'), TEXT.explain.lean.events('month')].includes(c.label),
      );
      if (shares.length > 0) split++;
    }
    expect(split).toBeGreaterThan(0);
  });
});
