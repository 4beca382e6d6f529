/**
 * Chart data for the class results: each student's path through the year
 * and the historical one, turn by turn, on the indicators a class argues
 * about (the three relations, the drift between the poles, the score). Pure
 * data; the screen draws it.
 */
import { type CompiledScenario, INDICATORS, score } from '../engine';
import { historicalPath } from '../engine/historical-path';
import type { ReplayStep } from '../engine/replay';
import type { GameState, OutcomeId } from '../engine/state';
import { TEXT } from '../i18n';
import { calendarLabel, turnLabel } from '../i18n/turn-label';

/** A series whose label is read in the player's language each time it is shown. */
const series = (key: string, bounds: { readonly min: number; readonly max: number }) => ({
  get label(): string {
    return TEXT.view.paths[key] ?? key;
  },
  min: bounds.min,
  max: bounds.max,
});

export const PATH_SERIES = [
  'relations.cn',
  'relations.us',
  'relations.jp',
  'autonomy.drift',
  'score',
] as const;
export type PathSeries = (typeof PATH_SERIES)[number];

export const PATH_SERIES_INFO: Readonly<
  Record<PathSeries, { readonly label: string; readonly min: number; readonly max: number }>
> = {
  'relations.cn': series('relations.cn', range('relations.cn')),
  'relations.us': series('relations.us', range('relations.us')),
  'relations.jp': series('relations.jp', range('relations.jp')),
  'autonomy.drift': series('drift', range('autonomy.drift')),
  score: series('score', { min: 0, max: 100 }),
};

function range(key: keyof typeof INDICATORS): { min: number; max: number } {
  return { min: INDICATORS[key].min, max: INDICATORS[key].max };
}

/**
 * `turn` is the x position shared by every path: 0 is the opening, k the end
 * of the k-th turn. A game that collapsed early simply has fewer points.
 */
export interface PathPoint {
  readonly turn: number;
  readonly label: string;
  readonly values: Readonly<Record<PathSeries, number>>;
}

export interface Path {
  readonly kind: 'student' | 'historical';
  /** The player's name (or the file's, if unnamed); "Historical path" for history. */
  readonly name: string;
  readonly file?: string;
  readonly outcome: OutcomeId | null;
  readonly score: number;
  readonly points: readonly PathPoint[];
}

export interface PathChart {
  readonly scenario: string;
  readonly seed: string;
  /** Labels for every x position, including turns no path reached. */
  readonly turns: readonly { readonly turn: number; readonly label: string }[];
  readonly series: typeof PATH_SERIES;
  readonly info: typeof PATH_SERIES_INFO;
  readonly historical: Path | null;
  readonly students: readonly Path[];
}

function pointOf(cs: CompiledScenario, turn: number, label: string, state: GameState): PathPoint {
  return {
    turn,
    label,
    values: {
      'relations.cn': state.ind['relations.cn'],
      'relations.us': state.ind['relations.us'],
      'relations.jp': state.ind['relations.jp'],
      'autonomy.drift': state.ind['autonomy.drift'],
      score: score(cs, state).total,
    },
  };
}

/** The opening plus the state after every completed turn (endings happen only at a turn's end). */
export function pathOf(cs: CompiledScenario, steps: readonly ReplayStep[]): PathPoint[] {
  const first = steps[0];
  if (!first) return [];
  const points = [pointOf(cs, 0, TEXT.view.paths.start ?? 'Start', first.state)];
  for (const step of steps) {
    if (step.action?.type !== 'end-turn') continue;
    const turn = step.explanation.turn;
    points.push(pointOf(cs, turn + 1, turnLabel(cs, turn), step.state));
  }
  return points;
}

export function chartTurns(cs: CompiledScenario): PathChart['turns'] {
  return [
    { turn: 0, label: TEXT.view.paths.start ?? 'Start' },
    ...cs.scenario.calendar.map((t, i) => ({ turn: i + 1, label: calendarLabel(t) })),
  ];
}

/**
 * What Hanoi actually did, played through the same rules with the class's
 * seed (the debrief's historical path: the engine's `historical` policy).
 * Null if no such policy is registered.
 */
export function historicalChartPath(cs: CompiledScenario, seed: string): Path | null {
  const played = historicalPath(cs, seed);
  if (!played) return null;
  const last = played.steps.at(-1);
  return {
    kind: 'historical',
    name: TEXT.view.paths.history ?? 'Historical path',
    outcome: played.ending?.outcome ?? null,
    score: last ? score(cs, last.state).total : 0,
    points: pathOf(cs, played.steps),
  };
}

export function classPathChart(
  cs: CompiledScenario,
  seed: string,
  students: readonly Path[],
): PathChart {
  return {
    scenario: cs.scenario.id,
    seed,
    turns: chartTurns(cs),
    series: PATH_SERIES,
    info: PATH_SERIES_INFO,
    historical: historicalChartPath(cs, seed),
    students,
  };
}
