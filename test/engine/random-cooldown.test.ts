/**
 * A random event with a cooldown rests after it fires, as a reaction does: a table that
 * would draw the same flood every month draws it again only once the rest is over. Without
 * one the table plays exactly as before, and its rules hash is unchanged.
 */
import { describe, expect, it } from 'vitest';
import { apply, type GameState, legalActions, newGame } from '../../src/engine';
import { loadScenarioText } from '../../src/scenario/load';
import { readFixtureJson } from '../helpers';

/** The mini scenario whose table can only draw the typhoon (weight 1, nothing 0), four times. */
function load(edit: (typhoon: Record<string, unknown>, table: Record<string, unknown>) => void) {
  const data = readFixtureJson('mini.json');
  const table = data.randomEvents as Record<string, unknown>;
  const events = table.events as Record<string, unknown>[];
  const typhoon = events.find((e) => e.id === 'typhoon') as Record<string, unknown>;
  table.events = [typhoon];
  table.noneWeight = 0;
  typhoon.maxTimes = 4;
  edit(typhoon, table);
  return loadScenarioText(JSON.stringify(data), 'mini.json');
}

function compile(edit: Parameters<typeof load>[0]) {
  const r = load(edit);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.compiled;
}

type Cs = ReturnType<typeof compile>;

/** The turns (0-based) in which the typhoon fired, over the whole game played passively. */
function typhoonTurns(cs: Cs): { turns: number[]; end: GameState } {
  let s = newGame(cs, 'storms').state;
  const turns: number[] = [];
  let seen = 0;
  for (let guard = 0; s.phase !== 'over' && guard < 200; guard++) {
    const count = s.counts['event:typhoon'] ?? 0;
    for (; seen < count; seen++) turns.push(s.turn);
    const [first] = s.phase === 'event' ? legalActions(cs, s) : [{ type: 'end-turn' as const }];
    if (!first) throw new Error('stuck');
    const r = apply(cs, s, first);
    if (!r.ok) throw new Error(r.error.message);
    s = r.state;
  }
  return { turns, end: s };
}

describe('a random event with a cooldown', () => {
  it('without one, may fire every turn (as before)', () => {
    const { turns, end } = typhoonTurns(compile(() => {}));
    expect(turns).toEqual([0, 1, 2, 3]);
    // Nothing rests, so nothing is remembered: states are the ones the old engine made.
    expect(Object.keys(end.lastTurn).filter((k) => k.startsWith('event:'))).toEqual([]);
  });

  it('rests that many turns after it fires', () => {
    expect(typhoonTurns(compile((t) => (t.cooldown = 1))).turns).toEqual([0, 2]);
    const two = typhoonTurns(compile((t) => (t.cooldown = 2)));
    expect(two.turns).toEqual([0, 3]);
    expect(two.end.lastTurn['event:typhoon']).toBe(3);
  });

  it('is not drawn twice in one turn either', () => {
    const twice = compile((_, table) => (table.draws = 2));
    expect(typhoonTurns(twice).turns).toEqual([0, 0, 1, 1]);
    const resting = compile((t, table) => {
      table.draws = 2;
      t.cooldown = 1;
    });
    expect(typhoonTurns(resting).turns).toEqual([0, 2]);
  });

  it('changes the rules hash, except a cooldown of 0, which plays as none', () => {
    const none = compile(() => {});
    expect(compile((t) => (t.cooldown = 0)).hash).toBe(none.hash);
    expect(compile((t) => (t.cooldown = 1)).hash).not.toBe(none.hash);
  });

  it('is refused on an event that fires only once, where it could never apply', () => {
    const r = load((t) => {
      t.maxTimes = 1;
      t.cooldown = 2;
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map((p) => `${p.path}: ${p.message}`)).toContainEqual(
        expect.stringContaining(
          'randomEvents.events[0] "typhoon".cooldown: expected maxTimes of 2',
        ),
      );
  });
});

describe("a card's own cooldown", () => {
  it('is part of the rules hash: a card that rests longer is another game', () => {
    const data = readFixtureJson('mini.json');
    const hashWith = (cooldown?: number) => {
      const copy = structuredClone(data);
      const card = (copy.actions as Record<string, unknown>[])[0] as Record<string, unknown>;
      if (cooldown !== undefined) card.cooldown = cooldown;
      const r = loadScenarioText(JSON.stringify(copy), 'mini.json');
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      return r.compiled.hash;
    };
    expect(hashWith(3)).not.toBe(hashWith());
    expect(hashWith(3)).not.toBe(hashWith(0));
  });
});
