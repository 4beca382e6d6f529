/**
 * Gauges and their stories: each indicator's value, its trend since the start
 * of the last turn, and its latest changes with their causes, from the store's history.
 */
import {
  type Cause,
  type CompiledScenario,
  type IndicatorGroup,
  type IndicatorKey,
  indicatorRange,
  sourceOf,
} from '../engine';
import { formatNumber, TEXT } from '../i18n';
import { turnLabel as turnLabelOf } from '../i18n/turn-label';
import { type Actor, describeSource } from './causes';
import { indicatorLabel } from './labels';
import { type LeanSoFar, leanShareLabel, leanSoFar, splitLeanCauses } from './lean-split';
import { type StepLike, trendBase, turnStarts } from './steps';
import { type TurnUnit, turnUnitOf } from './turn-unit';

export { type StepLike, trendBase, turnStarts } from './steps';

export interface CauseView {
  readonly actor: Actor;
  readonly label: string;
  /** A shorter label, where there is one (an answer without its event's title). */
  readonly short?: string;
  readonly delta: number;
}

export interface ChangeView {
  readonly step: number;
  readonly turnLabel: string;
  readonly from: number;
  readonly to: number;
  readonly delta: number;
  readonly causes: readonly CauseView[];
}

export interface GaugeView {
  readonly key: IndicatorKey;
  readonly name: string;
  readonly help: string;
  readonly group: IndicatorGroup;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** Change since the start of the last turn (or since the game began). */
  readonly trend: number;
  /** What a turn is called in this scenario. */
  readonly unit: TurnUnit;
  /**
   * The span the trend covers, in words: "since the start of February 2023", or "since the
   * game began" in its first turn. It is longer than the turn under way, so it is named.
   */
  readonly since: string;
  /** Newest first. */
  readonly recent: readonly ChangeView[];
  /** The meter only: the lean signalled so far this turn, by the decisions and by the events. */
  readonly lean?: LeanSoFar;
}

/** The fade the turn's end gives the meter, read from the rules, for its tooltip. */
const driftFade = (cs: CompiledScenario): string =>
  TEXT.labels.driftFade(
    formatNumber(cs.scenario.rules.drift.decay),
    TEXT.units.word[turnUnitOf(cs)],
  );

/** Causes that act as the next turn begins: its events and its income, not the turn that ended. */
const NEXT_TURN_RULES: ReadonlySet<string> = new Set([
  'new-turn',
  'capital-income',
  'capital-growth',
  'capital-upkeep',
]);
function startsNextTurn(source: string): boolean {
  const s = sourceOf(source);
  return (
    s.kind === 'event' || s.kind === 'random' || (s.kind === 'rule' && NEXT_TURN_RULES.has(s.rule))
  );
}

/**
 * A turn's end also begins the next turn, so its change is told as two: what the turn's end
 * did, under that turn, and what the new turn's events and income did, under the new one. Told
 * as one, an event of 28 August read as moving July.
 */
export function recentChanges(
  cs: CompiledScenario,
  steps: readonly StepLike[],
  key: IndicatorKey,
  limit: number,
): ChangeView[] {
  const out: ChangeView[] = [];
  // The meter's move from the lean is told as the decisions' share and the events'.
  const causeViews = (causes: readonly Cause[], index: number): CauseView[] =>
    splitLeanCauses(cs, steps, index, key, causes).map((c) =>
      c.share === null
        ? { ...describeSource(cs, c.cause.source, c.cause.delta), delta: c.cause.delta }
        : {
            actor: c.share === 'decisions' ? 'you' : 'world',
            label: leanShareLabel(cs, c.share),
            delta: c.delta,
          },
    );
  for (let i = steps.length - 1; i >= 0 && out.length < limit; i--) {
    const step = steps[i];
    if (!step) continue;
    const change = step.explanation.changes.find((c) => c.indicator === key);
    if (!change) continue;
    const ended = step.explanation.turn;
    const began = step.state.turn;
    const next = began !== ended ? change.causes.filter((c) => startsNextTurn(c.source)) : [];
    const own = next.length > 0 ? change.causes.filter((c) => !startsNextTurn(c.source)) : [];
    if (next.length > 0 && own.length > 0) {
      const mid = Math.round((change.from + own.reduce((a, c) => a + c.delta, 0)) * 10) / 10;
      const round = (x: number) => Math.round(x * 10) / 10;
      out.push({
        step: step.explanation.step,
        turnLabel: turnLabelOf(cs, began),
        from: mid,
        to: change.to,
        delta: round(change.to - mid),
        causes: causeViews(next, i),
      });
      if (out.length >= limit) break;
      out.push({
        step: step.explanation.step,
        turnLabel: turnLabelOf(cs, ended),
        from: change.from,
        to: mid,
        delta: round(mid - change.from),
        causes: causeViews(own, i),
      });
      continue;
    }
    out.push({
      step: step.explanation.step,
      turnLabel: turnLabelOf(cs, next.length > 0 ? began : ended),
      from: change.from,
      to: change.to,
      delta: change.delta,
      causes: causeViews(change.causes, i),
    });
  }
  return out;
}

export function gauges(cs: CompiledScenario, steps: readonly StepLike[], limit = 5): GaugeView[] {
  const last = steps.at(-1);
  if (!last) return [];
  const baseIndex = trendBase(steps);
  const base = steps[baseIndex]?.state ?? last.state;
  const since =
    baseIndex === 0
      ? TEXT.view.trendSince.start
      : TEXT.view.trendSince.turn(turnLabelOf(cs, base.turn));
  return cs.tables.vocab.keys.map((key) => {
    const range = indicatorRange(cs.tables.vocab, key) ?? {
      group: 'home' as const,
      min: 0,
      max: 100,
    };
    const value = last.state.ind[key] ?? 0;
    const label = indicatorLabel(cs.scenario.powers, key);
    const trend = Math.round((value - (base.ind[key] ?? value)) * 10) / 10;
    const lean = key === 'autonomy.drift' ? leanSoFar(cs, steps) : null;
    return {
      key,
      ...label,
      ...(key === 'autonomy.drift' && cs.scenario.rules.drift.decay > 0
        ? { help: label.help + driftFade(cs) }
        : {}),
      group: range.group,
      value,
      min: range.min,
      max: range.max,
      trend,
      unit: turnUnitOf(cs),
      since,
      recent: recentChanges(cs, steps, key, limit),
      ...(lean ? { lean } : {}),
    };
  });
}

/** One value per turn (at the start of each month) and the final value: for charts. */
export function series(
  steps: readonly StepLike[],
  key: IndicatorKey,
): { turn: number; value: number }[] {
  const starts = turnStarts(steps);
  const points = starts
    .map((index, turn) => ({ turn, value: steps[index]?.state.ind[key] }))
    .filter((p): p is { turn: number; value: number } => p.value !== undefined);
  const last = steps.at(-1);
  if (last && last.state.phase === 'over')
    points.push({ turn: last.state.turn + 1, value: last.state.ind[key] ?? 0 });
  return points;
}
