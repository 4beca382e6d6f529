/**
 * What a month's lean signals to the powers, before anything random happens.
 * Shared by the end-of-turn rules and the previews the screens show, so a
 * preview can never disagree with what the turn then does.
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

export function leanSignals(
  rules: Rules,
  powers: Readonly<Record<PowerId, Power>>,
  lean: Readonly<Record<PowerId, number>>,
): LeanSignals {
  const w = rules.drift.weights;
  const rivalLean = { cn: 0, us: 0, jp: 0 };
  const reassured = { cn: 0, us: 0, jp: 0 };
  for (const p of POWERS) {
    const power = powers[p];
    let rival = 0;
    for (const r of power.rivals) rival += Math.max(0, lean[r]);
    rivalLean[p] = rival * power.suspicionPerRivalLean;
    reassured[p] = -Math.max(0, lean[p]) * power.reassurancePerLean;
  }
  return {
    drift: (w.cn * lean.cn + w.us * lean.us + w.jp * lean.jp) * rules.drift.perLean,
    rivalLean,
    reassured,
  };
}
