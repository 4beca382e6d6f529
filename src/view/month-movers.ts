/**
 * Every gauge that moved over the board's span (the trend each gauge shows: since the latest
 * turn but one began) with every cause of the move. The engine records each change with its
 * causes to the tenth, so the causes of a gauge summed over the span are its move exactly;
 * none is left out: past a few rows, the smallest are summed into one row that says how many
 * it holds. The meter's move from the turn's lean is told as two causes, the player's
 * decisions and the events' signals (lean-split.ts).
 */
import type { CompiledScenario, IndicatorKey, SourceId } from '../engine';
import { TEXT } from '../i18n';
import { inSteps, TENTH } from './apportion';
import { type Actor, describeSource } from './causes';
import { indicatorLabel } from './labels';
import { LEAN_SOURCE, type LeanShare, leanShareLabel, splitLeanCauses } from './lean-split';
import { type StepLike, trendBase } from './steps';

export interface MoverCause {
  readonly actor: Actor;
  readonly label: string;
  /** A shorter label, where there is one (an answer without its event's title). */
  readonly short?: string;
  /** What it moved the gauge by over the span, to the tenth. */
  readonly delta: number;
  /** How many causes the row stands for: more than one only for the row of smaller ones. */
  readonly count: number;
}

export interface Mover {
  readonly key: IndicatorKey;
  readonly name: string;
  readonly value: number;
  /** The move the board shows beside the gauge; its causes' deltas add up to it exactly. */
  readonly delta: number;
  /** Largest first; the last row may stand for several smaller causes together. */
  readonly causes: readonly MoverCause[];
}

interface Sum {
  /** In tenths: whole numbers add up without floating-point dust. */
  tenths: number;
  /** The order it was first met in, for ties. */
  readonly order: number;
}

/** Each cause of `key`'s moves after step `from`, summed by what it names, in tenths. */
function sumCauses(
  cs: CompiledScenario,
  steps: readonly StepLike[],
  key: IndicatorKey,
  from: number,
): Map<string, Sum> {
  const sums = new Map<string, Sum>();
  const add = (id: string, delta: number) => {
    const sum = sums.get(id) ?? { tenths: 0, order: sums.size };
    sum.tenths += inSteps(delta);
    sums.set(id, sum);
  };
  for (let i = from + 1; i < steps.length; i++) {
    const change = steps[i]?.explanation.changes.find((c) => c.indicator === key);
    if (!change) continue;
    for (const c of splitLeanCauses(cs, steps, i, key, change.causes)) {
      if (c.share === null) add(c.cause.source, c.cause.delta);
      else add(`${LEAN_SOURCE}#${c.share}`, c.delta);
    }
  }
  return sums;
}

/** A summed cause in words: a source, or one of the lean's two shares (`rule:lean#events`). */
function causeOf(cs: CompiledScenario, id: string, tenths: number): MoverCause {
  const delta = round(tenths * TENTH);
  const share = id.startsWith(`${LEAN_SOURCE}#`)
    ? (id.slice(LEAN_SOURCE.length + 1) as LeanShare)
    : null;
  if (share)
    return {
      actor: share === 'decisions' ? 'you' : 'world',
      label: leanShareLabel(cs, share),
      delta,
      count: 1,
    };
  return { ...describeSource(cs, id as SourceId, delta), delta, count: 1 };
}

const round = (x: number) => Math.round(x * 10) / 10;

/**
 * Every gauge that moved over the board's span, largest move first, each with its causes:
 * at most `rows` rows, the last standing for all the smaller causes together when there are
 * more. Every row's delta is a whole number of tenths and the rows add up to the move.
 */
export function monthMovers(cs: CompiledScenario, steps: readonly StepLike[], rows = 4): Mover[] {
  const last = steps.at(-1);
  if (!last) return [];
  const from = trendBase(steps);
  const base = steps[from]?.state ?? last.state;
  const out: Mover[] = [];
  for (const key of cs.tables.vocab.keys) {
    const value = last.state.ind[key] ?? 0;
    const moved = inSteps(value - (base.ind[key] ?? value));
    if (moved === 0) continue;
    const sums = [...sumCauses(cs, steps, key, from)]
      .filter(([, s]) => s.tenths !== 0)
      .sort(([, a], [, b]) => Math.abs(b.tenths) - Math.abs(a.tenths) || a.order - b.order);
    const shown = sums.length > rows ? sums.slice(0, Math.max(0, rows - 1)) : sums;
    const causes = shown.map(([id, s]) => causeOf(cs, id, s.tenths));
    const rest = sums.slice(shown.length);
    if (rest.length > 0) {
      const tenths = rest.reduce((a, [, s]) => a + s.tenths, 0);
      causes.push({
        actor: 'rules',
        label: TEXT.explain.movers.other(rest.length),
        delta: round(tenths * TENTH),
        count: rest.length,
      });
    }
    out.push({
      key,
      name: indicatorLabel(cs.scenario.powers, key).name,
      value,
      delta: round(moved * TENTH),
      causes,
    });
  }
  return out.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
}
