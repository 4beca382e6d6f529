/**
 * Whether each month poses a real decision. The lookahead bot plays the
 * shared seeds; at every event it answers and at the month's first card it
 * plays, the values it gives each candidate (its own simulated futures, the
 * same rollouts it decides by) are kept. A decision is real when getting it
 * wrong costs something and no routine answer is right every time: a strategy
 * player would not call "always pick X" a decision, nor a choice between two
 * answers that end the same.
 */
import type { CompiledScenario, GameAction, Policy } from '../../engine';
import { lookaheadChooseAt, lookaheadValues } from '../../engine/bots/lookahead';
import { newPacked } from '../../engine/game';
import type { Packed } from '../../engine/packed';
import { policyRng } from '../../engine/play';
import { RngCursor, seedRng } from '../../engine/rng';
import { registerPacked, simulatePacked } from '../../engine/sim';
import { spreadOf } from '../balance/run';
import { round } from './games';

/** The decision a month's first card makes, beside its events'. */
export const CARDS = 'cards';

/** What "real" takes, in points of score (0–100). */
export interface RealDecisionRule {
  /** The median gap between the best and the worst candidate must reach this. */
  readonly stakes: number;
  /** A seed counts against the routine when the routine's answer loses at least this much... */
  readonly regret: number;
  /** ...and the routine must lose that much on at least this share of seeds. */
  readonly share: number;
  /** The decision must come up in at least this share of games (a rare random event is no month's decision). */
  readonly reach: number;
}

export const REAL_DECISION: RealDecisionRule = { stakes: 2, regret: 0.5, share: 0.25, reach: 0.5 };

/** One seed's view of one decision: each candidate that was legal, with its value. */
export type SeedValues = ReadonlyMap<string, number>;

export interface DecisionDepth {
  /** An event's id, or "cards" for the month's first card. */
  readonly id: string;
  readonly seeds: number;
  readonly options: number;
  /** Median over seeds of best − worst. */
  readonly gap: number;
  /** Median over seeds of best − second best. */
  readonly close: number;
  /** The answer most often best, and the share of seeds where something else was. */
  readonly modal: string;
  readonly otherBestShare: number;
  /**
   * The routine: a fixed order of preference, each seed taking the first
   * candidate on offer (the best of three orders: most often best, best on
   * average, least lost on average). The share of seeds on which it loses
   * at least `regret` to the seed's best.
   */
  readonly routineLosesShare: number;
  /** What the routine lost on each seed, largest first. */
  readonly regrets: readonly number[];
  readonly real: boolean;
}

export interface MonthDepth {
  readonly month: string;
  readonly label: string;
  /** Every decision measured in the month, the strongest first. */
  readonly decisions: readonly DecisionDepth[];
  readonly real: boolean;
  /** Whether one of the month's events is a real decision (the hand aside). */
  readonly realEvent: boolean;
}

/** How one decision behaves over the seeds it came up on. */
export function judgeDecision(
  id: string,
  perSeed: readonly SeedValues[],
  games: number,
  rule: RealDecisionRule = REAL_DECISION,
): DecisionDepth {
  const bestOf = (m: SeedValues): string | null => {
    let best: string | null = null;
    let v = Number.NEGATIVE_INFINITY;
    for (const [k, x] of m)
      if (x > v) {
        v = x;
        best = k;
      }
    return best;
  };
  const wins = new Map<string, number>();
  const totals = new Map<string, { sum: number; n: number }>();
  const gaps: number[] = [];
  const closes: number[] = [];
  const names = new Set<string>();
  for (const m of perSeed) {
    const values = [...m.values()].sort((a, b) => b - a);
    for (const [k, x] of m) {
      names.add(k);
      const t = totals.get(k) ?? { sum: 0, n: 0 };
      t.sum += x;
      t.n++;
      totals.set(k, t);
    }
    if (values.length < 2) continue;
    gaps.push((values[0] as number) - (values.at(-1) as number));
    closes.push((values[0] as number) - (values[1] as number));
    const b = bestOf(m);
    if (b !== null) wins.set(b, (wins.get(b) ?? 0) + 1);
  }
  // A routine is a fixed order of preference: take the first candidate on offer. Three
  // orders are tried (most often best, best on average, least lost on average) and the
  // routine is whichever loses least: the decision must beat the best of them.
  const avg = (k: string) => {
    const t = totals.get(k);
    return t ? t.sum / t.n : Number.NEGATIVE_INFINITY;
  };
  const lost = new Map<string, { sum: number; n: number }>();
  for (const m of perSeed) {
    const best = Math.max(...m.values());
    for (const [k, x] of m) {
      const t = lost.get(k) ?? { sum: 0, n: 0 };
      t.sum += best - x;
      t.n++;
      lost.set(k, t);
    }
  }
  const avgLost = (k: string) => {
    const t = lost.get(k);
    return t ? t.sum / t.n : Number.POSITIVE_INFINITY;
  };
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const all = [...names];
  const orders = [
    [...all].sort(
      (a, b) => (wins.get(b) ?? 0) - (wins.get(a) ?? 0) || avg(b) - avg(a) || byName(a, b),
    ),
    [...all].sort((a, b) => avg(b) - avg(a) || byName(a, b)),
    [...all].sort((a, b) => avgLost(a) - avgLost(b) || byName(a, b)),
  ];
  const routineOf = (order: readonly string[]) => {
    const regrets: number[] = [];
    let loses = 0;
    for (const m of perSeed) {
      if (m.size < 2) continue;
      const best = Math.max(...m.values());
      const pick = order.find((k) => m.has(k));
      const regret = pick === undefined ? 0 : best - (m.get(pick) as number);
      regrets.push(regret);
      if (regret >= rule.regret - 1e-9) loses++;
    }
    return { regrets, loses, total: regrets.reduce((a, b) => a + b, 0) };
  };
  const routines = orders.map(routineOf);
  let routine = routines[0] as ReturnType<typeof routineOf>;
  for (const r of routines)
    if (r.loses < routine.loses || (r.loses === routine.loses && r.total < routine.total - 1e-9))
      routine = r;
  const modal = orders[0]?.[0] ?? '';
  let counted = 0;
  let otherBest = 0;
  for (const m of perSeed) {
    if (m.size < 2) continue;
    counted++;
    if (bestOf(m) !== modal) otherBest++;
  }
  const routineLoses = routine.loses;
  const regrets = routine.regrets;
  const gap = gaps.length > 0 ? spreadOf(gaps).median : 0;
  const close = closes.length > 0 ? spreadOf(closes).median : 0;
  const routineLosesShare = counted > 0 ? round(routineLoses / counted, 3) : 0;
  return {
    id,
    seeds: counted,
    options: names.size,
    gap,
    close,
    modal,
    otherBestShare: counted > 0 ? round(otherBest / counted, 3) : 0,
    routineLosesShare,
    regrets: regrets.sort((a, b) => b - a).map((x) => round(x)),
    real:
      counted > 0 &&
      counted >= rule.reach * games - 1e-9 &&
      gap >= rule.stakes - 1e-9 &&
      routineLosesShare >= rule.share - 1e-9,
  };
}

/** The name a candidate goes by in the table. */
function optionName(d: GameAction): string {
  return d.type === 'choose' ? d.choice : d.type === 'play' ? d.action : 'end the month';
}

/** Per month, per decision, the values of each seed (in seed order). */
type Collected = Map<number, Map<string, SeedValues[]>>;

/**
 * The lookahead bot, keeping the values it decides by at every event and at
 * each month's first card. It plays exactly as the registered bot does (same
 * name, so the same private stream; the same values; the same pick).
 */
function recordingLookahead(into: Collected, measure: RngCursor, samples: number): Policy {
  const choose = (
    cs: CompiledScenario,
    p: Packed,
    legal: readonly GameAction[],
    rand: RngCursor,
  ): GameAction => {
    const pick = lookaheadChooseAt(cs, p, legal, rand);
    if (legal.length === 1) return pick;
    const firstCard = p.phase === 'actions' && p.playedThisTurn.length === 0;
    const event = p.phase === 'event' ? p.pending[0] : undefined;
    if (firstCard || event !== undefined) {
      const key = event ?? CARDS;
      const seen = new Map<string, number>();
      // More futures than the bot itself asks for, from a stream of their own: the bot's game is untouched.
      const measured = lookaheadValues(cs, p, legal, measure, samples);
      legal.forEach((d, i) => {
        const v = measured[i];
        if (v !== undefined && Number.isFinite(v)) seen.set(optionName(d), v);
      });
      const month = into.get(p.turn) ?? new Map<string, SeedValues[]>();
      into.set(p.turn, month);
      const list = month.get(key) ?? [];
      list.push(seen);
      month.set(key, list);
    }
    return pick;
  };
  const policy: Policy = {
    name: 'lookahead',
    description: 'the lookahead bot, keeping the values it decides by',
    choose: () => {
      throw new Error('the recording lookahead plays on the packed state only');
    },
  };
  registerPacked(policy, choose);
  return policy;
}

export interface MonthOptions {
  readonly rule?: RealDecisionRule;
  /** Futures each candidate is valued on (the bot itself decides on fewer). */
  readonly samples?: number;
  readonly onGame?: () => void;
}

/**
 * Lookahead games per seed of the rest of the report: a month's verdict
 * turns on a quarter of its games, and on twelve games that is three.
 */
export const MONTH_SEED_FACTOR = 3;

/** Futures per candidate: the bot's own three leave a tenth of a point of noise too many. */
export const MONTH_SAMPLES = 12;

/** Plays the lookahead bot on each seed and judges every month's decisions. */
export function monthDepth(
  cs: CompiledScenario,
  seeds: readonly string[],
  opts: MonthOptions = {},
): MonthDepth[] {
  const rule = opts.rule ?? REAL_DECISION;
  const collected: Collected = new Map();
  for (const seed of seeds) {
    const measure = new RngCursor(seedRng(`${seed}\u0000months`));
    const policy = recordingLookahead(collected, measure, opts.samples ?? MONTH_SAMPLES);
    const p = newPacked(cs, seed);
    simulatePacked(cs, p, policy, policyRng(seed, policy.name));
    opts.onGame?.();
  }
  return cs.scenario.calendar.map((turn, t) => {
    const decisions = [...(collected.get(t) ?? new Map<string, SeedValues[]>())]
      .map(([id, perSeed]) => judgeDecision(id, perSeed, seeds.length, rule))
      .filter((d) => d.seeds > 0)
      .sort((a, b) => Number(b.real) - Number(a.real) || b.gap - a.gap);
    return {
      month: turn.id,
      label: turn.label,
      decisions,
      real: decisions.some((d) => d.real),
      realEvent: decisions.some((d) => d.real && d.id !== CARDS),
    };
  });
}
