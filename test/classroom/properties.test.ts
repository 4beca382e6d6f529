/**
 * The classroom's promise, as properties: a game any bot played verifies, and
 * no single edit of its decisions slips through — either a decision becomes
 * illegal, or the edited list is a legal game whose hashes no longer match
 * the recorded ones. Only an edit that changes nothing verifies.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ScenarioLookup, verifyReplayFile } from '../../src/classroom';
import { loadScenarioFile, scenarioFiles } from '../../src/cli/scenarios';
import { type GameAction, POLICIES, playGame, replayOf, runReplay } from '../../src/engine';
import { file, lookup, mini, replayBy } from './replays';

const policies = Object.keys(POLICIES);

/** Well-formed decisions, legal or not: every card and answer of the scenario, and strangers. */
const wellFormed: fc.Arbitrary<GameAction> = fc.oneof(
  fc.constant<GameAction>({ type: 'end-turn' }),
  fc
    .constantFrom(...mini.scenario.actions.map((a) => a.id), 'no-such-card')
    .map((action): GameAction => ({ type: 'play', action })),
  fc
    .constantFrom(
      ...[...mini.events.values()].flatMap((e) =>
        (e.choices ?? []).map((c) => [e.id, c.id] as const),
      ),
      ['no-such-event', 'x'] as const,
    )
    .map(([event, choice]): GameAction => ({ type: 'choose', event, choice })),
);

type Edit =
  | { kind: 'replace'; at: number; action: GameAction }
  | { kind: 'delete'; at: number }
  | { kind: 'insert'; at: number; action: GameAction };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), action: wellFormed }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), action: wellFormed }),
);

function applyEdit(actions: readonly GameAction[], e: Edit): { list: GameAction[]; at: number } {
  const list = [...actions];
  const at = e.at % (list.length + (e.kind === 'insert' ? 1 : 0));
  if (e.kind === 'replace') list[at] = e.action;
  else if (e.kind === 'delete') list.splice(at, 1);
  else list.splice(at, 0, e.action);
  return { list, at };
}

const seed = fc.string({ maxLength: 12 });
/** Thousands of seeds: the bots' reference games (a second a seed) are tested in integrity.test.ts. */
const NO_BOTS = { bots: false } as const;
const policy = fc.constantFrom(...policies);

describe('classroom verification properties', () => {
  it('verifies every game any bot policy plays', () => {
    fc.assert(
      fc.property(policy, seed, (p, s) => {
        const replay = replayBy(p, s, 'bot');
        const v = verifyReplayFile(file('bot.json', replay), lookup, { seed: s }, NO_BOTS);
        expect(v.status, v.status === 'invalid' ? v.reason : '').toBe('valid');
        expect(v.status === 'valid' && v.stateHash).toBe(replay.final?.stateHash);
      }),
      { numRuns: 60 },
    );
  });

  it('catches every single-decision edit, unless it changed nothing', () => {
    fc.assert(
      fc.property(policy, seed, edit, (p, s, e) => {
        const replay = replayBy(p, s, 'bot');
        const { list, at } = applyEdit(replay.actions, e);
        const v = verifyReplayFile(
          file('edited.json', { ...replay, actions: list }),
          lookup,
          {},
          NO_BOTS,
        );
        if (JSON.stringify(list) === JSON.stringify(replay.actions)) {
          expect(v.status).toBe('valid');
          return;
        }
        expect(v.status).toBe('invalid');
        if (v.status !== 'invalid') return;
        expect(['illegal-action', 'checkpoint', 'final']).toContain(v.code);
        expect(v.reason.length).toBeGreaterThan(20);
        const bare = { ...replay, actions: list, checkpoints: undefined, final: undefined };
        const run = runReplay(mini, bare);
        if (v.code === 'illegal-action') {
          // Nothing before the edit changed, so the first illegal decision is at or after it.
          expect(run.ok).toBe(false);
          if (!run.ok && run.problem.code === 'illegal-action') {
            expect(run.problem.index).toBeGreaterThanOrEqual(at);
          }
        } else if (v.code === 'checkpoint') {
          // Caught by a turn's hash before any later decision could turn illegal.
          expect(run.ok || run.problem.code === 'illegal-action').toBe(true);
        } else {
          // A legal game from first to last decision: only the final hash gives it away.
          expect(run.ok).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('on the shipped scenarios', () => {
  const shipped = scenarioFiles().flatMap((f) => {
    const r = loadScenarioFile(f);
    return r.ok ? [r.compiled] : [];
  });
  const find: ScenarioLookup = (id) => shipped.find((cs) => cs.scenario.id === id);
  // lookahead plays a 2023 year in about 1.5 s: it is covered on the mini scenario above.
  const quick = policies.filter((p) => p !== 'lookahead');

  it.skipIf(shipped.length === 0)('verifies bot games and catches deleted decisions', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...shipped),
        fc.constantFrom(...quick),
        seed,
        fc.nat(),
        (cs, p, s, at) => {
          const policy = POLICIES[p]!;
          const replay = { ...replayOf(cs, s, playGame(cs, s, policy), p), player: 'bot' };
          expect(verifyReplayFile(file('ok.json', replay), find, {}, NO_BOTS).status).toBe('valid');
          const actions = replay.actions.filter((_, i) => i !== at % replay.actions.length);
          const v = verifyReplayFile(file('cut.json', { ...replay, actions }), find, {}, NO_BOTS);
          expect(v.status === 'invalid' && v.code).toMatch(/^(illegal-action|checkpoint|final)$/);
        },
      ),
      { numRuns: 12 },
    );
  });
});
