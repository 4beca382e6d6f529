/**
 * Two endings side by side: a replay and a game branched from it ("play on
 * from here"), so a student sees what a different answer to the same crisis,
 * with the same dice, changed by the end.
 */
import {
  type CompiledScenario,
  canonicalJson,
  type GameAction,
  type GameState,
  type IndicatorKey,
  score,
  type TierId,
  tierRank,
} from '../engine';
import { TEXT } from '../i18n';
import { turnLabel } from '../i18n/turn-label';
import { changeTone, gaugeValue, type Tone } from './gauge-display';
import { indicatorLabel, outcomeLabel, powerName, TIER_LABELS } from './labels';

/** The rows compared: every relation (the scenario's powers), then these. */
export const COMPARE_SINGLES: readonly IndicatorKey[] = [
  'autonomy.drift',
  'economy.growth',
  'sea.tension',
  'sea.standing',
  'home.mood',
  'home.legitimacy',
];

export interface EndingSide {
  /** The outcome's name, or null while the game is unfinished. */
  readonly outcome: string | null;
  readonly outcomeHelp: string | null;
  readonly collapse: boolean;
  readonly over: boolean;
  readonly score: number;
  /** The month the game ended in (or has reached). */
  readonly turnLabel: string;
  readonly decisions: number;
}

export interface CompareRow {
  readonly name: string;
  readonly original: string;
  readonly branch: string;
  /** Branch minus original; 0 for rows that are not numbers. */
  readonly delta: number;
  /** Whether the branch ended better (good) or worse (bad) on this row. */
  readonly tone: Tone;
}

export interface Comparison {
  /** How many decisions the two games share, and the month the branch left from. */
  readonly shared: number;
  readonly branchedIn: string;
  readonly original: EndingSide;
  readonly branch: EndingSide;
  readonly scoreDelta: number;
  readonly rows: readonly CompareRow[];
}

function side(cs: CompiledScenario, state: GameState): EndingSide {
  const ending = state.ending;
  const outcome = ending ? outcomeLabel(cs.scenario.powers, ending.outcome) : null;
  return {
    outcome: outcome?.name ?? null,
    outcomeHelp: outcome?.help ?? null,
    collapse: ending?.collapse ?? false,
    over: state.phase === 'over',
    score: round1(ending?.score.total ?? score(cs, state).total),
    turnLabel: turnLabel(cs, state.turn),
    decisions: state.step,
  };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export function compareEndings(
  cs: CompiledScenario,
  original: GameState,
  branch: GameState,
  shared: number,
  branchedIn: number,
): Comparison {
  const a = side(cs, original);
  const b = side(cs, branch);
  const powers = cs.scenario.powers;
  const ids = cs.tables.vocab.powers;
  const keys = [...ids.map((p) => `relations.${p}`), ...COMPARE_SINGLES];
  const rows: CompareRow[] = keys.map((key) => {
    const from = original.ind[key] ?? 0;
    const to = branch.ind[key] ?? 0;
    const delta = round1(to - from);
    return {
      name: indicatorLabel(powers, key).name,
      original: gaugeValue(key, from),
      branch: gaugeValue(key, to),
      delta,
      tone: changeTone(key, delta, from),
    };
  });
  for (const power of ids) {
    const was: TierId = original.tiers[power] ?? 'partner';
    const now: TierId = branch.tiers[power] ?? 'partner';
    const diff = tierRank(now) - tierRank(was);
    rows.push({
      name: TEXT.view.compare.partnership(powerName(powers, power)),
      original: TIER_LABELS[was],
      branch: TIER_LABELS[now],
      delta: 0,
      tone: diff > 0 ? 'good' : diff < 0 ? 'bad' : 'neutral',
    });
  }
  return {
    shared,
    branchedIn: turnLabel(cs, branchedIn),
    original: a,
    branch: b,
    scoreDelta: round1(b.score - a.score),
    rows,
  };
}

/**
 * Whether `branch` is still the game that left `original` after `shared`
 * decisions (same scenario and seed, same first decisions): the player may
 * have started another game since.
 */
export function isBranchOf(
  original: {
    readonly scenario: string;
    readonly seed: string;
    readonly actions: readonly GameAction[];
  },
  branch: {
    readonly scenario: string;
    readonly seed: string;
    readonly actions: readonly GameAction[];
  },
  shared: number,
): boolean {
  if (original.scenario !== branch.scenario || original.seed !== branch.seed) return false;
  if (branch.actions.length < shared || original.actions.length < shared) return false;
  for (let i = 0; i < shared; i++) {
    if (canonicalJson(original.actions[i]) !== canonicalJson(branch.actions[i])) return false;
  }
  return true;
}
