/**
 * What a month's lean signals to the powers, before anything random happens.
 * Shared by the end-of-turn rules, the bamboo bot and the previews the
 * screens show, so a preview can never disagree with what the turn then does.
 */

import type { PowerId } from './indicators';
import type { Power, Rules } from './scenario';

export interface LeanSignals {
  /** Movement of autonomy.drift before it fades. */
  readonly drift: number;
  /** Per power: suspicion added for leaning to its rivals, and removed for leaning to it. */
  readonly rivalLean: Readonly<Record<PowerId, number>>;
  readonly reassured: Readonly<Record<PowerId, number>>;
}

/** The same numbers by power slot, written into a caller's record. */
export interface PackedSignals {
  drift: number;
  readonly rivalLean: number[];
  readonly reassured: number[];
}

export function packedSignals(powers = 6): PackedSignals {
  const zeros = () => Array.from({ length: powers }, () => 0);
  return { drift: 0, rivalLean: zeros(), reassured: zeros() };
}

/** A scenario's lean rules by power slot, read once into numbers (tables.ts). */
export interface SignalTable {
  readonly perLean: number;
  readonly driftWeight: readonly number[];
  /** The slots of each power's rivals, in the order the scenario lists them. */
  readonly rivals: readonly (readonly number[])[];
  readonly perRivalLean: readonly number[];
  readonly reassurancePerLean: readonly number[];
  readonly suspicionDecay: readonly number[];
  /** How much a lean toward each power counts as a concession (home.backlash). */
  readonly backlash: readonly number[];
}

export function signalTable(rules: Rules, powers: Readonly<Record<PowerId, Power>>): SignalTable {
  const ids = Object.keys(powers);
  const slot = new Map(ids.map((p, i) => [p, i] as const));
  const each = (f: (p: PowerId) => number) => ids.map(f);
  const power = (p: PowerId) => powers[p] as Power;
  return {
    perLean: rules.drift.perLean,
    driftWeight: each((p) => rules.drift.weights[p] ?? 0),
    rivals: ids.map((p) =>
      power(p)
        .rivals.map((r) => slot.get(r))
        .filter((s) => s !== undefined),
    ),
    perRivalLean: each((p) => power(p).suspicionPerRivalLean),
    reassurancePerLean: each((p) => power(p).reassurancePerLean),
    suspicionDecay: each((p) => power(p).suspicionDecay),
    backlash: each((p) => rules.home.backlash[p] ?? 0),
  };
}

/**
 * `leanSignals` from the leans by power slot, into `out`: it runs at every
 * turn's end and for every decision the bamboo bot weighs, so it allocates
 * nothing and looks nothing up by name. The sums run in the scenario's order
 * (rivals as listed; drift power by power), so the numbers never depend on
 * anything else.
 */
export function leanSignalsInto(
  t: SignalTable,
  lean: readonly number[],
  out: PackedSignals,
): PackedSignals {
  const n = t.driftWeight.length;
  const w = t.driftWeight;
  let drift = 0;
  for (let s = 0; s < n; s++) {
    const rivals = t.rivals[s] as readonly number[];
    let rival = 0;
    for (let i = 0; i < rivals.length; i++)
      rival += Math.max(0, lean[rivals[i] as number] as number);
    out.rivalLean[s] = rival * (t.perRivalLean[s] as number);
    out.reassured[s] = -Math.max(0, lean[s] as number) * (t.reassurancePerLean[s] as number);
    drift += (w[s] as number) * (lean[s] as number);
  }
  out.drift = drift * t.perLean;
  return out;
}

export function leanSignals(
  rules: Rules,
  powers: Readonly<Record<PowerId, Power>>,
  lean: Readonly<Record<PowerId, number>>,
): LeanSignals {
  const ids = Object.keys(powers);
  const s = leanSignalsInto(
    signalTable(rules, powers),
    ids.map((p) => lean[p] ?? 0),
    packedSignals(ids.length),
  );
  const byPower = (list: number[]) =>
    Object.fromEntries(ids.map((p, i) => [p, list[i] as number])) as Record<PowerId, number>;
  return { drift: s.drift, rivalLean: byPower(s.rivalLean), reassured: byPower(s.reassured) };
}

/** How far a turn's leans count as concessions: each lean toward a power, by its backlash. */
export function concededAt(t: SignalTable, lean: readonly number[]): number {
  let conceded = 0;
  for (let s = 0; s < t.backlash.length; s++) {
    const b = t.backlash[s] as number;
    const l = lean[s] as number;
    if (b !== 0 && l > 0) conceded += l * b;
  }
  return conceded;
}

/**
 * Public mood lost at a turn's end for conceding (leaning toward the powers
 * the nationalists resent): concessions cost more the angrier the public
 * already is. The end-of-turn rule and the previews both call this, so a
 * preview cannot disagree with the turn.
 */
export function capitulationBite(rules: Rules, conceded: number, nationalism: number): number {
  return conceded > 0 ? conceded * rules.home.capitulationBite * (nationalism / 100) : 0;
}
