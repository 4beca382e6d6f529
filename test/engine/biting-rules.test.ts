/**
 * The rules that keep a careful game demanding: capital that melts when
 * hoarded, relations that cool when neglected, patience that returns slowly,
 * and scheduled visits put off or called off when their conditions fail.
 * Each is a ruleset parameter whose neutral setting plays the old game.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apply,
  compileScenario,
  type GameAction,
  type GameState,
  legalActions,
  newGame,
  POLICIES,
  playGame,
  scenarioHash,
} from '../../src/engine';
import { capitalUpkeep, growthIncome } from '../../src/engine/capital';
import { neglectLoss } from '../../src/engine/neglect';
import type { Rules, Scenario } from '../../src/engine/scenario';
import { LOCALES, setLocale } from '../../src/i18n';
import { loadScenarioText } from '../../src/scenario/load';
import { newsView } from '../../src/view/news';
import { loadShipped, readFixtureJson } from '../helpers';

/** The mini scenario on the shipped ruleset, edited by `edit`. */
function compile(edit: (data: Record<string, unknown>) => void) {
  const data = readFixtureJson('mini.json');
  data.format = 2;
  data.ruleset = 'bamboo-2023';
  edit(data);
  const r = loadScenarioText(JSON.stringify(data), 'mini.json');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.compiled;
}
type Cs = ReturnType<typeof compile>;

const rules = (data: Record<string, unknown>) => {
  data.rules = { ...((data.rules as object | undefined) ?? {}) };
  return data.rules as Record<string, unknown>;
};

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

const causesOf = (r: ReturnType<typeof play>, indicator: string) =>
  r.explanation.changes
    .filter((c) => c.indicator === indicator)
    .flatMap((c) => c.causes.map((k) => k.source));

const END: GameAction = { type: 'end-turn' };

describe('capital that stays scarce', () => {
  const shipped = loadShipped('2023').scenario.rules.home;
  const home = (extra: Partial<Rules['home']>): Rules['home'] => ({ ...shipped, ...extra });

  it('melts a share of the stock above the line, and nothing below it', () => {
    const h = home({ capitalUpkeepFrom: 10, capitalUpkeep: 0.5 });
    expect(capitalUpkeep(h, 30)).toBe(-10);
    expect(capitalUpkeep(h, 10)).toBe(0);
    expect(capitalUpkeep(h, 4)).toBe(0);
    expect(capitalUpkeep(home({ capitalUpkeep: 0 }), 30)).toBe(0);
  });

  it('pays for growth above the pivot and charges for a slowdown', () => {
    const h = home({ capitalPerGrowth: 2, moodGrowthPivot: 5 });
    expect(growthIncome(h, 7)).toBe(4);
    expect(growthIncome(h, 3)).toBe(-4);
    expect(growthIncome(home({ capitalPerGrowth: 0 }), 9)).toBe(0);
  });

  it('never takes the stock below its line nor adds to it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (stock, from, rate) => {
          const upkeep = capitalUpkeep(
            home({ capitalUpkeepFrom: from, capitalUpkeep: rate }),
            stock,
          );
          expect(upkeep).toBeLessThanOrEqual(0);
          expect(stock + upkeep).toBeGreaterThanOrEqual(Math.min(stock, from));
        },
      ),
    );
  });

  it('shows each part of the month’s income under its own cause', () => {
    const cs = compile((d) => {
      rules(d).home = {
        capitalPerTurn: 10,
        capitalPerGrowth: 1,
        capitalUpkeepFrom: 5,
        capitalUpkeep: 0.5,
      };
    });
    const r = play(cs, ready(cs, newGame(cs, 'purse').state), END);
    const causes = causesOf(r, 'home.capital');
    expect(causes).toContain('rule:capital-income');
    expect(causes).toContain('rule:capital-upkeep');
    // Upkeep is taken after the income: 8 + 10 (± legitimacy) is well above the line.
    const before = newGame(cs, 'purse').state.ind['home.capital'] as number;
    expect(r.state.ind['home.capital']).toBeLessThan(before + 10);
  });

  it('keeps capital within its range under any parameters and play', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 5 }),
        fc.string({ maxLength: 6 }),
        (from, perTurn, rate, perGrowth, seed) => {
          const cs = compile((d) => {
            rules(d).home = {
              capitalPerTurn: perTurn,
              capitalPerGrowth: perGrowth,
              capitalUpkeepFrom: from,
              capitalUpkeep: rate,
            };
          });
          const { state } = playGame(
            cs,
            seed,
            POLICIES.random as NonNullable<typeof POLICIES.random>,
          );
          const capital = state.ind['home.capital'] as number;
          expect(capital).toBeGreaterThanOrEqual(0);
          expect(capital).toBeLessThanOrEqual(30);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('relations that cool with neglect', () => {
  const neglect = { from: 60, rate: 0.1, base: 0.5, engagedAt: 1 };
  const cs = compile((d) => {
    rules(d).neglect = neglect;
  });

  it('cools every power not engaged this month, and spares the one engaged', () => {
    let s = ready(cs, newGame(cs, 'neglect').state);
    s = play(cs, s, { type: 'play', action: 'visit-beijing' }).state;
    const r = play(cs, s, END);
    expect(causesOf(r, 'relations.us')).toContain('rule:neglect');
    expect(causesOf(r, 'relations.jp')).toContain('rule:neglect');
    expect(causesOf(r, 'relations.cn')).not.toContain('rule:neglect');
  });

  it('takes more from a warm relation than from a cool one, and never adds', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(neglectLoss(neglect, high)).toBeLessThanOrEqual(neglectLoss(neglect, low));
          expect(neglectLoss(neglect, low)).toBeLessThanOrEqual(0);
        },
      ),
    );
  });

  it('never takes a relation out of its range', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.string({ maxLength: 6 }),
        (rate, base, seed) => {
          const c = compile((d) => {
            rules(d).neglect = { from: 0, rate, base, engagedAt: 100 };
          });
          const { state } = playGame(
            c,
            seed,
            POLICIES.passive as NonNullable<typeof POLICIES.passive>,
          );
          for (const p of ['cn', 'us', 'jp']) {
            const v = state.ind[`relations.${p}`] as number;
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(100);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('does nothing at its neutral setting', () => {
    const off = compile((d) => {
      rules(d).neglect = { ...neglect, rate: 0, base: 0 };
    });
    const r = play(off, ready(off, newGame(off, 'neglect').state), END);
    expect(r.explanation.changes.flatMap((c) => c.causes.map((k) => k.source))).not.toContain(
      'rule:neglect',
    );
  });
});

describe('patience that returns slowly', () => {
  it('returns by `recovery` in a calm month', () => {
    const slow = compile((d) => {
      rules(d).patience = { wear: 1, recovery: 0.5 };
      (d.start as { indicators: Record<string, number> }).indicators['patience.jp'] = 5;
    });
    const r = play(slow, ready(slow, newGame(slow, 'patience').state), END);
    expect(r.state.ind['patience.jp']).toBeCloseTo(5.5, 5);
    expect(causesOf(r, 'patience.jp')).toContain('rule:patience-returns');
  });
});

describe('visits put off when their conditions fail', () => {
  /** after-upgrade (month 3) needs the US partnership; with a postponement it waits a month. */
  const cs = compile((d) => {
    const events = d.events as Record<string, unknown>[];
    const ev = events.find((e) => e.id === 'after-upgrade') as Record<string, unknown>;
    ev.postpone = { months: 1, price: { 'relations.cn': -4 } };
  });
  const toMonth3 = (c: Cs, seed: string) => {
    let s = ready(c, newGame(c, seed).state);
    s = ready(c, play(c, s, END).state);
    return s;
  };

  it('postpones with a news line and a price, then calls off if it still fails', () => {
    const s = toMonth3(cs, 'visit');
    const march = play(cs, s, END);
    const postponed = march.explanation.news.find((n) => n.kind === 'postponed');
    expect(postponed).toMatchObject({ source: 'event:after-upgrade', toTurn: 3 });
    expect(causesOf(march, 'relations.cn')).toContain('rule:postponed');
    const april = play(cs, ready(cs, march.state), END);
    expect(april.explanation.news.map((n) => n.kind)).toContain('called-off');
    expect(causesOf(april, 'relations.cn')).toContain('rule:called-off');
    expect(april.state.counts['event:after-upgrade'] ?? 0).toBe(0);
  });

  it.each(LOCALES)(
    'says in %s what was put off and to when, without a place on the map',
    (lang) => {
      setLocale(lang);
      try {
        const march = play(cs, toMonth3(cs, 'visit'), END);
        const item = march.explanation.news.find((n) => n.kind === 'postponed');
        if (!item) throw new Error('not postponed');
        const view = newsView(cs, item);
        expect(view.headline).toContain('Beijing calls');
        expect(view.headline).toContain('4');
        expect(view.place).toBeNull();
        const april = play(cs, ready(cs, march.state), END);
        const off = april.explanation.news.find((n) => n.kind === 'called-off');
        if (!off) throw new Error('not called off');
        expect(newsView(cs, off).headline).toContain('Beijing calls');
        expect(newsView(cs, off).headline).not.toBe(view.headline);
      } finally {
        setLocale('en');
      }
    },
  );

  it('happens on its new date once its conditions hold', () => {
    let s = toMonth3(cs, 'visit');
    s = ready(cs, play(cs, s, END).state);
    s = play(cs, s, { type: 'play', action: 'us-upgrade' }).state;
    const april = play(cs, ready(cs, s), END);
    expect(april.explanation.news).toContainEqual(
      expect.objectContaining({ kind: 'event', source: 'event:after-upgrade' }),
    );
    expect(april.explanation.news.map((n) => n.kind)).not.toContain('called-off');
  });

  it('is called off at once when the year ends before the new date', () => {
    const late = compile((d) => {
      const events = d.events as Record<string, unknown>[];
      const ev = events.find((e) => e.id === 'after-upgrade') as Record<string, unknown>;
      ev.postpone = { months: 2 };
    });
    const march = play(late, toMonth3(late, 'visit'), END);
    expect(march.explanation.news.map((n) => n.kind)).toContain('called-off');
    expect(march.explanation.news.map((n) => n.kind)).not.toContain('postponed');
  });

  it('stays silent without a postponement, as before', () => {
    const plain = compile(() => {});
    const march = play(plain, toMonth3(plain, 'visit'), END);
    const kinds = march.explanation.news.map((n) => n.kind);
    expect(kinds).not.toContain('postponed');
    expect(kinds).not.toContain('called-off');
  });
});

describe('the short scenarios', () => {
  /** The scenario's rules with every new mechanic removed, as before they existed. */
  const without = (s: Scenario): Scenario => {
    const {
      capitalUpkeep: _u,
      capitalUpkeepFrom: _f,
      capitalPerGrowth: _g,
      ...home
    } = s.rules.home;
    const { neglect: _n, patience: _p, ...rest } = s.rules;
    return { ...s, rules: { ...rest, home } };
  };

  for (const id of ['september-2023', 'xi-visit-2023']) {
    it(`${id} plays the same game under the ruleset's neutral defaults`, () => {
      const cs = loadShipped(id);
      const old = compileScenario(without(cs.scenario));
      expect(scenarioHash(cs.scenario)).toBe(scenarioHash(old.scenario));
      for (const name of ['random', 'bamboo']) {
        const policy = POLICIES[name] as NonNullable<(typeof POLICIES)[string]>;
        for (const seed of ['a', 'b']) {
          const now = playGame(cs, seed, policy);
          const before = playGame(old, seed, policy);
          expect(now.checkpoints).toEqual(before.checkpoints);
        }
      }
    });
  }

  it('the full year turns the mechanics on', () => {
    const r = loadShipped('2023').scenario.rules;
    expect(r.home.capitalUpkeep).toBeGreaterThan(0);
    expect(r.neglect?.rate).toBeGreaterThan(0);
    expect(r.patience?.recovery).toBeLessThan(1);
  });
});

describe('rivals that watch the warmth', () => {
  const warmth = { from: 50, rate: 0.1 };
  const withStart = (d: Record<string, unknown>, rel: Record<string, number>) => {
    const start = d.start as { indicators: Record<string, number> };
    for (const [p, v] of Object.entries(rel)) start.indicators[`relations.${p}`] = v;
  };
  const cs = compile((d) => {
    rules(d).warmth = warmth;
    withStart(d, { cn: 40, us: 80, jp: 70 });
  });
  const off = compile((d) => {
    rules(d).warmth = { ...warmth, rate: 0 };
    withStart(d, { cn: 40, us: 80, jp: 70 });
  });

  const suspicionCause = (c: Cs, power: string) => {
    const r = play(c, ready(c, newGame(c, 'warmth').state), END);
    const change = r.explanation.changes.find((x) => x.indicator === `suspicion.${power}`);
    return change?.causes.find((k) => k.source === 'rule:rivals-warmth')?.delta ?? 0;
  };

  it("raises a power's suspicion by the rate for each point of its rivals' relations above the line", () => {
    // China's rivals are Washington (80) and Tokyo (70): 30 + 20 points above 50.
    // The month's own moves shift relations a little before the rule reads them.
    expect(suspicionCause(cs, 'cn')).toBeGreaterThan(0.1 * (30 + 20) - 1);
    expect(suspicionCause(cs, 'cn')).toBeLessThan(0.1 * (30 + 20) + 1);
  });

  it('spares a power whose rivals are not warm, and names its cause', () => {
    // Washington's only rival is Beijing, at 40: below the line.
    expect(suspicionCause(cs, 'us')).toBe(0);
    expect(suspicionCause(cs, 'jp')).toBe(0);
  });

  it('does nothing at its neutral setting', () => {
    expect(suspicionCause(off, 'cn')).toBe(0);
  });
});
