import { afterEach, describe, expect, it } from 'vitest';
import { apply, type GameAction, legalActions, newGame } from '../../src/engine';
import { setLocale } from '../../src/i18n';
import { gauges, type StepLike } from '../../src/view';
import { loadShipped } from '../helpers';

const cs = loadShipped('2023');

/** Months played with each event's first answer and, after the first month, one card a month. */
function play(months: number): StepLike[] {
  const steps: StepLike[] = [newGame(cs, 'hanoi-2023')];
  const go = (action: GameAction) => {
    const last = steps.at(-1)?.state;
    const r = last ? apply(cs, last, action) : null;
    if (!r?.ok) throw new Error(`refused: ${JSON.stringify(action)}`);
    steps.push({ state: r.state, explanation: r.explanation });
  };
  for (let m = 0; m < months; m++) {
    while (steps.at(-1)?.state.phase === 'event') {
      const [first] = legalActions(cs, steps.at(-1)!.state);
      go(first!);
    }
    if (m === months - 1) break;
    go({ type: 'end-turn' });
  }
  return steps;
}

const capital = (steps: readonly StepLike[]) =>
  gauges(cs, steps).find((g) => g.key === 'home.capital')!;

describe('a gauge’s trend names the span it covers', () => {
  afterEach(() => setLocale('en'));

  it('from the game’s start until the third month, then from the start of the month before', () => {
    expect(capital(play(1)).since).toBe('since the game began');
    expect(capital(play(2)).since).toBe('since the game began');
    expect(capital(play(3)).since).toBe('since the start of February 2023');
  });

  it('says so when a card paid for this month leaves capital above where the span began', () => {
    const feb = play(2);
    const before = capital(feb);
    const card = legalActions(cs, feb.at(-1)!.state).find((a) => a.type === 'play');
    const r = apply(cs, feb.at(-1)!.state, card!);
    if (!r.ok) throw new Error('card refused');
    const after = capital([...feb, { state: r.state, explanation: r.explanation }]);
    // Capital fell with the card, yet stands above the game's start: the trend is that whole
    // span's (an arrow up), and its words name the span rather than "since last month".
    expect(after.value).toBeLessThan(before.value);
    expect(after.trend).toBeGreaterThan(0);
    expect(after.trend).toBeCloseTo(after.value - feb[0]!.state.ind['home.capital']!, 5);
    expect(after.since).toBe('since the game began');
  });

  it('in Vietnamese, mid-sentence', () => {
    setLocale('vi');
    expect(capital(play(1)).since).toBe('kể từ đầu ván');
    expect(capital(play(3)).since).toBe('kể từ đầu tháng 2 năm 2023');
  });
});
