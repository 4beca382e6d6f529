/**
 * Nothing the scenario gate accepts can crash play: shipped scenarios are
 * mutated (hostile numbers, deleted and duplicated parts, swapped ids, deep
 * nesting), and every mutant the gate accepts is PLAYED by every bot, each
 * state checked for range, lean, score and hash.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyMutation,
  HOSTILE_NUMBERS,
  HOSTILE_VALUES,
  type Mutation,
  SCALE_FACTORS,
} from '../../scripts/fuzz/mutate';
import { soakGame } from '../../src/cli/commands/soak';
import { run } from '../../src/cli/program';
import { POLICIES } from '../../src/engine';
import { formatProblem, loadScenarioData, loadScenarioText } from '../../src/scenario/load';
import { captureConsole } from '../cli/capture-console';

const { out, err } = captureConsole();
const shipped = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url), 'utf8'),
  ) as unknown;
const SCENARIOS = { september: shipped('september-2023'), xi: shipped('xi-visit-2023') };

/** Numbers weigh most: out-of-range numbers are what crashed play before the gate had bounds. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('number' as const),
      at: fc.nat(),
      value: fc.constantFrom(...HOSTILE_NUMBERS),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('scale' as const),
      at: fc.nat(),
      factor: fc.constantFrom(...SCALE_FACTORS),
    }),
  },
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    value: fc.constantFrom(...HOSTILE_VALUES),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-string' as const), at: fc.nat(), from: fc.nat() }),
  fc.record({
    kind: fc.constant('nest' as const),
    at: fc.nat(),
    depth: fc.constantFrom(2, 39, 600),
  }),
);

describe('accepted mutants play', () => {
  it('every bot plays every accepted mutant to its end, every state finite and in range', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('september', 'xi') as fc.Arbitrary<keyof typeof SCENARIOS>,
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (which, mutations) => {
          const data = mutations.reduce((d, m) => applyMutation(d, m), SCENARIOS[which]);
          const loaded = loadScenarioData(data, 'mutant.json');
          if (!loaded.ok) {
            for (const p of loaded.problems) expect(formatProblem(p)).toMatch(/^mutant\.json: /);
            return;
          }
          accepted++;
          for (const policy of Object.values(POLICIES)) {
            const { problem } = soakGame(loaded.compiled, 'mutant-seed', policy);
            expect(problem, `${policy.name}: ${JSON.stringify(mutations)}`).toBeNull();
          }
        },
      ),
      { numRuns: 60 },
    );
    // The property is about played mutants: some must have been accepted.
    expect(accepted).toBeGreaterThan(0);
  }, 300_000);

  it.each([['a lean of 1e308', { kind: 'number', at: 0, value: 1e308 }]] as const)(
    'the gate refuses %s',
    (_name) => {
      const data = structuredClone(SCENARIOS.september) as {
        actions: { effects: { lean?: Record<string, number> } }[];
      };
      data.actions[0]!.effects.lean = { cn: 1e308 };
      const loaded = loadScenarioData(data, 'lean.json');
      expect(loaded.ok).toBe(false);
      if (!loaded.ok)
        expect(loaded.problems.map(formatProblem).join('\n')).toMatch(/lean\.cn: .*at most 100/);
    },
  );

  it('refuses huge drift weights, which made the bamboo bot throw', () => {
    const data = structuredClone(SCENARIOS.september) as { rules?: { drift?: unknown } };
    data.rules = {
      ...(data.rules ?? {}),
      drift: {
        weights: { cn: -1e300, us: 1e300, jp: 1 },
        perLean: 1,
        decay: 2,
        band: 30,
        farPenalty: 0.25,
        nearNeglect: 0.2,
      },
    };
    const loaded = loadScenarioData(data, 'drift.json');
    expect(loaded.ok).toBe(false);
  });
});

describe('check never prints a stack trace', () => {
  it('refuses 550 nested `any` conditions with a message, not a RangeError', () => {
    const data = structuredClone(SCENARIOS.september) as { actions: { requires?: unknown }[] };
    let cond: unknown = { flags: ['x'] };
    for (let i = 0; i < 550; i++) cond = { any: [cond] };
    data.actions[0]!.requires = cond;
    const text = JSON.stringify(data);
    const loaded = loadScenarioText(text, 'deep.json');
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(formatProblem(loaded.problems[0]!)).toMatch(/nested more than 40 levels deep/);
    const path = join(mkdtempSync(join(tmpdir(), 'bamboo-deep-')), 'deep.json');
    writeFileSync(path, text);
    expect(run(['check', path])).toBe(1);
    const printed = [...out, ...err].join('\n');
    expect(printed).toContain('nested more than 40 levels deep');
    expect(printed).not.toMatch(/RangeError|\n\s+at /);
  });
});
