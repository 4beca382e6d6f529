/**
 * The replay viewer's model: where a position sits in the year, what the
 * decision that led to it changed and why, and the month's decisions around
 * it. A position is an index into a replay's steps (0 is the opening, k the
 * state after k decisions), so "play on from here" is `actions.slice(0, k)`.
 */
import {
  type CompiledScenario,
  type GameAction,
  type IndicatorKey,
  indicatorRange,
  score,
} from '../engine';
import { TEXT } from '../i18n';
import { turnLabel } from '../i18n/turn-label';
import { type Actor, describeSource } from './causes';
import { changeTone, gaugeValue, type Tone } from './gauge-display';
import { type StepLike, turnStarts } from './gauges';
import { indicatorLabel, outcomeLabel } from './labels';
import { type NewsView, newsView } from './news';

/** The gauges the viewer shows at every step: the ones a class argues about. */
export function viewerGauges(cs: CompiledScenario): IndicatorKey[] {
  const powers = cs.tables.vocab.powers;
  return [
    ...powers.map((p) => `relations.${p}`),
    ...powers.map((p) => `suspicion.${p}`),
    ...VIEWER_SINGLES,
  ];
}

const VIEWER_SINGLES: readonly IndicatorKey[] = [
  'autonomy.drift',
  'economy.growth',
  'economy.tradeDependence',
  'economy.usAccess',
  'sea.tension',
  'sea.standing',
  'home.mood',
  'home.legitimacy',
  'home.capital',
];

export interface ViewerGauge {
  readonly key: IndicatorKey;
  readonly name: string;
  readonly value: number;
  readonly text: string;
  readonly min: number;
  readonly max: number;
  /** Change made by the step shown (0 when it did not touch this gauge). */
  readonly delta: number;
  readonly tone: Tone;
}

export interface ViewerChange {
  readonly key: IndicatorKey;
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly delta: number;
  readonly tone: Tone;
  readonly causes: readonly {
    readonly actor: Actor;
    readonly label: string;
    readonly delta: number;
  }[];
}

export interface ViewerDecision {
  /** The position this decision leads to. */
  readonly index: number;
  readonly label: string;
  readonly kind: GameAction['type'] | 'start';
}

export interface ViewerFrame {
  readonly index: number;
  /** Decisions in the replay: the last position's index. */
  readonly total: number;
  /** 0-based month of the state shown. */
  readonly turn: number;
  readonly turns: number;
  readonly turnLabel: string;
  /** The decision that led here; null at the opening. */
  readonly decision: ViewerDecision | null;
  readonly gauges: readonly ViewerGauge[];
  /** Biggest first. */
  readonly changes: readonly ViewerChange[];
  /** What the step brought: reactions, events, news (no bare "new month" markers). */
  readonly news: readonly NewsView[];
  /** The shown month's opening and every decision taken in it, in order. */
  readonly month: readonly ViewerDecision[];
  readonly score: number;
  readonly over: boolean;
  readonly outcome: string | null;
  /** A new game can branch here: the game is not over yet. */
  readonly canPlayOn: boolean;
}

/** "You: Upgrade with Washington", "End of the month", for a decision. */
export function decisionLabel(cs: CompiledScenario, action: GameAction, turnLabel: string): string {
  switch (action.type) {
    case 'play':
      return describeSource(cs, `action:${action.action}`).label;
    case 'choose':
      return describeSource(cs, `choice:${action.event}/${action.choice}`).label;
    case 'end-turn':
      return TEXT.view.replay.endOf(turnLabel);
    default: {
      const unknown: never = action;
      return String(unknown);
    }
  }
}

function turnLabelOf(cs: CompiledScenario, turn: number): string {
  return turnLabel(cs, turn);
}

function decisionAt(cs: CompiledScenario, steps: readonly ViewerStep[], i: number): ViewerDecision {
  const step = steps[i];
  if (!step?.action) {
    return {
      index: i,
      label: TEXT.view.replay.startOf(turnLabelOf(cs, step?.state.turn ?? 0)),
      kind: 'start',
    };
  }
  return {
    index: i,
    label: decisionLabel(cs, step.action, turnLabelOf(cs, step.explanation.turn)),
    kind: step.action.type,
  };
}

export interface ViewerStep extends StepLike {
  readonly action: GameAction | null;
}

/** Keeps an index inside the replay. */
export function clampIndex(steps: readonly unknown[], index: number): number {
  return Math.max(0, Math.min(steps.length - 1, Math.round(index)));
}

/** The first position of each month reached (the opening, then after each end of month). */
export function monthStarts(steps: readonly ViewerStep[]): number[] {
  return turnStarts(steps).filter((i) => i !== undefined);
}

/** Where "next month" goes: the next month's opening, or the end of the replay. */
export function nextMonth(steps: readonly ViewerStep[], index: number): number {
  const starts = monthStarts(steps);
  return starts.find((s) => s > index) ?? steps.length - 1;
}

/** Where "previous month" goes: this month's opening, or the month before's when already there. */
export function previousMonth(steps: readonly ViewerStep[], index: number): number {
  const starts = monthStarts(steps);
  for (let k = starts.length - 1; k >= 0; k--) {
    const s = starts[k] as number;
    if (s < index) return s;
  }
  return 0;
}

/** The opening of month `turn` (0-based), or null if the replay never got there. */
export function startOfMonth(steps: readonly ViewerStep[], turn: number): number | null {
  return turnStarts(steps)[turn] ?? null;
}

export function viewerFrame(
  cs: CompiledScenario,
  steps: readonly ViewerStep[],
  at: number,
): ViewerFrame {
  const index = clampIndex(steps, at);
  const step = steps[index] as ViewerStep;
  const state = step.state;
  const changes = new Map(step.explanation.changes.map((c) => [c.indicator, c]));
  const powers = cs.scenario.powers;
  const gauges = viewerGauges(cs).map((key): ViewerGauge => {
    const change = index > 0 ? changes.get(key) : undefined;
    const delta = change?.delta ?? 0;
    const value = state.ind[key] ?? 0;
    const range = indicatorRange(cs.tables.vocab, key);
    return {
      key,
      name: indicatorLabel(powers, key).name,
      value,
      text: gaugeValue(key, value),
      min: range?.min ?? 0,
      max: range?.max ?? 100,
      delta,
      tone: changeTone(key, delta, change?.from ?? 0),
    };
  });
  const explained =
    index === 0
      ? []
      : [...step.explanation.changes]
          .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
          .map(
            (c): ViewerChange => ({
              key: c.indicator,
              name: indicatorLabel(powers, c.indicator).name,
              from: gaugeValue(c.indicator, c.from),
              to: gaugeValue(c.indicator, c.to),
              delta: c.delta,
              tone: changeTone(c.indicator, c.delta, c.from),
              causes: c.causes.map((cause) => ({
                ...describeSource(cs, cause.source, cause.delta),
                delta: cause.delta,
              })),
            }),
          );
  const turn = state.turn;
  const month: ViewerDecision[] = [];
  steps.forEach((s, i) => {
    const opensMonth = s.state.turn === turn && (i === 0 || steps[i - 1]?.state.turn !== turn);
    const takenInMonth = s.action !== null && s.explanation.turn === turn;
    if (opensMonth)
      month.push({
        index: i,
        label: TEXT.view.replay.startOf(turnLabelOf(cs, turn)),
        kind: 'start',
      });
    else if (takenInMonth) month.push(decisionAt(cs, steps, i));
  });
  const ending = state.ending;
  return {
    index,
    total: steps.length - 1,
    turn,
    turns: cs.scenario.calendar.length,
    turnLabel: turnLabelOf(cs, turn),
    decision: index === 0 ? null : decisionAt(cs, steps, index),
    gauges,
    changes: explained,
    news: step.explanation.news.filter((n) => n.kind !== 'turn').map((n) => newsView(cs, n)),
    month,
    score: ending?.score.total ?? score(cs, state).total,
    over: state.phase === 'over',
    outcome: ending ? outcomeLabel(powers, ending.outcome).name : null,
    canPlayOn: state.phase !== 'over',
  };
}
