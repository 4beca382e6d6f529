/** Conditions and formulas written in scenario data, evaluated against a state. */
import type { Condition, Formula } from '../scenario/schema';
import { type IndicatorKey, type PowerId, type TierId, tierRank } from './indicators';
import type { View } from './view';

type NumberMap = Partial<Record<string, number>>;

export function evalFormula(formula: Formula, view: View): number {
  let value = formula.base;
  const per = formula.per as NumberMap | undefined;
  if (per) {
    for (const key in per) value += (per[key] as number) * view.ind[key as IndicatorKey];
  }
  return value;
}

export function evalChance(chance: number | Formula, view: View): number {
  const p = typeof chance === 'number' ? chance : evalFormula(chance, view);
  return p < 0 ? 0 : Math.min(p, 1);
}

/**
 * `turnIndex` resolves the turn ids a condition names; the loader has checked
 * they exist, so an unknown id here can only mean no restriction.
 */
export function holds(
  cond: Condition | undefined,
  view: View,
  turnIndex: ReadonlyMap<string, number>,
): boolean {
  if (!cond) return true;
  if (cond.min) {
    for (const key in cond.min)
      if (view.ind[key as IndicatorKey] < (cond.min[key] as number)) return false;
  }
  if (cond.max) {
    for (const key in cond.max)
      if (view.ind[key as IndicatorKey] > (cond.max[key] as number)) return false;
  }
  if (cond.flags && !cond.flags.every((f) => view.hasFlag(f))) return false;
  if (cond.notFlags?.some((f) => view.hasFlag(f))) return false;
  if (cond.tierAtLeast) {
    for (const p in cond.tierAtLeast) {
      const want = cond.tierAtLeast[p] as TierId;
      if (tierRank(view.tiers[p as PowerId]) < tierRank(want)) return false;
    }
  }
  if (cond.tierBelow) {
    for (const p in cond.tierBelow) {
      const limit = cond.tierBelow[p] as TierId;
      if (tierRank(view.tiers[p as PowerId]) >= tierRank(limit)) return false;
    }
  }
  if (cond.fromTurn !== undefined && view.turn < (turnIndex.get(cond.fromTurn) ?? 0)) return false;
  if (
    cond.toTurn !== undefined &&
    view.turn > (turnIndex.get(cond.toTurn) ?? Number.MAX_SAFE_INTEGER)
  ) {
    return false;
  }
  if (cond.leanAtLeast) {
    for (const p in cond.leanAtLeast)
      if (view.lean[p as PowerId] < (cond.leanAtLeast[p] as number)) return false;
  }
  if (cond.leanBelow) {
    for (const p in cond.leanBelow)
      if (view.lean[p as PowerId] >= (cond.leanBelow[p] as number)) return false;
  }
  if (cond.played && !cond.played.every((a) => view.count(`action:${a}`) > 0)) return false;
  if (cond.notPlayed?.some((a) => view.count(`action:${a}`) > 0)) return false;
  if (cond.playedThisTurn && !cond.playedThisTurn.every((a) => view.playedThisTurn.includes(a)))
    return false;
  if (cond.any && !cond.any.some((c) => holds(c, view, turnIndex))) return false;
  return true;
}
