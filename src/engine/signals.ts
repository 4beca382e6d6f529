/**
 * What a month's lean signals to the powers, before anything random happens.
 * Shared by the end-of-turn rules, the bamboo bot and the previews the
 * screens show, so a preview can never disagree with what the turn then does.
 */
import type { Power, Rules } from '../scenario/schema';
import { POWERS, type PowerId } from './indicators';

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

/**
 * `leanSignals` from the three leans, into `out`: it runs at every turn's end
 * and for every decision the bamboo bot weighs, so it allocates nothing.
 */
export function leanSignalsInto(
  rules: Rules,
  powers: Readonly<Record<PowerId, Power>>,
  cn: number,
  us: number,
  jp: number,
  out: PackedSignals,
): PackedSignals {
  const w = rules.drift.weights;
  for (let s = 0; s < POWERS.length; s++) {
    const p = POWERS[s] as PowerId;
    const power = powers[p];
    let rival = 0;
    for (const r of power.rivals) rival += Math.max(0, r === 'cn' ? cn : r === 'us' ? us : jp);
    out.rivalLean[s] = rival * power.suspicionPerRivalLean;
    out.reassured[s] =
      -Math.max(0, p === 'cn' ? cn : p === 'us' ? us : jp) * power.reassurancePerLean;
  }
  out.drift = (w.cn * cn + w.us * us + w.jp * jp) * rules.drift.perLean;
  return out;
}

export function leanSignals(
  rules: Rules,
  powers: Readonly<Record<PowerId, Power>>,
  lean: Readonly<Record<PowerId, number>>,
): LeanSignals {
  const s = leanSignalsInto(rules, powers, lean.cn, lean.us, lean.jp, packedSignals());
  const at = (list: number[], i: number) => list[i] as number;
  return {
    drift: s.drift,
    rivalLean: { cn: at(s.rivalLean, 0), us: at(s.rivalLean, 1), jp: at(s.rivalLean, 2) },
    reassured: { cn: at(s.reassured, 0), us: at(s.reassured, 1), jp: at(s.reassured, 2) },
  };
}
