/**
 * Weights and risk chances sum their formulas inline instead of calling
 * `valueAt` (a call returning a fraction boxes it): the inline sums must give
 * valueAt's numbers exactly, in every state the rules can reach.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requireScenario } from '../../src/cli/scenarios';
import { apply, type GameAction, legalActions, newGame } from '../../src/engine';
import { type PackedFormula, valueAt } from '../../src/engine/conditions';
import { pack } from '../../src/engine/packed';
import { chanceAt, type OutcomeTable, type RiskTable } from '../../src/engine/tables';
import { weightAt } from '../../src/engine/turn';
import { loadFixture } from '../helpers';

const clamp = (x: number) => (x < 0 ? 0 : Math.min(x, 1));

describe('inline formula sums', () => {
  const scenarios = [
    ['2023', requireScenario('2023')],
    ['mini (fixture)', loadFixture('mini.json')],
  ] as const;
  for (const [name, cs] of scenarios) {
    const t = cs.tables;
    const weights: PackedFormula[] = [
      ...t.random.map((e) => e.weight),
      ...t.reactions.flat().map((r) => r.weight),
    ];
    const outcomes: OutcomeTable[] = [
      ...t.actions.map((a) => a.effects),
      ...t.reactions.flat().map((r) => r.effects),
      ...[...t.events.values()].flatMap((e) => [
        ...(e.effects ? [e.effects] : []),
        ...e.choices.map((c) => c.effects),
      ]),
    ];
    const risks: RiskTable[] = outcomes.flatMap((o) => [...o.risks]);
    it(`weightAt and chanceAt equal valueAt in states a random walk reaches (${name})`, () => {
      expect(weights.some((w) => w.at.length > 0)).toBe(true);
      fc.assert(
        fc.property(
          fc.string({ maxLength: 8 }),
          fc.array(fc.nat(), { minLength: 1, maxLength: 80 }),
          (seed, picks) => {
            let state = newGame(cs, seed).state;
            for (const pick of picks) {
              if (state.phase === 'over') break;
              const p = pack(cs, state);
              for (const w of weights)
                expect(Object.is(weightAt(w, p.ind), valueAt(w, p))).toBe(true);
              for (const r of risks) {
                const slow = r.chance ?? clamp(valueAt(r.chanceFormula, p));
                expect(Object.is(chanceAt(r, p), slow)).toBe(true);
              }
              const legal = legalActions(cs, state);
              const next = apply(cs, state, legal[pick % legal.length] as GameAction);
              if (!next.ok) throw new Error(next.error.message);
              state = next.state;
            }
          },
        ),
        { numRuns: 30 },
      );
    });
  }
});
