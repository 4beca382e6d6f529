/**
 * The hand rule: each turn deals `rules.cards.hand` cards, only those can be
 * played, the deal follows the seed, and a card not dealt is refused with
 * its own code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requireScenario } from '../../src/cli/scenarios';
import {
  apply,
  type GameAction,
  type GameState,
  legalActions,
  newGame,
  stateHash,
} from '../../src/engine';
import { holdsAt, packCondition } from '../../src/engine/conditions';
import { newPacked } from '../../src/engine/game';
import { deal } from '../../src/engine/hand';
import { loadScenarioText } from '../../src/scenario/load';
import { blockReason } from '../../src/view/block-reason';
import { readFixtureJson } from '../helpers';

const cs = requireScenario('2023');
const hand = cs.scenario.rules.cards.hand ?? 0;

/** Answers waiting events with their first choice. */
function ready(state: GameState): GameState {
  let s = state;
  while (s.phase === 'event') {
    const [first] = legalActions(cs, s);
    if (!first) throw new Error('stuck');
    const r = apply(cs, s, first);
    if (!r.ok) throw new Error(r.error.message);
    s = r.state;
  }
  return s;
}

const played = (legal: readonly GameAction[]) =>
  legal.flatMap((a) => (a.type === 'play' ? [a.action] : []));

describe('a hand of cards dealt each turn (2023)', () => {
  it('the 2023 rules deal a hand smaller than the menu', () => {
    expect(hand).toBeGreaterThan(0);
    expect(hand).toBeLessThan(cs.scenario.actions.length);
  });

  it('deals at most `hand` cards, and only dealt cards are legal', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (seed) => {
        let s = ready(newGame(cs, `hand-${seed}`).state);
        for (let turn = 0; turn < 4 && s.phase === 'actions'; turn++) {
          const dealt = s.hand ?? [];
          expect(dealt.length).toBeLessThanOrEqual(hand);
          expect(new Set(dealt).size).toBe(dealt.length);
          for (const id of played(legalActions(cs, s))) expect(dealt).toContain(id);
          const r = apply(cs, s, { type: 'end-turn' });
          if (!r.ok) throw new Error(r.error.message);
          s = ready(r.state);
        }
      }),
      { numRuns: 12 },
    );
  });

  it('deals the same hands for the same seed, and other hands for other seeds', () => {
    const hands = (seed: string) => {
      let s = ready(newGame(cs, seed).state);
      const out: string[][] = [];
      for (let turn = 0; turn < 6 && s.phase === 'actions'; turn++) {
        out.push([...(s.hand ?? [])]);
        const r = apply(cs, s, { type: 'end-turn' });
        if (!r.ok) throw new Error(r.error.message);
        s = ready(r.state);
      }
      return { out, hash: stateHash(s) };
    };
    expect(hands('same')).toEqual(hands('same'));
    const many = new Set(['a', 'b', 'c', 'd'].map((seed) => JSON.stringify(hands(seed).out)));
    expect(many.size).toBeGreaterThan(1);
  });

  it('refuses a card not dealt with its own code, which the screens put into words', () => {
    const s = ready(newGame(cs, 'refuse').state);
    const dealt = new Set(s.hand ?? []);
    const outside = cs.scenario.actions.find((a) => !dealt.has(a.id) && !a.requires);
    if (!outside) throw new Error('every open card was dealt');
    const r = apply(cs, s, { type: 'play', action: outside.id });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('not-dealt');
    expect(blockReason(r.error)).toBe('Not in your hand this month.');
  });
});

describe('without a hand rule', () => {
  it('carries no hand and leaves every card open', () => {
    const data = readFixtureJson('mini.json');
    data.format = 2;
    data.ruleset = 'bamboo-2023';
    data.rules = { cards: { hand: 0 } };
    const r = loadScenarioText(JSON.stringify(data), 'mini.json');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const { state } = newGame(r.compiled, 'open');
    expect(state.hand).toBeUndefined();
    expect(JSON.stringify(state)).not.toContain('"hand"');
  });
});

describe('a deal after a fuller hand', () => {
  it('leaves exactly the cards now eligible, in card order, with no mark from the last hand', () => {
    const p = newPacked(cs, 'short-deal');
    const before = [...(p.hand ?? [])];
    expect(before).toHaveLength(hand);
    // Every card but three rests: the next deal has fewer cards than the last hand.
    const open = [2, 5, 11];
    for (const t of cs.tables.actions) if (!open.includes(t.index)) p.lastTurn[t.slot] = p.turn;
    for (const i of open) {
      const t = cs.tables.actions[i];
      if (!t) throw new Error(`no card ${i}`);
      p.lastTurn[t.slot] = -1;
      p.counts[t.slot] = 0;
    }
    const eligible = open.filter((i) =>
      holdsAt(
        cs.tables.actions[i]?.requires ?? packCondition(undefined, cs.tables.layout, cs.turnIndex),
        p,
      ),
    );
    deal(p, cs);
    expect(p.hand).toEqual(eligible);
    expect(p.dealt.flatMap((d, i) => (d === 1 ? [i] : []))).toEqual(eligible);
  });
});
