/**
 * Chart data for the class results: each student's path through the year
 * and the historical one, turn by turn, on the indicators a class argues
 * about (every relation, the drift between the poles, the score). Pure
 * data; the screen draws it.
 */
import { type CompiledScenario, indicatorRange, relationKey, score } from '../engine';
import { historicalPath } from '../engine/historical-path';
import type { ReplayStep } from '../engine/replay';
import type { GameState, OutcomeId } from '../engine/state';
import { TEXT } from '../i18n';
import { calendarLabel, turnLabel } from '../i18n/turn-label';

export interface SeriesInfo {
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

/** A series whose label is read in the player's language each time it is shown. */
const series = (key: string, bounds: { readonly min: number; readonly max: number }) => ({
  get label(): string {
    return TEXT.view.paths[key] ?? key;
  },
  min: bounds.min,
  max: bounds.max,
});

/** A series id: `relations.<power>` for each power, `autonomy.drift`, or `score`. */
export type PathSeries = string;

/** The series a class argues about: every relation (the scenario's powers), drift, the score. */
export function pathSeries(cs: CompiledScenario): readonly PathSeries[] {
  return [...cs.tables.vocab.powers.map(relationKey), 'autonomy.drift', 'score'];
}

/** Each series' label and range; a relation is labelled by its power's name (the scenario's words). */
export function pathSeriesInfo(cs: CompiledScenario): Readonly<Record<PathSeries, SeriesInfo>> {
  const info: Record<PathSeries, SeriesInfo> = {};
  for (const p of cs.tables.vocab.powers) {
    const power = cs.scenario.powers[p];
    info[relationKey(p)] = { label: power?.name ?? p, ...range(cs, relationKey(p)) };
  }
  info['autonomy.drift'] = series('drift', range(cs, 'autonomy.drift'));
  info.score = series('score', { min: 0, max: 100 });
  return info;
}

function range(cs: CompiledScenario, key: string): { min: number; max: number } {
  const r = indicatorRange(cs.tables.vocab, key);
  return { min: r?.min ?? 0, max: r?.max ?? 100 };
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
  readonly series: readonly PathSeries[];
  readonly info: Readonly<Record<PathSeries, SeriesInfo>>;
  readonly historical: Path | null;
  readonly students: readonly Path[];
}

function pointOf(cs: CompiledScenario, turn: number, label: string, state: GameState): PathPoint {
  return {
    turn,
    label,
    values: Object.fromEntries(
      pathSeries(cs).map((key) => [
        key,
        key === 'score' ? score(cs, state).total : (state.ind[key] ?? 0),
      ]),
    ),
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
    series: pathSeries(cs),
    info: pathSeriesInfo(cs),
    historical: historicalChartPath(cs, seed),
    students,
  };
}
