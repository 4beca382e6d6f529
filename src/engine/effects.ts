/** Applies an outcome written in scenario data (certain effects, then risks). */
import type { SourceId } from './sources';
import { type Amounts, chanceAt, type OutcomeContext, type OutcomeTable } from './tables';
import type { Tx } from './tx';

/**
 * `scale` shrinks the certain deltas only (a card played again, rules.cards.repeatFade):
 * its lean and its risks are the signal sent, and that is sent in full every time.
 */
export function applyOutcome(tx: Tx, outcome: OutcomeTable, ctx: OutcomeContext, scale = 1): void {
  addAll(tx, outcome.delta, ctx.source, scale);
  addLean(tx, outcome.lean);
  const tiers = outcome.tiers;
  for (let i = 0; i < tiers.length; i++) {
    const t = tiers[i] as OutcomeTable['tiers'][number];
    tx.setTier(t.power, t.rank, ctx.source);
  }
  for (const f of outcome.setFlags) tx.setFlag(f);
  for (const f of outcome.clearFlags) tx.clearFlag(f);
  if (outcome.news && tx.rec) tx.say(newsOf(ctx, outcome.news));
  const risks = outcome.risks;
  for (let i = 0; i < risks.length; i++) {
    const risk = risks[i] as OutcomeTable['risks'][number];
    // One draw per risk whatever its chance, so that the random stream
    // does not depend on the state and replays stay aligned.
    const roll = tx.p.rng.next();
    if (roll >= chanceAt(risk, tx.p)) continue;
    addAll(tx, risk.delta, risk.source);
    addLean(tx, risk.lean);
    for (const f of risk.setFlags) tx.setFlag(f);
    if (tx.rec) tx.say({ ...newsOf(ctx, risk.text), kind: 'risk', source: risk.source });
    tx.bump(risk.slot);
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

function addAll(tx: Tx, delta: Amounts, source: SourceId, scale = 1): void {
  const { at, by } = delta;
  for (let i = 0; i < at.length; i++) tx.add(at[i] as number, (by[i] as number) * scale, source);
}

function addLean(tx: Tx, lean: Amounts): void {
  const { at, by } = lean;
  for (let i = 0; i < at.length; i++) tx.addLean(at[i] as number, by[i] as number);
}
