/**
 * The fast simulation path (owned copies written in place, no explanations)
 * must reach exactly the states the public `apply` reaches.
 */
import { basename } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, scenarioFiles } from '../../src/cli/scenarios';
import {
  apply,
  type CompiledScenario,
  canonicalJson,
  type GameAction,
  legalActions,
  newGame,
  POLICIES,
  type Policy,
  playGame,
  policyNames,
  policyRng,
  simulate,
  stateHash,
} from '../../src/engine';
import { holdsAt, packCondition, stateReader } from '../../src/engine/conditions';
import { applyPacked, legalAt, whyNotPlay } from '../../src/engine/game';
import { pack, unpack } from '../../src/engine/packed';
import { simulatePacked } from '../../src/engine/sim';
import { conditionsOf } from '../../src/engine/tables';
import { formatProblem } from '../../src/scenario/load';
import { loadFixture } from '../helpers';

const mini = loadFixture('mini.json');
const SCENARIOS: [string, CompiledScenario][] = [
  ['mini (fixture)', mini],
  ...scenarioFiles().map((file): [string, CompiledScenario] => {
    const loaded = loadScenarioFile(file);
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    return [basename(file, '.json'), loaded.compiled];
  }),
];
const FAST_POLICIES = policyNames().filter((p) => p !== 'lookahead');

describe.each(SCENARIOS)('%s: fast path and apply agree', (_name, cs) => {
  it.each(FAST_POLICIES)('%s: same final state hash on 25 seeds', (name) => {
    const policy = POLICIES[name];
    if (!policy) throw new Error(name);
    for (let i = 0; i < 25; i++) {
      const seed = `sim-${i}`;
      const slow = playGame(cs, seed, policy);
      const fast = playGame(cs, seed, policy, { record: false });
      expect(stateHash(fast.state), seed).toBe(stateHash(slow.state));
      // Plain data: the same JSON text, key order included, whatever the path.
      expect(JSON.stringify(fast.state), seed).toBe(JSON.stringify(slow.state));
    }
  });
});

describe.each(SCENARIOS)(
  '%s: the screens read conditions with the turn’s own compiler',
  (_n, cs) => {
    it('stateReader agrees with the packed predicates the rules use, on every state of a few games', () => {
      const conditions = conditionsOf(cs.scenario);
      const tests = conditions.map((c) => packCondition(c, cs.tables.layout, cs.turnIndex));
      let checked = 0;
      let held = 0;
      for (const name of ['random', 'bamboo', 'beijing-first']) {
        for (let i = 0; i < 4; i++) {
          const seed = `cond-${i}`;
          const game = playGame(cs, seed, POLICIES[name]!);
          let state = newGame(cs, seed).state;
          for (const action of game.actions) {
            const p = pack(cs, state);
            const read = stateReader(cs, state);
            conditions.forEach((c, j) => {
              const h = holdsAt(tests[j]!, p);
              expect(read.holds(c), JSON.stringify(c)).toBe(h);
              if (h) held++;
            });
            checked += conditions.length;
            // A card's conditions as the screens read them are what the legality check says.
            if (state.phase === 'actions')
              for (const a of cs.scenario.actions) {
                const code = whyNotPlay(cs, state, a)?.code;
                if (code === 'not-allowed') expect(read.holds(a.requires), a.id).toBe(false);
                if (code === undefined || code === 'too-expensive')
                  expect(read.holds(a.requires), a.id).toBe(true);
              }
            const r = apply(cs, state, action);
            if (!r.ok) throw new Error(r.error.message);
            state = r.state;
          }
        }
      }
      // Both answers occur, so the agreement is not vacuous.
      expect(held).toBeGreaterThan(0);
      expect(held).toBeLessThan(checked);
    });
  },
);

describe('a policy the engine does not know', () => {
  it('plays on unpacked states and reaches the same end as the built-in one', () => {
    // A copy of the random policy: same choices, but no packed form registered.
    const custom: Policy = { ...POLICIES.random!, choose: POLICIES.random!.choose };
    for (let i = 0; i < 10; i++) {
      const seed = `custom-${i}`;
      const start = newGame(mini, seed).state;
      const seen: string[] = [];
      const mine = simulate(mini, start, custom, policyRng(seed, 'random'), {
        onDecision: (_d, s) => seen.push(stateHash(s)),
      });
      const builtIn = simulate(mini, start, POLICIES.random!, policyRng(seed, 'random'));
      expect(JSON.stringify(mine)).toBe(JSON.stringify(builtIn));
      expect(seen.length).toBeGreaterThan(0);
    }
  });
});

/** A legal decision that moves the game on: the first answer to a waiting event, else ending the turn. */
function END_TURN_OR_ANSWER(cs: CompiledScenario, p: ReturnType<typeof pack>): GameAction {
  return legalActions(cs, unpack(p)).find((d) => d.type !== 'play') ?? { type: 'end-turn' };
}

describe('packed states', () => {
  it('leave the state they were packed from untouched', () => {
    const start = newGame(mini, 'owned').state;
    const before = canonicalJson(start);
    const p = pack(mini, start);
    expect(applyPacked(mini, p, { type: 'play', action: 'protest-note' })).toBeNull();
    expect(applyPacked(mini, p, { type: 'end-turn' })).toBeNull();
    expect(canonicalJson(start)).toBe(before);
    const after = unpack(p);
    expect(after.step).toBe(2);
    expect(after.counts['action:protest-note']).toBe(1);
  });

  it('unpack to the state they were packed from', () => {
    const game = playGame(mini, 'round-trip', POLICIES.random!);
    expect(JSON.stringify(unpack(pack(mini, game.state)))).toBe(JSON.stringify(game.state));
  });

  it('copied into a copy that has played on, become the copy a clone would be', () => {
    const cs = SCENARIOS.find(([name]) => name === '2023')?.[1] ?? mini;
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat(40), (seedA, seedB, steps) => {
        // A mid-game state (hand dealt, events pending, cards played) and a copy of it that has
        // played on to the end: copying the first into the second must leave no trace of that.
        const a = pack(cs, newGame(cs, `a-${seedA}`).state);
        const rand = policyRng(`steps-${seedA}`, 'random');
        for (let i = 0; i < steps && a.phase !== 'over'; i++) {
          const legal = legalActions(cs, unpack(a));
          const decision = POLICIES.random!.choose(cs, unpack(a), legal, rand);
          expect(applyPacked(cs, a, decision)).toBeNull();
        }
        const b = a.clone();
        simulatePacked(cs, b, POLICIES.random!, policyRng(`b-${seedB}`, 'random'));
        b.copyFrom(a);
        expect(JSON.stringify(unpack(b))).toBe(JSON.stringify(unpack(a.clone())));
        // And they play on alike: the copy holds no array shared with its source.
        if (a.phase === 'over') return;
        const end = END_TURN_OR_ANSWER(cs, a);
        expect(applyPacked(cs, b, end)).toBeNull();
        expect(applyPacked(cs, a, end)).toBeNull();
        expect(JSON.stringify(unpack(b))).toBe(JSON.stringify(unpack(a)));
      }),
      { numRuns: 40 },
    );
  });

  it('are copied only between copies of one packing', () => {
    const a = pack(mini, newGame(mini, 'one').state);
    const b = pack(mini, newGame(mini, 'one').state);
    expect(() => b.copyFrom(a)).toThrow(/packed apart/);
  });

  it('refuse an illegal decision and stay unchanged', () => {
    const p = pack(mini, newGame(mini, 'owned').state);
    const before = JSON.stringify(unpack(p));
    expect(applyPacked(mini, p, { type: 'play', action: 'nope' })?.code).toBe('unknown-action');
    expect(JSON.stringify(unpack(p))).toBe(before);
  });
});

describe('the packed path, decision by decision', () => {
  const cs = SCENARIOS.find(([name]) => name === '2023')?.[1] ?? mini;
  it('reaches the public path’s state after every decision of any decision list', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 120 }),
        (seed, picks) => {
          let state = newGame(cs, seed).state;
          // One packed state played in place, as simulations play it.
          const p = pack(cs, state);
          for (const pick of picks) {
            if (state.phase === 'over') break;
            const legal = legalActions(cs, state);
            // The same choice offered: a mark left from an earlier step would show here.
            expect(legalAt(cs, p)).toEqual(legal);
            const decision = legal[pick % legal.length] as GameAction;
            const r = apply(cs, state, decision);
            if (!r.ok) throw new Error(r.error.message);
            state = r.state;
            expect(applyPacked(cs, p, decision)).toBeNull();
            expect(JSON.stringify(unpack(p))).toBe(JSON.stringify(state));
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
