/**
 * What a month's lean signals to the powers, before anything random happens.
 * Shared by the end-of-turn rules, the bamboo bot and the previews the
 * screens show, so a preview can never disagree with what the turn then does.
 */

import { POWER_SLOT, POWERS, type PowerId } from './indicators';
import type { Power, Rules } from './scenario';

export interface LeanSignals {
  /** Movement of autonomy.drift before it fades. */
  readonly drift: number;
  /** Per power: suspicion added for leaning to its rivals, and removed for leaning to it. */
  readonly rivalLean: Readonly<Record<PowerId, number>>;
  readonly reassured: Readonly<Record<PowerId, number>>;
}

/** The same numbers by power slot (cn, us, jp), written into a caller's record. */
export interface PackedSignals {
  drift: number;
  readonly rivalLean: number[];
  readonly reassured: number[];
}

export function packedSignals(): PackedSignals {
  return { drift: 0, rivalLean: [0, 0, 0], reassured: [0, 0, 0] };
}

/** A scenario's lean rules by power slot (cn, us, jp), read once into numbers (tables.ts). */
export interface SignalTable {
  readonly perLean: number;
  readonly driftWeight: readonly number[];
  /** The slots of each power's rivals, in the order the scenario lists them. */
  readonly rivals: readonly (readonly number[])[];
  readonly perRivalLean: readonly number[];
  readonly reassurancePerLean: readonly number[];
  readonly suspicionDecay: readonly number[];
}

export function signalTable(rules: Rules, powers: Readonly<Record<PowerId, Power>>): SignalTable {
  const each = (f: (p: PowerId) => number) => POWERS.map(f);
  return {
    perLean: rules.drift.perLean,
    driftWeight: each((p) => rules.drift.weights[p]),
    rivals: POWERS.map((p) => powers[p].rivals.map((r) => POWER_SLOT[r])),
    perRivalLean: each((p) => powers[p].suspicionPerRivalLean),
    reassurancePerLean: each((p) => powers[p].reassurancePerLean),
    suspicionDecay: each((p) => powers[p].suspicionDecay),
  };
}

/**
 * `leanSignals` from the leans by power slot, into `out`: it runs at every
 * turn's end and for every decision the bamboo bot weighs, so it allocates
 * nothing and looks nothing up by name. The sums run in the order they always
 * have (rivals as listed; drift cn, us, jp), so the numbers are the same.
 */
export function leanSignalsInto(
  t: SignalTable,
  lean: readonly number[],
  out: PackedSignals,
): PackedSignals {
  for (let s = 0; s < 3; s++) {
    const rivals = t.rivals[s] as readonly number[];
    let rival = 0;
    for (let i = 0; i < rivals.length; i++)
      rival += Math.max(0, lean[rivals[i] as number] as number);
    out.rivalLean[s] = rival * (t.perRivalLean[s] as number);
    out.reassured[s] = -Math.max(0, lean[s] as number) * (t.reassurancePerLean[s] as number);
  }
  const w = t.driftWeight;
  out.drift =
    ((w[0] as number) * (lean[0] as number) +
      (w[1] as number) * (lean[1] as number) +
      (w[2] as number) * (lean[2] as number)) *
    t.perLean;
  return out;
}

export function leanSignals(
  rules: Rules,
  powers: Readonly<Record<PowerId, Power>>,
  lean: Readonly<Record<PowerId, number>>,
): LeanSignals {
  const s = leanSignalsInto(
    signalTable(rules, powers),
    [lean.cn, lean.us, lean.jp],
    packedSignals(),
  );
  const at = (list: number[], i: number) => list[i] as number;
  return {
    drift: s.drift,
    rivalLean: { cn: at(s.rivalLean, 0), us: at(s.rivalLean, 1), jp: at(s.rivalLean, 2) },
    reassured: { cn: at(s.reassured, 0), us: at(s.reassured, 1), jp: at(s.reassured, 2) },
  };
}

/**
 * Public mood lost at a turn's end for leaning toward Beijing: concessions
 * cost more the angrier the public already is. The end-of-turn rule and the
 * previews both call this, so a preview cannot disagree with the turn.
 */
export function capitulationBite(
  rules: Rules,
  leanTowardBeijing: number,
  nationalism: number,
): number {
  return leanTowardBeijing > 0
    ? leanTowardBeijing * rules.home.capitulationBite * (nationalism / 100)
    : 0;
}
