/**
 * What a replay file says about its own ending, checked against what the
 * replay gives. The recorded hash is checked by the engine; the score,
 * outcome and month are not part of it, so a file can lie about them and
 * still replay. A teacher is told when it does.
 */
import type { GameState, OutcomeId, Replay } from '../engine';

/** One thing the file's `final` block claims that the replay does not give. */
export type FalseClaim =
  | { readonly field: 'score'; readonly claimed: number | null; readonly actual: number | null }
  | {
      readonly field: 'outcome';
      readonly claimed: string | null;
      readonly actual: OutcomeId | null;
    }
  | { readonly field: 'over'; readonly claimed: boolean; readonly actual: boolean }
  | { readonly field: 'turn'; readonly claimed: number; readonly actual: number };

/** Every false claim in the file's `final` block (none when it has none). */
export function falseClaims(replay: Replay, state: GameState): FalseClaim[] {
  const final = replay.final;
  if (!final) return [];
  const out: FalseClaim[] = [];
  const over = state.phase === 'over';
  const score = state.ending?.score.total ?? null;
  if (!sameNumber(final.score, score)) {
    out.push({ field: 'score', claimed: final.score, actual: score });
  }
  const outcome = state.ending?.outcome ?? null;
  if (final.outcome !== outcome)
    out.push({ field: 'outcome', claimed: final.outcome, actual: outcome });
  if (final.over !== over) out.push({ field: 'over', claimed: final.over, actual: over });
  if (final.turn !== state.turn)
    out.push({ field: 'turn', claimed: final.turn, actual: state.turn });
  return out;
}

function sameNumber(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : Math.abs(a - b) < 1e-9;
}
