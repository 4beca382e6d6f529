/**
 * Credibility: courting rivals hard in the same turn does not cancel out.
 * Drift is a signed sum, so a month that leans hard toward Beijing and hard
 * toward Washington would look neutral; each capital sees instead a partner
 * that says whatever the last visitor wanted to hear. A lean of at least the
 * threshold toward a power and toward one of its rivals raises the
 * suspicion of both and costs relations with both, in proportion to the
 * smaller of the two leans (the part that contradicts the other).
 */
import type { Rules } from './scenario';
import type { SignalTable } from './signals';
import type { Tx } from './tx';

/** The strongest lean toward one of `s`'s rivals this turn. */
function rivalLean(lean: readonly number[], rivals: readonly number[]): number {
  let most = 0;
  for (let i = 0; i < rivals.length; i++) {
    const l = lean[rivals[i] as number] as number;
    if (l > most) most = l;
  }
  return most;
}

/** Runs at a turn's end, after the lean signals and before the powers react. */
export function applyCredibility(tx: Tx, rules: Rules, table: SignalTable): void {
  const { threshold, suspicion, relations } = rules.credibility;
  const lean = tx.p.lean;
  // Per power slot: the scenario's vocabulary (vocabulary.ts).
  const { relation: RELATION, suspicion: SUSPICION } = tx.p.layout.vocab;
  for (let s = 0; s < table.rivals.length; s++) {
    const own = lean[s] as number;
    if (own < threshold) continue;
    const rival = rivalLean(lean, table.rivals[s] as readonly number[]);
    if (rival < threshold) continue;
    // Each side judges the lean toward its rival that contradicts its own.
    const contradiction = Math.min(own, rival);
    tx.add(SUSPICION[s] as number, contradiction * suspicion, 'rule:credibility');
    tx.add(RELATION[s] as number, -contradiction * relations, 'rule:credibility');
  }
}
