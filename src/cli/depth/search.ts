/**
 * The search for the strongest fixed plan: every combination of up to
 * `maxCards` cards (in scenario order, played every month they are legal)
 * with every answer rule. Too many plans to play each on every seed, so the
 * search halves its way down (successive halving): all plans on a few
 * seeds, the best on four times as many, and so on, until the last few are
 * played on the full seed list and ranked by median. Every plan plays the
 * same seeds and a plan's score on a seed never changes between rounds
 * (the same dice and the same private stream), so later rounds only add
 * seeds, and two plans are always compared on equal luck.
 */
import type { CompiledScenario } from '../../engine';
import { type Spread, spreadOf } from '../balance/run';
import { ANSWER_RULES, type AnswerRule } from './answers';
import { finalState, mean, resultOf, round, seedList } from './games';
import { type Plan, planPolicy } from './plan';

export interface SearchOptions {
  /** Seeds of the final round (the report's game count). */
  readonly games: number;
  /** Seeds every plan is first screened on. */
  readonly screenSeeds: number;
  /** Plans kept after the first round; each later round keeps a quarter, down to `finalists`. */
  readonly keep: number;
  readonly finalists: number;
  /** Also kept each round: the best plans of every answer rule, so each rule reaches the final. */
  readonly perRule: number;
  readonly maxCards: number;
  readonly answers?: readonly AnswerRule[];
  /** Progress: games played in this round (counting from 1), of how many, and the round (from 0). */
  readonly onGames?: (done: number, total: number, round: number) => void;
}

export const DEFAULT_SEARCH = {
  screenSeeds: 1,
  keep: 240,
  finalists: 10,
  perRule: 2,
  maxCards: 3,
} as const;

export interface RoundReport {
  readonly seeds: number;
  readonly plans: number;
  readonly kept: number;
  /** Mean score of the best plan on this round's seeds. */
  readonly bestMean: number;
  /** The same of the last plan kept on merit (not per rule); null in the last round, which cuts nothing. */
  readonly cutoffMean: number | null;
  /** Where the final winner stood in this round (1 = first). */
  readonly winnerRank: number;
}

export interface RotationResult {
  readonly cards: readonly string[];
  readonly answers: AnswerRule;
  readonly games: number;
  readonly median: number;
  readonly score: Spread;
  readonly masterShare: number;
}

export interface SearchReport {
  readonly best: RotationResult;
  /** The finalists, best first. */
  readonly finalists: readonly RotationResult[];
  readonly plans: number;
  readonly cards: number;
  readonly maxCards: number;
  readonly answerRules: readonly AnswerRule[];
  readonly rounds: readonly RoundReport[];
  readonly gamesPlayed: number;
}

/** Every combination of up to `max` of `items`, in their order, the empty one first. */
export function combinations<T>(items: readonly T[], max: number): T[][] {
  const out: T[][] = [[]];
  const grow = (start: number, prefix: T[]) => {
    if (prefix.length === max) return;
    for (let i = start; i < items.length; i++) {
      const next = [...prefix, items[i] as T];
      out.push(next);
      grow(i + 1, next);
    }
  };
  grow(0, []);
  return out.sort((a, b) => a.length - b.length);
}

interface Candidate {
  readonly plan: Plan;
  readonly key: string;
  readonly scores: number[];
  readonly masters: boolean[];
}

export function searchRotations(cs: CompiledScenario, opts: SearchOptions): SearchReport {
  const answers = opts.answers ?? ANSWER_RULES;
  const cards = cs.scenario.actions.map((a) => a.id);
  const combos = combinations(cards, opts.maxCards);
  let pool: Candidate[] = [];
  for (const rule of answers)
    for (const combo of combos)
      pool.push({
        plan: { cards: combo, answers: rule },
        key: `${rule}:${combo.join('+')}`,
        scores: [],
        masters: [],
      });
  const plans = pool.length;
  let played = 0;
  const allSeeds = seedList(opts.games);
  const playTo = (c: Candidate, seeds: number) => {
    if (c.scores.length >= seeds) return;
    const policy = planPolicy(c.plan);
    for (const seed of allSeeds.slice(c.scores.length, seeds)) {
      const r = resultOf(finalState(cs, seed, policy));
      c.scores.push(r.score);
      c.masters.push(r.master);
      played++;
    }
  };

  const rounds: (Omit<RoundReport, 'winnerRank'> & { order: string[] })[] = [];
  let seeds = Math.min(opts.screenSeeds, opts.games);
  let keep = opts.keep;
  for (let r = 0; ; r++) {
    const final = seeds >= opts.games;
    const before = played;
    const total = pool.reduce((a, c) => a + Math.max(0, seeds - c.scores.length), 0);
    for (const c of pool) {
      playTo(c, seeds);
      opts.onGames?.(played - before, total, r);
    }
    const ranked = final ? rankFinal(pool) : rankScreen(pool, seeds);
    const nextSeeds = Math.min(seeds * 4, opts.games);
    // The round before the last keeps only the finalists.
    const keepNow = final ? ranked.length : nextSeeds >= opts.games ? opts.finalists : keep;
    const kept = final ? ranked : keepBest(ranked, keepNow, opts.perRule);
    rounds.push({
      seeds,
      plans: pool.length,
      kept: kept.length,
      bestMean: round(mean(ranked[0]?.scores.slice(0, seeds) ?? [])),
      cutoffMean: final
        ? null
        : round(mean(ranked[Math.min(keepNow, ranked.length) - 1]?.scores.slice(0, seeds) ?? [])),
      order: ranked.map((c) => c.key),
    });
    pool = kept;
    if (final) break;
    seeds = nextSeeds;
    keep = Math.max(opts.finalists, Math.floor(keep / 4));
  }
  const results = pool.map(resultOfCandidate);
  const best = results[0];
  if (!best) throw new Error('the search found no plan');
  const winner = pool[0]?.key ?? '';
  return {
    best,
    finalists: results,
    plans,
    cards: cards.length,
    maxCards: opts.maxCards,
    answerRules: answers,
    rounds: rounds.map(({ order, ...r }) => ({ ...r, winnerRank: order.indexOf(winner) + 1 })),
    gamesPlayed: played,
  };
}

/** Screening order: mean over the round's seeds (steadier than a median of few), then by key. */
function rankScreen(pool: readonly Candidate[], seeds: number): Candidate[] {
  const m = new Map(pool.map((c) => [c, mean(c.scores.slice(0, seeds))] as const));
  return [...pool].sort(
    (a, b) => (m.get(b) as number) - (m.get(a) as number) || (a.key < b.key ? -1 : 1),
  );
}

/** Final order: median, then mean, then share of master endings. */
function rankFinal(pool: readonly Candidate[]): Candidate[] {
  const s = new Map(pool.map((c) => [c, spreadOf(c.scores)] as const));
  const share = (c: Candidate) => c.masters.filter(Boolean).length;
  return [...pool].sort((a, b) => {
    const x = s.get(a) as Spread;
    const y = s.get(b) as Spread;
    return (
      y.median - x.median || y.mean - x.mean || share(b) - share(a) || (a.key < b.key ? -1 : 1)
    );
  });
}

/** The best `keep` of a ranked pool, and the best `perRule` of each answer rule. */
function keepBest(ranked: readonly Candidate[], keep: number, perRule: number): Candidate[] {
  const chosen = new Set(ranked.slice(0, keep));
  const perRuleCount = new Map<AnswerRule, number>();
  for (const c of ranked) {
    const n = perRuleCount.get(c.plan.answers) ?? 0;
    if (n >= perRule) continue;
    perRuleCount.set(c.plan.answers, n + 1);
    chosen.add(c);
  }
  return ranked.filter((c) => chosen.has(c));
}

function resultOfCandidate(c: Candidate): RotationResult {
  const score = spreadOf(c.scores);
  return {
    cards: c.plan.cards,
    answers: c.plan.answers,
    games: c.scores.length,
    median: score.median,
    score,
    masterShare: round(c.masters.filter(Boolean).length / c.masters.length, 3),
  };
}
