/** Applies an outcome written in scenario data (certain effects, then risks). */
import type { Outcome, Place, Risk } from '../scenario/schema';
import { evalChance } from './conditions';
import type { NewsKind } from './explain';
import type { IndicatorKey, PowerId, TierId } from './indicators';
import type { Tx } from './tx';

export interface OutcomeContext {
  readonly source: string;
  readonly kind: NewsKind;
  readonly power?: PowerId;
  readonly place?: Place;
}

const riskSources = new WeakMap<Risk, string>();

function riskSource(risk: Risk): string {
  let source = riskSources.get(risk);
  if (source === undefined) {
    source = `risk:${risk.id}`;
    riskSources.set(risk, source);
  }
  return source;
}

export function applyOutcome(tx: Tx, outcome: Outcome, ctx: OutcomeContext): void {
  addAll(tx, outcome.delta, ctx.source);
  addLean(tx, outcome.lean);
  if (outcome.tier) {
    for (const p in outcome.tier)
      tx.setTier(p as PowerId, outcome.tier[p as PowerId] as TierId, ctx.source);
  }
  if (outcome.setFlags) for (const f of outcome.setFlags) tx.setFlag(f);
  if (outcome.clearFlags) for (const f of outcome.clearFlags) tx.clearFlag(f);
  if (outcome.news && tx.recording) tx.say(newsOf(ctx, outcome.news));
  if (outcome.risks) {
    for (const risk of outcome.risks) {
      // One draw per risk whatever its chance, so that the random stream
      // does not depend on the state and replays stay aligned.
      const roll = tx.rng.next();
      if (roll >= evalChance(risk.chance, tx)) continue;
      const source = riskSource(risk);
      addAll(tx, risk.delta, source);
      addLean(tx, risk.lean);
      if (risk.setFlags) for (const f of risk.setFlags) tx.setFlag(f);
      if (tx.recording) tx.say({ ...newsOf(ctx, risk.text), kind: 'risk', source });
      tx.bump(source);
    }
  }
}

function newsOf(ctx: OutcomeContext, text: string) {
  return {
    kind: ctx.kind,
    source: ctx.source,
    text,
    ...(ctx.power ? { power: ctx.power } : {}),
    ...(ctx.place ? { place: ctx.place } : {}),
  };
}

function addAll(tx: Tx, delta: Partial<Record<string, number>> | undefined, source: string): void {
  if (!delta) return;
  for (const key in delta) tx.add(key as IndicatorKey, delta[key] as number, source);
}

function addLean(tx: Tx, lean: Partial<Record<string, number>> | undefined): void {
  if (!lean) return;
  for (const p in lean) tx.addLean(p as PowerId, lean[p] as number);
}
