/**
 * A turn's lean, split by who signalled it. The powers read the lean as the turn ends and the
 * bamboo meter moves with it, but the lean is not only the player's: an event can signal one
 * too (an aircraft carrier calling at Đà Nẵng leans toward Washington whatever Hà Nội decides).
 * The engine keeps one lean per power; this tells apart the part the player's decisions (cards,
 * answers and the risks they ran) added from the part the turn's events added, so a screen can
 * say "your decisions" and "this month's events" separately, and the two always add up.
 */
import {
  type CompiledScenario,
  type Explanation,
  type IndicatorKey,
  leanSignals,
  type PowerId,
  sourceOf,
} from '../engine';
import { apportion } from './apportion';
import { type StepLike, turnStarts } from './steps';

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
