/** The month's political capital: what the turn's end brought, read from its own causes. */
import { describe, expect, it } from 'vitest';
import { apply, type GameAction, type GameState, legalActions, newGame } from '../../src/engine';
import { setLocale } from '../../src/i18n';
import { capitalIncome, capitalIncomeWords, capitalPart, signed } from '../../src/view';
import { loadShipped } from '../helpers';

const cs = loadShipped('2023');

function firstMonth(months = 1, play = true) {
  let state: GameState = newGame(cs, 'income').state;
  const steps: { action: GameAction | null; state: GameState; explanation: never }[] = [
    { action: null, state, explanation: { changes: [], news: [] } as never },
  ];
  const push = (action: GameAction) => {
    const r = apply(cs, state, action);
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
    steps.push({ action, state, explanation: r.explanation as never });
  };
  let spent = 0;
  for (let m = 0; m < months; m++) {
    while (state.phase === 'event') push(legalActions(cs, state)[0] as GameAction);
    const card = legalActions(cs, state).find((a) => a.type === 'play');
    if (card && play) push(card);
    spent = state.ind['home.capital'];
    push({ type: 'end-turn' });
  }
  return { steps, spent };
}

describe('capital income', () => {
  it('is nothing to report before a month has ended', () => {
    expect(capitalIncome(cs, firstMonth().steps.slice(0, 1))).toBeNull();
  });

  it('gives the change as the month ended, and causes that add up to it', () => {
    const { steps, spent } = firstMonth();
    const income = capitalIncome(cs, steps);
    const after = steps.at(-1)?.state.ind['home.capital'] ?? 0;
    expect(income?.delta).toBe(after - spent);
    expect(income?.causes.reduce((a, c) => a + c.delta, 0)).toBe(income?.delta);
    expect(income?.causes.length).toBeGreaterThan(0);
    // In the player's words, never a rule id.
    for (const c of income?.causes ?? []) expect(c.label).not.toMatch(/^rule:|capital-income/);
  });
});

describe('the top bar’s capital in words', () => {
  // Two months without a card: the stock is above the upkeep line, so part of the income melts.
  const hoard = () => {
    const { steps } = firstMonth(2, false);
    const state = steps.at(-1)?.state as GameState;
    return { state, income: capitalIncome(cs, steps) };
  };

  it('names the figure as a net, with the income and the upkeep that make it up', () => {
    const { state, income } = hoard();
    const upkeep = income?.causes.find((c) => c.source === 'rule:capital-upkeep');
    const paid = income?.causes.find((c) => c.source === 'rule:capital-income');
    expect(upkeep?.delta).toBeLessThan(0);
    expect(paid?.delta).toBeGreaterThan(income?.delta ?? 0);
    const words = capitalIncomeWords(cs, state.ind['home.capital'], income);
    const net = income?.delta ?? 0;
    expect(words.net).toBe(`${net >= 0 ? '+' : '\u2212'}${Math.abs(net)} net this month`);
    expect(words.net).not.toMatch(/income/);
    expect(words.left).toBe('left to spend');
    expect(words.parts[0]).toMatch(
      new RegExp(`^${state.ind['home.capital']} political capital left to spend this month`),
    );
    expect(words.parts).toContain(`This month began with ${words.net?.split(' ')[0]} net:`);
    expect(words.parts).toContain(`+${paid?.delta} in (more when the Party is seen as legitimate)`);
    expect(words.parts).toContain(
      `\u2212${-(upkeep?.delta ?? 0)} upkeep: half of the stock above 8 melts`,
    );
  });

  it('before any month has ended, says what the figure is and no net', () => {
    const words = capitalIncomeWords(cs, 8, null);
    expect(words.net).toBeNull();
    expect(words.parts).toHaveLength(1);
  });

  it('says the same in Vietnamese', () => {
    const { state, income } = hoard();
    setLocale('vi');
    try {
      const words = capitalIncomeWords(cs, state.ind['home.capital'], income);
      expect(words.left).toBe('còn để tiêu');
      expect(words.net).toMatch(/^ròng [+\u2212]\d+ tháng này$/);
      expect(words.parts.join('\n')).toMatch(/hao hụt: một nửa phần vốn vượt quá 8 tan biến/);
      expect(words.parts.join('\n')).toMatch(/^Tháng này bắt đầu với /m);
    } finally {
      setLocale('en');
    }
  });
});

describe('the month in review’s capital line', () => {
  it('names the upkeep for what it is, with the rules’ figures, on a month that ended with nothing unspent', () => {
    // Spend down to nothing, then end months until the new income alone crosses the line.
    let found = false;
    for (let months = 1; months <= 6 && !found; months++) {
      const { steps } = firstMonth(months);
      const income = capitalIncome(cs, steps);
      const upkeep = income?.causes.find((c) => c.source === 'rule:capital-upkeep');
      if (!upkeep) continue;
      found = true;
      const home = cs.scenario.rules.home;
      expect(capitalPart(cs, upkeep)).toBe(
        `${signed(upkeep.delta)} upkeep: half of the stock above ${home.capitalUpkeepFrom} melts`,
      );
      expect(capitalPart(cs, upkeep)).not.toMatch(/unspent/i);
      const growth = income?.causes.find((c) => c.source === 'rule:capital-growth');
      if (growth)
        expect(capitalPart(cs, growth)).toBe(
          `${signed(growth.delta)} from growth (a slowdown takes some away)`,
        );
    }
    expect(found).toBe(true);
  });

  it('reads as a sentence in Vietnamese too', () => {
    setLocale('vi');
    try {
      expect(capitalPart(cs, { source: 'rule:capital-upkeep', label: '', delta: -1 })).toBe(
        '−1 hao hụt: một nửa phần vốn vượt quá 8 tan biến',
      );
    } finally {
      setLocale('en');
    }
  });
});
