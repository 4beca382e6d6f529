/**
 * The rules that make routine lose: cards rest after use, contradictory
 * courtship costs with both sides, and a crossed red line leaves a cost
 * that does not fade.
 */
import { describe, expect, it } from 'vitest';
import { apply, type GameAction, type GameState, legalActions, newGame } from '../../src/engine';
import { loadScenarioText } from '../../src/scenario/load';
import { readFixtureJson } from '../helpers';

/**
 * The mini scenario in today's format (on the shipped ruleset, so the rules
 * it overrides are read), its US upgrade open from the first month and
 * capital to spare, edited by `edit`.
 */
function compile(edit: (data: Record<string, unknown>) => void) {
  const data = readFixtureJson('mini.json');
  data.format = 2;
  data.ruleset = 'bamboo-2023';
  const start = data.start as { indicators: Record<string, number> };
  start.indicators['home.capital'] = 20;
  const actions = data.actions as Record<string, unknown>[];
  delete (actions.find((a) => a.id === 'us-upgrade') as Record<string, unknown>).requires;
  edit(data);
  const r = loadScenarioText(JSON.stringify(data), 'mini.json');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.compiled;
}

type Cs = ReturnType<typeof compile>;

function play(cs: Cs, state: GameState, action: GameAction) {
  const r = apply(cs, state, action);
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

/** Answers every waiting event with its first choice. */
function ready(cs: Cs, state: GameState): GameState {
  let s = state;
  while (s.phase === 'event') {
    const [first] = legalActions(cs, s);
    if (!first) throw new Error('stuck');
    s = play(cs, s, first).state;
  }
  return s;
}

const start = (cs: Cs, seed: string) => ready(cs, newGame(cs, seed).state);

/** Ends the turn, answering any event that waits with its first choice. */
function nextTurn(cs: Cs, state: GameState): GameState {
  return ready(cs, play(cs, state, { type: 'end-turn' }).state);
}

const rules = (data: Record<string, unknown>) => {
  data.rules = { ...(data.rules as object), ...{} };
  return data.rules as Record<string, unknown>;
};

describe('cards rest after they are played', () => {
  const cs = compile((d) => {
    rules(d).cards = { cooldown: 2 };
  });
  const protest: GameAction = { type: 'play', action: 'protest-note' };
  const legal = (s: GameState) =>
    legalActions(cs, s).some((a) => a.type === 'play' && a.action === 'protest-note');

  it('refuses a card for its cooldown, says how long, then deals it again', () => {
    let s = play(cs, start(cs, 'rest'), protest).state;
    s = nextTurn(cs, s);
    expect(legal(s)).toBe(false);
    const refused = apply(cs, s, protest);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error).toMatchObject({
        code: 'already-played',
        within: 'recently',
        turnsLeft: 2,
      });
    s = nextTurn(cs, s);
    const again = apply(cs, s, protest);
    expect(!again.ok && again.error.code === 'already-played' && again.error.within).toBe(
      'recently',
    );
    s = nextTurn(cs, s);
    expect(legal(s)).toBe(true);
  });

  it('lets a card override the rules with its own cooldown', () => {
    const quick = compile((d) => {
      rules(d).cards = { cooldown: 2 };
      const actions = d.actions as Record<string, unknown>[];
      (actions.find((a) => a.id === 'protest-note') as Record<string, unknown>).cooldown = 0;
    });
    const s = nextTurn(quick, play(quick, start(quick, 'rest'), protest).state);
    expect(legalActions(quick, s)).toContainEqual(protest);
  });
});

describe('a card played again', () => {
  const fading = compile((d) => {
    rules(d).cards = { cooldown: 0, repeatFade: 0.5 };
  });
  const steady = compile((d) => {
    rules(d).cards = { cooldown: 0 };
  });
  const protest: GameAction = { type: 'play', action: 'protest-note' };
  /** What the n-th play of the protest note (n = 1, 2, 3) adds to sea standing. */
  const gains = (c: Cs) => {
    let s = start(c, 'fade');
    const out: number[] = [];
    for (let n = 0; n < 3; n++) {
      const r = play(c, s, protest);
      const change = r.explanation.changes.find((x) => x.indicator === 'sea.standing');
      out.push(change ? change.delta : 0);
      s = nextTurn(c, r.state);
    }
    return out;
  };

  it('keeps a shrinking share of its certain effects under repeatFade', () => {
    const [first, second, third] = gains(fading);
    expect(first).toBeCloseTo(3, 5);
    expect(second).toBeCloseTo(1.5, 5);
    // 0.75, as the state keeps it: to a tenth.
    expect(third).toBeCloseTo(0.8, 5);
  });

  it('counts in full every time without it', () => {
    expect(gains(steady)).toEqual([3, 3, 3]);
  });
});

describe('credibility', () => {
  const cs = compile((d) => {
    rules(d).credibility = { threshold: 3, suspicion: 1, relations: 0.5 };
    rules(d).cards = { cooldown: 0 };
  });
  const loose = compile((d) => {
    rules(d).credibility = { threshold: 100, suspicion: 1, relations: 0.5 };
    rules(d).cards = { cooldown: 0 };
  });

  it('makes courting Beijing and Washington hard in one month cost with both', () => {
    const both = (c: Cs) => {
      let s = start(c, 'cred');
      s = play(c, s, { type: 'play', action: 'visit-beijing' }).state;
      s = play(c, s, { type: 'play', action: 'us-upgrade' }).state;
      return play(c, s, { type: 'end-turn' });
    };
    const strict = both(cs);
    const lax = both(loose);
    expect(strict.state.ind['suspicion.cn']).toBeGreaterThan(
      lax.state.ind['suspicion.cn'] as number,
    );
    expect(strict.state.ind['suspicion.us']).toBeGreaterThan(
      lax.state.ind['suspicion.us'] as number,
    );
    const causes = strict.explanation.changes
      .filter((c) => c.indicator === 'suspicion.cn' || c.indicator === 'suspicion.us')
      .flatMap((c) => c.causes.map((k) => k.source));
    expect(causes).toContain('rule:credibility');
  });
});

describe('red lines', () => {
  const withLine = (floor: number) =>
    compile((d) => {
      rules(d).doctrine = {
        redLines: [{ id: 'no-bases', flag: 'us-csp', floor: { cn: floor }, legitimacy: 1 }],
      };
      rules(d).cards = { cooldown: 0 };
    });

  it('keep suspicion from fading below the floor and cost legitimacy every turn', () => {
    const cs = withLine(70);
    let s = play(cs, start(cs, 'line'), { type: 'play', action: 'us-upgrade' }).state;
    const r = play(cs, ready(cs, s), { type: 'end-turn' });
    expect(r.state.ind['suspicion.cn']).toBeGreaterThanOrEqual(70);
    expect(
      r.explanation.changes
        .find((c) => c.indicator === 'home.legitimacy')
        ?.causes.some((k) => k.source === 'rule:red-line'),
    ).toBe(true);
    s = ready(cs, r.state);
    for (let i = 0; i < 2 && s.phase !== 'over'; i++) {
      s = nextTurn(cs, s);
      expect(s.ind['suspicion.cn']).toBeGreaterThanOrEqual(70);
    }
  });

  it('cost nothing while the line holds', () => {
    const cs = withLine(70);
    const r = play(cs, start(cs, 'line'), { type: 'end-turn' });
    expect(r.explanation.changes.flatMap((c) => c.causes.map((k) => k.source))).not.toContain(
      'rule:red-line',
    );
  });
});

describe('scheduled events after an answer', () => {
  /** "map" (month 2) sets a flag when protested; "after-upgrade", moved into month 2, needs it. */
  const cs = compile((d) => {
    const events = d.events as Record<string, unknown>[];
    const map = events.find((e) => e.id === 'map') as { choices: Record<string, unknown>[] };
    const protest = map.choices.find((c) => c.id === 'protest') as {
      effects: Record<string, unknown>;
    };
    protest.effects.setFlags = ['protested'];
    const follow = events.find((e) => e.id === 'after-upgrade') as Record<string, unknown>;
    follow.date = '2023-02-20';
    follow.when = { flags: ['protested'] };
  });

  /** Month 2 reached with no answer yet, then "map" answered with `choice`. */
  const answer = (choice: string) => {
    let s = start(cs, 'recheck');
    s = play(cs, s, { type: 'end-turn' }).state;
    expect(s.pending[0]).toBe('map');
    return play(cs, s, { type: 'choose', event: 'map', choice });
  };

  it('fire in the same month when the answer makes their conditions hold', () => {
    const r = answer('protest');
    expect(r.state.counts['event:after-upgrade']).toBe(1);
    expect(r.explanation.news.map((n) => n.source)).toContain('event:after-upgrade');
  });

  it('stay away when the answer leaves their conditions unmet', () => {
    const r = answer('silence');
    expect(r.state.counts['event:after-upgrade'] ?? 0).toBe(0);
  });
});
