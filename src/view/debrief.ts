/**
 * What the debrief and the credits draw, from the scenario and the game's
 * steps: the indicators grouped for small multiples with readable axes, the
 * historical path played through the same rules, and the sources of events.
 */
import {
  allSources,
  type CompiledScenario,
  type IndicatorGroup,
  type IndicatorKey,
  type ScoreBreakdown,
} from '../engine';
import { shippedIndicators } from '../scenario/indicators';
import type { StepLike } from './gauges';

export const GROUP_ORDER: readonly IndicatorGroup[] = [
  'relations',
  'suspicion',
  'autonomy',
  'economy',
  'sea',
  'home',
];

export interface ChartGroup {
  readonly group: IndicatorGroup;
  readonly keys: readonly IndicatorKey[];
}

/** Every indicator of a vocabulary (`cs.tables.vocab.keys`), in its group, in the engine's order. */
export function chartGroups(keys: readonly IndicatorKey[]): ChartGroup[] {
  return GROUP_ORDER.map((group) => ({
    group,
    keys: keys.filter((k) => shippedIndicators.range(k)?.group === group),
  }));
}

export interface AxisRange {
  readonly lo: number;
  readonly hi: number;
  readonly ticks: readonly number[];
}

const STEPS = [1, 2, 5, 10] as const;

function niceStep(span: number, ticks: number): number {
  const raw = span / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const unit = STEPS.find((s) => s * magnitude >= raw) ?? 10;
  return unit * magnitude;
}

/**
 * The vertical axis of one chart. Indicators on 0–100 keep their full range so
 * charts compare at a glance; the wide counters (incidents, capital, growth)
 * zoom to the values seen, or a year's few incidents would be a flat line.
 */
export function axisRange(key: IndicatorKey, values: readonly number[]): AxisRange {
  const { min, max } = shippedIndicators.range(key) ?? { min: 0, max: 100 };
  const fixed = min === 0 && max === 100;
  const seen = values.length > 0 ? values : [min, max];
  let lo = fixed ? min : Math.min(...seen);
  let hi = fixed ? max : Math.max(...seen);
  if (key === 'autonomy.drift') {
    // Symmetric, so the neutral line sits in the middle of the chart.
    const reach = Math.max(10, ...seen.map(Math.abs));
    lo = -reach;
    hi = reach;
  }
  // A zoomed axis still spans a tenth of the range (at most 10): a wobble of 0.1 is not a cliff.
  const minSpan = Math.min(10, (max - min) / 10);
  if (hi - lo < minSpan) {
    const mid = (hi + lo) / 2;
    lo = mid - minSpan / 2;
    hi = mid + minSpan / 2;
  }
  const step = fixed ? 25 : niceStep(hi - lo, 4);
  const niceLo = Math.max(min, Math.floor(lo / step) * step);
  const niceHi = Math.min(max, Math.ceil(hi / step) * step);
  const ticks: number[] = [];
  for (let t = niceLo; t <= niceHi + step / 1000; t += step)
    ticks.push(Math.round(t * 1000) / 1000);
  // Clamped to the indicator's own limit, the top may fall between two steps: label it too.
  if ((ticks.at(-1) ?? niceHi) < niceHi) ticks.push(niceHi);
  return { lo: niceLo, hi: niceHi, ticks };
}

// Re-exported for the screens: the path is the engine's, played by its rules.
export { historicalPath, type PlayedPath } from '../engine';

export interface SourceLine {
  readonly publication: string;
  readonly date: string;
  readonly approximate: boolean;
  readonly title: string | null;
  readonly url: string | null;
  readonly note: string | null;
}

export interface DisputeLine {
  readonly question: string;
  readonly views: readonly { readonly view: string; readonly heldBy: string }[];
}

export interface EventSources {
  readonly id: string;
  readonly title: string;
  /** The event's own date for scheduled events; null for random ones. */
  readonly date: string | null;
  readonly sources: readonly SourceLine[];
  readonly disputes: readonly DisputeLine[];
  /** An invented event, labelled as a what-if wherever it is listed. */
  readonly whatIf: boolean;
}

type AnyEvent = CompiledScenario['events'] extends ReadonlyMap<string, infer E> ? E : never;

function eventSources(ev: AnyEvent): EventSources {
  return {
    id: ev.id,
    title: ev.title,
    date: 'date' in ev && typeof ev.date === 'string' ? ev.date : null,
    sources: allSources(ev).map((s) => ({
      publication: s.publication,
      date: s.date,
      approximate: s.approximate === true,
      title: s.title ?? null,
      url: s.url ?? null,
      note: s.note ?? null,
    })),
    disputes: (ev.disputes ?? []).map((d) => ({ question: d.question, views: d.views })),
    whatIf: 'whatIf' in ev && ev.whatIf === true,
  };
}

/** Every event of the scenario that cites a source or is a what-if, scheduled ones in date order first. */
export function scenarioSources(cs: CompiledScenario): EventSources[] {
  const all = [...cs.events.values()]
    .map(eventSources)
    .filter((e) => e.sources.length > 0 || e.whatIf);
  return all.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}

/** The cited events this game met, in the order they happened, each once. */
export function eventsMet(cs: CompiledScenario, steps: readonly StepLike[]): EventSources[] {
  const seen = new Set<string>();
  const out: EventSources[] = [];
  for (const step of steps) {
    for (const item of step.explanation.news) {
      if (item.kind !== 'event' && item.kind !== 'random') continue;
      const id = item.source.slice(item.source.indexOf(':') + 1);
      const ev = cs.events.get(id);
      if (!ev || seen.has(id)) continue;
      seen.add(id);
      const cited = eventSources(ev);
      if (cited.sources.length > 0 || cited.disputes.length > 0 || cited.whatIf) out.push(cited);
    }
  }
  return out;
}

export const SCORE_PARTS = [
  'weakestLink',
  'relations',
  'growth',
  'sovereignty',
  'stability',
  'autonomy',
] as const satisfies readonly (keyof ScoreBreakdown)[];
