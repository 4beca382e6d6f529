/**
 * The packed condition program (conditions.ts) against a plain reading of the
 * condition on the GameState, by names: every kind of test, `any` of single
 * tests (read in the program's own loop) and `any` of fuller alternatives or
 * nested ones (read alternative by alternative) must answer alike.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requireScenario } from '../../src/cli/scenarios';
import {
  apply,
  type GameState,
  newGame,
  playGame,
  randomPolicy,
  TIERS,
  type TierId,
  tierRank,
} from '../../src/engine';
import { holdsAt, packCondition } from '../../src/engine/conditions';
import { pack } from '../../src/engine/packed';
import type { Condition } from '../../src/engine/scenario';

const cs = requireScenario('2023');
const { keys, powers } = cs.tables.vocab;
const flags = cs.tables.layout.flagNames;
const actions = cs.tables.layout.actionIds;
const turns = cs.scenario.calendar.map((t) => t.id);

/** What a condition says, read straight off the state by names (the reference). */
function holdsPlainly(c: Condition, s: GameState): boolean {
  const turn = (id: string | undefined, fallback: number) =>
    id === undefined ? fallback : (cs.turnIndex.get(id) ?? 0);
  if (c.fromTurn !== undefined && s.turn < turn(c.fromTurn, -1)) return false;
  if (c.toTurn !== undefined && s.turn > turn(c.toTurn, Number.MAX_SAFE_INTEGER)) return false;
  const ind = s.ind as Record<string, number>;
  const rank = (p: string) => (s.tiers[p] ? tierRank(s.tiers[p] as TierId) : 0);
  const lean = (p: string) => s.lean[p] ?? 0;
  const count = (a: string) => s.counts[`action:${a}`] ?? 0;
  const every = <T>(rec: Partial<Record<string, T>> | undefined, f: (k: string, v: T) => boolean) =>
    Object.entries(rec ?? {}).every(([k, v]) => f(k, v as T));
  return (
    every(c.min, (k, x: number) => (ind[k] as number) >= x) &&
    every(c.max, (k, x: number) => (ind[k] as number) <= x) &&
    (c.flags ?? []).every((f) => s.flags.includes(f)) &&
    (c.notFlags ?? []).every((f) => !s.flags.includes(f)) &&
    every(c.tierAtLeast, (p, t: string) => rank(p) >= tierRank(t as TierId)) &&
    every(c.tierBelow, (p, t: string) => rank(p) < tierRank(t as TierId)) &&
    every(c.leanAtLeast, (p, x: number) => lean(p) >= x) &&
    every(c.leanBelow, (p, x: number) => lean(p) < x) &&
    (c.played ?? []).every((a) => count(a) > 0) &&
    (c.notPlayed ?? []).every((a) => count(a) === 0) &&
    (c.playedThisTurn ?? []).every((a) => s.playedThisTurn.includes(a)) &&
    (c.any === undefined || c.any.some((alt) => holdsPlainly(alt, s)))
  );
}

/** The states of a few random games, every decision's. */
const states: GameState[] = [];
for (let g = 0; g < 4; g++) {
  const seed = `condition-program-${g}`;
  let state = newGame(cs, seed).state;
  states.push(state);
  for (const action of playGame(cs, seed, randomPolicy).actions) {
    const r = apply(cs, state, action);
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
    states.push(state);
  }
}
const packed = states.map((s) => pack(cs, s));

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const one = <T>(key: fc.Arbitrary<string>, value: fc.Arbitrary<T>) =>
  fc.tuple(key, value).map(([k, v]) => ({ [k]: v }));
const level = fc.integer({ min: -20, max: 110 });
const leanAmount = fc.integer({ min: -4, max: 8 });

/** One test of any kind, as a condition of its own. */
const singleTest: fc.Arbitrary<Condition> = fc.oneof(
  one(pick(keys), level).map((min) => ({ min })),
  one(pick(keys), level).map((max) => ({ max })),
  pick(flags).map((f) => ({ flags: [f] })),
  pick(flags).map((f) => ({ notFlags: [f] })),
  one(pick(powers), pick(TIERS)).map((tierAtLeast) => ({ tierAtLeast })),
  one(pick(powers), pick(TIERS)).map((tierBelow) => ({ tierBelow })),
  one(pick(powers), leanAmount).map((leanAtLeast) => ({ leanAtLeast })),
  one(pick(powers), leanAmount).map((leanBelow) => ({ leanBelow })),
  pick(actions).map((a) => ({ played: [a] })),
  pick(actions).map((a) => ({ notPlayed: [a] })),
  pick(actions).map((a) => ({ playedThisTurn: [a] })),
  pick(turns).map((fromTurn) => ({ fromTurn })),
  pick(turns).map((toTurn) => ({ toTurn })),
);

/** Several tests together, and an `any` of single tests, of fuller conditions or nested. */
const condition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc
    .tuple(
      fc.array(singleTest, { maxLength: 3 }),
      fc.option(
        fc.oneof(
          fc.array(singleTest, { minLength: 1, maxLength: 4 }),
          fc.array(tie('c'), { minLength: 1, maxLength: 3 }),
        ),
        { nil: undefined },
      ),
    )
    .map(([tests, any]) => Object.assign({}, ...tests, any ? { any } : {}) as Condition),
})).c;

describe('packed conditions', () => {
  it('hold exactly where a plain reading of the condition on the state holds', () => {
    fc.assert(
      fc.property(condition, (c) => {
        const program = packCondition(c, cs.tables.layout, cs.turnIndex);
        states.forEach((s, i) => {
          expect(holdsAt(program, packed[i] as ReturnType<typeof pack>), JSON.stringify(c)).toBe(
            holdsPlainly(c, s),
          );
        });
      }),
      { numRuns: 300, seed: 2023 },
    );
  });

  it('read the scenario’s own conditions alike, any included', () => {
    const written = [
      ...cs.scenario.actions.map((a) => a.requires),
      ...Object.values(cs.scenario.powers).flatMap((p) => p.reactions.map((r) => r.when)),
      ...[...cs.scenario.events, ...cs.scenario.randomEvents.events].map((e) => e.when),
    ].filter((c): c is Condition => c !== undefined);
    expect(written.some((c) => c.any)).toBe(true);
    for (const c of written) {
      const program = packCondition(c, cs.tables.layout, cs.turnIndex);
      states.forEach((s, i) => {
        expect(holdsAt(program, packed[i] as ReturnType<typeof pack>), JSON.stringify(c)).toBe(
          holdsPlainly(c, s),
        );
      });
    }
  });
});
