/**
 * Plays the balance report's games: N seeded games per policy on the fast
 * simulation path, tallying scores, outcomes, final tiers and the cards played.
 */
import {
  type CompiledScenario,
  type GameAction,
  newGame,
  type OutcomeId,
  type Policy,
  policyRng,
  simulate,
  TIERS,
} from '../../engine';

export interface Spread {
  readonly mean: number;
  readonly sd: number;
  readonly min: number;
  readonly p10: number;
  readonly median: number;
  readonly p90: number;
  readonly max: number;
}

export interface PolicyReport {
  readonly policy: string;
  readonly games: number;
  readonly score: Spread;
  /** Share of games ending in each outcome. */
  readonly outcomes: Readonly<Partial<Record<OutcomeId, number>>>;
  readonly collapse: number;
  /** Share of games ending with every partnership at the top tier. */
  readonly allTopTier: number;
  /** Cards played, in all games together. */
  readonly plays: Readonly<Record<string, number>>;
  readonly playsPerGame: number;
  /** The most played card and its share of all plays (0 when nothing was played). */
  readonly topAction: { readonly id: string | null; readonly share: number };
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

export function spreadOf(values: readonly number[]): Spread {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return { mean: 0, sd: 0, min: 0, p10: 0, median: 0, p90: 0, max: 0 };
  const mean = s.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(s.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
  const at = (q: number) => s[Math.min(n - 1, Math.floor(q * n))] ?? 0;
  return {
    mean: round(mean),
    sd: round(sd),
    min: round(s[0] ?? 0),
    p10: round(at(0.1)),
    median: round(at(0.5)),
    p90: round(at(0.9)),
    max: round(s[n - 1] ?? 0),
  };
}

const TOP_TIER = TIERS[TIERS.length - 1];

export function seedOf(index: number): string {
  return `balance-${index}`;
}

export function playPolicy(
  cs: CompiledScenario,
  policy: Policy,
  games: number,
  onGame?: (done: number) => void,
): PolicyReport {
  const scores: number[] = [];
  const outcomes: Partial<Record<OutcomeId, number>> = {};
  const plays: Record<string, number> = {};
  let collapses = 0;
  let top = 0;
  let played = 0;
  const tally = (d: GameAction) => {
    if (d.type !== 'play') return;
    plays[d.action] = (plays[d.action] ?? 0) + 1;
    played++;
  };
  for (let i = 0; i < games; i++) {
    const seed = seedOf(i);
    const end = simulate(cs, newGame(cs, seed).state, policy, policyRng(seed, policy.name), {
      onDecision: tally,
    });
    if (!end?.ending) throw new Error(`${policy.name} did not finish game ${seed}`);
    scores.push(end.ending.score.total);
    outcomes[end.ending.outcome] = (outcomes[end.ending.outcome] ?? 0) + 1;
    if (end.ending.collapse) collapses++;
    if (Object.keys(cs.scenario.powers).every((p) => end.tiers[p] === TOP_TIER)) top++;
    onGame?.(i + 1);
  }
  const share: Partial<Record<OutcomeId, number>> = {};
  for (const k of Object.keys(outcomes).sort() as OutcomeId[])
    share[k] = round((outcomes[k] ?? 0) / games, 3);
  let topId: string | null = null;
  for (const [id, n] of Object.entries(plays))
    if (topId === null || n > (plays[topId] ?? 0)) topId = id;
  return {
    policy: policy.name,
    games,
    score: spreadOf(scores),
    outcomes: share,
    collapse: round(collapses / games, 3),
    allTopTier: round(top / games, 3),
    plays: Object.fromEntries(
      Object.entries(plays).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
    ),
    playsPerGame: round(played / games, 2),
    topAction: { id: topId, share: topId ? round((plays[topId] ?? 0) / played, 3) : 0 },
  };
}
