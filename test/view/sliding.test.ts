/**
 * The advisor names a gauge sliding to its ending at the player's own pace: its rate over the
 * last months and the month the cliff comes, and how often the futures ended there.
 */
import { describe, expect, it } from 'vitest';
import { type GameState, newGame } from '../../src/engine';
import type { Forecast } from '../../src/engine/advisor';
import { setLocale } from '../../src/i18n';
import { slidingGauges } from '../../src/view';
import { loadShipped } from '../helpers';

const cs = loadShipped('2023');
const start = newGame(cs, 'sliding').state;

/** One step a month, the month's start, with `ind` changed as `at(turn)` says. */
function months(count: number, at: (turn: number) => Partial<Record<string, number>>) {
  return Array.from({ length: count }, (_, turn) => ({
    state: { ...start, turn, ind: { ...start.ind, ...at(turn) } } as GameState,
    explanation: { changes: [], news: [] } as never,
  }));
}

describe('a gauge sliding toward its ending', () => {
  it('is named with its rate over the last three months and the month it reaches the line', () => {
    // Beijing from 60 down 5 a month: 40 as May begins, the rupture line (30) two months on.
    const steps = months(5, (t) => ({ 'relations.cn': 60 - 5 * t }));
    const [slide, ...others] = slidingGauges(cs, steps);
    expect(others).toEqual([]);
    expect(slide?.key).toBe('relations.cn');
    expect(slide?.rate).toBe(-5);
    expect(slide?.over).toBe(3);
    expect(slide?.turns).toBe(2);
    expect(slide?.text).toBe(
      'Relations with Beijing sliding: 40, −5 a month over 3 months; at this pace rupture (30) by the end of June 2023.',
    );
  });

  it('adds how often the futures played the player’s way ended there', () => {
    const steps = months(5, (t) => ({ 'relations.cn': 60 - 5 * t }));
    const forecast = { failures: { 'rupture-cn': 0.42 } } as unknown as Forecast;
    expect(slidingGauges(cs, steps, forecast)[0]?.text).toMatch(
      /by the end of June 2023 \(in 42% of the futures played your way\)\.$/,
    );
  });

  it('says so when none of the futures ends there, instead of "in 0%"', () => {
    const steps = months(5, (t) => ({ 'relations.cn': 60 - 5 * t }));
    const forecast = { failures: { 'rupture-cn': 0 } } as unknown as Forecast;
    expect(slidingGauges(cs, steps, forecast)[0]?.text).toMatch(
      /by the end of June 2023, though none of the futures played your way gets there\.$/,
    );
  });

  it('says nothing of a slow slide that cannot reach the line before the year ends', () => {
    expect(
      slidingGauges(
        cs,
        months(5, (t) => ({ 'relations.cn': 60 - t })),
      ),
    ).toEqual([]);
    // Nor of a gauge moving away from its cliff, nor in the first month (no pace yet).
    expect(
      slidingGauges(
        cs,
        months(5, (t) => ({ 'relations.cn': 40 + 5 * t })),
      ),
    ).toEqual([]);
    expect(
      slidingGauges(
        cs,
        months(1, () => ({ 'relations.cn': 31 })),
      ),
    ).toEqual([]);
  });

  it('watches drift toward the pole it leans to, and tension upward', () => {
    const steps = months(4, (t) => ({ 'autonomy.drift': -6 * t, 'sea.tension': 40 + 12 * t }));
    const keys = slidingGauges(cs, steps).map((s) => [s.key, s.collapse]);
    expect(keys).toContainEqual(['autonomy.drift', 'satellite']);
    expect(keys).toContainEqual(['sea.tension', 'armed-clash']);
  });

  it('says it in Vietnamese', () => {
    setLocale('vi');
    try {
      const text = slidingGauges(
        cs,
        months(5, (t) => ({ 'relations.cn': 60 - 5 * t })),
      )[0]?.text;
      expect(text).toMatch(/đang trượt dốc: 40, −5 mỗi tháng trong 3 tháng qua/);
      expect(text).toMatch(/; cứ đà này đổ vỡ quan hệ \(30\) vào cuối tháng 6 năm 2023\.$/);
    } finally {
      setLocale('en');
    }
  });
});
