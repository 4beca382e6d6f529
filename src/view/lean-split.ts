/**
 * A turn's lean, split by who signalled it. The powers read the lean as the turn ends and the
 * bamboo meter moves with it, but the lean is not only the player's: an event can signal one
 * too (an aircraft carrier calling at Đà Nẵng leans toward Washington whatever Hà Nội decides).
 * The engine keeps one lean per power; this tells apart the part the player's decisions (cards,
 * answers and the risks they ran) added from the part the turn's events added, so a screen can
 * say "your decisions" and "this month's events" separately, and the two always add up.
 */
import {
  type Cause,
  type CompiledScenario,
  type Explanation,
  type IndicatorKey,
  leanSignals,
  type PowerId,
  sourceOf,
} from '../engine';
import { TEXT } from '../i18n';
import { apportion, inSteps } from './apportion';
import { type StepLike, turnStarts } from './steps';
import { turnUnitOf } from './turn-unit';

const DRIFT: IndicatorKey = 'autonomy.drift';
/** The cause the turn's end gives the meter's move from the lean (engine/dynamics.ts). */
export const LEAN_SOURCE = 'rule:lean';

export interface LeanPart {
  /** Lean per power, as the engine counts it. */
  readonly lean: Readonly<Record<PowerId, number>>;
  /** What this lean alone moves the meter by at the turn's end (before the fade). */
  readonly drift: number;
}

export interface LeanSplit {
  readonly turn: number;
  readonly decisions: LeanPart;
  readonly events: LeanPart;
  /** The events that signalled a lean this turn, by id, in the order they came. */
  readonly eventIds: readonly string[];
}

type Lean = Readonly<Record<PowerId, number>>;

/**
 * The lean an explanation's events signalled: the automatic effects of each event that fired
 * in it, and of the risks those effects ran that came true. (A step's lean from anything else
 * is the decision's.)
 */
function eventLean(cs: CompiledScenario, explanation: Explanation): Map<string, Lean> {
  const fired = new Map<string, Lean>();
  for (const item of explanation.news) {
    if (item.kind !== 'event' && item.kind !== 'random') continue;
    const source = sourceOf(item.source);
    if (source.kind !== 'event' && source.kind !== 'random') continue;
    // An event with news of its own says so twice under one source: counted once.
    if (fired.has(source.event)) continue;
    const effects = cs.events.get(source.event)?.effects;
    const lean: Record<PowerId, number> = { ...(effects?.lean ?? {}) } as Record<PowerId, number>;
    for (const risk of effects?.risks ?? []) {
      if (!risk.lean) continue;
      const ran = explanation.news.some((n) => n.kind === 'risk' && n.source === `risk:${risk.id}`);
      if (ran) for (const [p, v] of Object.entries(risk.lean)) lean[p] = (lean[p] ?? 0) + (v ?? 0);
    }
    fired.set(source.event, lean);
  }
  return fired;
}

/**
 * The lean of `turn` as it stood at step `last` (the turn's latest step, or the last one before
 * its end), split into the decisions' and the events'. The turn's opening step carries only
 * events' lean (the turn's end clears the lean, then the new turn's events fire); each later
 * step adds the decision's lean and that of any event the decision let fire.
 */
function splitAt(cs: CompiledScenario, steps: readonly StepLike[], turn: number, last: number) {
  const powers = cs.tables.vocab.powers;
  const begin = turnStarts(steps)[turn];
  if (begin === undefined || last < begin) return null;
  const events: Record<PowerId, number> = {};
  const decisions: Record<PowerId, number> = {};
  const eventIds: string[] = [];
  const opening = steps[begin] as StepLike;
  for (const p of powers) {
    events[p] = opening.state.lean[p] ?? 0;
    decisions[p] = 0;
  }
  const note = (fired: Map<string, Lean>) => {
    for (const [id, lean] of fired)
      if (Object.values(lean).some((v) => v !== 0) && !eventIds.includes(id)) eventIds.push(id);
  };
  note(eventLean(cs, opening.explanation));
  for (let i = begin + 1; i <= last; i++) {
    const step = steps[i] as StepLike;
    const before = (steps[i - 1] as StepLike).state.lean;
    const fired = eventLean(cs, step.explanation);
    note(fired);
    for (const p of powers) {
      const fromEvents = [...fired.values()].reduce((a, l) => a + (l[p] ?? 0), 0);
      const moved = (step.state.lean[p] ?? 0) - (before[p] ?? 0);
      events[p] = (events[p] as number) + fromEvents;
      decisions[p] = (decisions[p] as number) + moved - fromEvents;
    }
  }
  const part = (lean: Lean): LeanPart => ({
    lean,
    drift: leanSignals(cs.scenario.rules, cs.scenario.powers, lean).drift,
  });
  return { turn, decisions: part(decisions), events: part(events), eventIds };
}

/** The latest turn's lean so far: what the meter will read from it when the turn ends. */
export function currentLeanSplit(
  cs: CompiledScenario,
  steps: readonly StepLike[],
): LeanSplit | null {
  const last = steps.at(-1);
  if (!last || last.state.phase === 'over') return null;
  return splitAt(cs, steps, last.state.turn, steps.length - 1);
}

/** The lean read at the end of the turn step `end` closed (an end-turn step). */
export function endedLeanSplit(
  cs: CompiledScenario,
  steps: readonly StepLike[],
  end: number,
): LeanSplit | null {
  const step = steps[end];
  if (!step || end < 1) return null;
  const turn = step.explanation.turn;
  if (step.state.turn === turn && step.state.phase !== 'over') return null;
  return splitAt(cs, steps, turn, end - 1);
}

/**
 * The meter's move from the lean at the end of the turn step `end` closed, as the step records
 * it, in two figures that add up to it exactly: the decisions' share and the events'. Null
 * when that step did not move the meter by the lean.
 */
export function leanCauseSplit(
  cs: CompiledScenario,
  steps: readonly StepLike[],
  end: number,
): { readonly decisions: number; readonly events: number } | null {
  const change = steps[end]?.explanation.changes.find((c) => c.indicator === DRIFT);
  const recorded = change?.causes
    .filter((c) => c.source === LEAN_SOURCE)
    .reduce((a, c) => a + c.delta, 0);
  if (recorded === undefined || recorded === 0) return null;
  const split = endedLeanSplit(cs, steps, end);
  if (!split) return null;
  const [decisions, events] = apportion([split.decisions.drift, split.events.drift], recorded) as [
    number,
    number,
  ];
  return { decisions, events };
}

/** The two shares of the lean's move on the meter. */
export type LeanShare = 'decisions' | 'events';

/** A step's cause of a gauge's change, with the lean's move told as its two shares. */
export type SplitCause =
  | { readonly share: null; readonly cause: Cause }
  | { readonly share: LeanShare; readonly delta: number };

/**
 * The causes of `key`'s change at step `index`, the meter's move from the lean (where that
 * step records one) replaced by the decisions' and the events' shares, in that order; a share
 * that rounds to nothing is left out, and the rest still add up to the recorded move.
 */
export function splitLeanCauses(
  cs: CompiledScenario,
  steps: readonly StepLike[],
  index: number,
  key: IndicatorKey,
  causes: readonly Cause[],
): SplitCause[] {
  const out: SplitCause[] = [];
  for (const cause of causes) {
    const split =
      key === DRIFT && cause.source === LEAN_SOURCE ? leanCauseSplit(cs, steps, index) : null;
    if (!split) {
      out.push({ share: null, cause });
      continue;
    }
    for (const share of ['decisions', 'events'] as const)
      if (inSteps(split[share]) !== 0) out.push({ share, delta: split[share] });
  }
  return out;
}

/** A share of the lean in words: "Your decisions this month", "Signalled by this month's events". */
export function leanShareLabel(cs: CompiledScenario, share: LeanShare): string {
  const unit = TEXT.units.word[turnUnitOf(cs)];
  return share === 'decisions' ? TEXT.explain.lean.decisions(unit) : TEXT.explain.lean.events(unit);
}

/** The latest turn's lean so far in figures for the meter's tooltip; null when none. */
export interface LeanSoFar {
  /** The meter's move each share will make at the turn's end, to the tenth, adding up to `total`. */
  readonly decisions: number;
  readonly events: number;
  readonly total: number;
  /** The titles of the events that signalled a lean. */
  readonly eventTitles: readonly string[];
}

export function leanSoFar(cs: CompiledScenario, steps: readonly StepLike[]): LeanSoFar | null {
  const split = currentLeanSplit(cs, steps);
  if (!split) return null;
  const whole = split.decisions.drift + split.events.drift;
  const [decisions, events] = apportion([split.decisions.drift, split.events.drift], whole) as [
    number,
    number,
  ];
  return {
    decisions,
    events,
    total: decisions + events,
    eventTitles: split.eventIds.map((id) => cs.events.get(id)?.title ?? id),
  };
}
