/**
 * Gauges sliding toward an ending at the player's own pace: the move over the last few months,
 * and the month the cliff is reached if the slide goes on. A forecast of the whole year can
 * look calm while one relation loses three points a month; this names that relation, its
 * rate and the month, and (given the forecast) how often the futures played this player's way
 * end in that collapse.
 */
import type { CollapseId, CompiledScenario, GameState, IndicatorKey } from '../engine';
import type { Forecast } from '../engine/advisor';
import { TEXT } from '../i18n';
import { turnLabel } from '../i18n/turn-label';
import { percent } from './format';
import { gaugeValue } from './gauge-display';
import { type StepLike, turnStarts } from './gauges';
import { indicatorLabel } from './labels';
import { turnUnitOf } from './turn-unit';

/** Months the rate is measured over (fewer early in the year). */
const WINDOW = 3;
/** A drift per month smaller than this is noise, not a slide (growth: a tenth of it). */
const MIN_RATE = 0.5;

export interface Slide {
  readonly key: IndicatorKey;
  /** The gauge's change per turn over the last `over` turns (signed). */
  readonly rate: number;
  readonly over: number;
  /** Turns until the cliff at this rate (whole, at least 1). */
  readonly turns: number;
  /** The collapse waiting at the cliff. */
  readonly collapse: CollapseId;
  readonly text: string;
}

interface Cliff {
  readonly key: IndicatorKey;
  readonly at: number;
  /** -1: the ending lies below `at`; +1: above it. */
  readonly side: -1 | 1;
  readonly collapse: CollapseId;
  readonly name: string;
}

function cliffs(cs: CompiledScenario, state: GameState): Cliff[] {
  const t = cs.scenario.thresholds;
  const C = TEXT.view.sliding.cliff;
  const drift = state.ind['autonomy.drift'] ?? 0;
  const out: Cliff[] = cs.tables.vocab.powers.map((p) => ({
    key: `relations.${p}` as IndicatorKey,
    at: t.rupture,
    side: -1 as const,
    collapse: `rupture-${p}`,
    name: C.rupture,
  }));
  out.push(
    { key: 'home.mood', at: t.unrest, side: -1, collapse: 'unrest', name: C.unrest },
    { key: 'sea.tension', at: t.clash, side: 1, collapse: 'armed-clash', name: C.clash },
    { key: 'economy.growth', at: t.crisis, side: -1, collapse: 'economic-crisis', name: C.crisis },
    drift < 0
      ? {
          key: 'autonomy.drift',
          at: -t.autonomyLost,
          side: -1,
          collapse: 'satellite',
          name: C.autonomy,
        }
      : {
          key: 'autonomy.drift',
          at: t.autonomyLost,
          side: 1,
          collapse: 'frontline',
          name: C.autonomy,
        },
  );
  return out;
}

/**
 * The gauges whose pace over the last months (at most three) reaches their ending before the
 * scenario's last turn ends, soonest first. `forecast`, when given, adds how often that
 * ending came in the futures.
 */
export function slidingGauges(
  cs: CompiledScenario,
  steps: readonly StepLike[],
  forecast?: Forecast,
): Slide[] {
  const last = steps.at(-1)?.state;
  if (!last || last.phase === 'over') return [];
  const starts = turnStarts(steps);
  const over = Math.min(WINDOW, last.turn);
  const then = over > 0 ? steps[starts[last.turn - over] ?? -1]?.state : undefined;
  if (!then) return [];
  const S = TEXT.view.sliding;
  const unit = TEXT.units.word[turnUnitOf(cs)];
  const left = cs.scenario.calendar.length - last.turn;
  const out: Slide[] = [];
  for (const c of cliffs(cs, last)) {
    const now = last.ind[c.key] ?? 0;
    const rate = (now - (then.ind[c.key] ?? now)) / over;
    const min = c.key === 'economy.growth' ? MIN_RATE / 10 : MIN_RATE;
    if (rate * c.side < min) continue;
    const distance = (c.at - now) * c.side;
    const turns = Math.max(1, Math.ceil(distance / Math.abs(rate)));
    if (turns > left) continue;
    const chance = forecast ? (forecast.failures[c.collapse] ?? 0) : null;
    out.push({
      key: c.key,
      rate,
      over,
      turns,
      collapse: c.collapse,
      // The month sentence ends after the chance: "…by the end of October 2023 (in 7% …)."
      text: `${S.line(
        indicatorLabel(cs.scenario.powers, c.key).name,
        gaugeValue(c.key, now),
        gaugeValue(c.key, rate).replace(/^(?=\d)/, '+'),
        String(over),
        unit,
      )}${S.reach(c.name, gaugeValue(c.key, c.at), turnLabel(cs, last.turn + turns - 1))}${
        chance === null ? '' : chance === 0 ? S.chanceNone : S.chance(percent(chance))
      }.`,
    });
  }
  return out.sort((a, b) => a.turns - b.turns);
}
