/** A whole balance report: every policy on every requested scenario, with the targets judged. */
import { type CompiledScenario, POLICIES, type Policy } from '../../engine';
import { depthReport } from '../depth/report';
import { type PolicyReport, playPolicy } from './run';
import { judge, type Target } from './targets';

/** Scenarios that run into this month are judged on the year's end (the top-tier target). */
const YEAR_END = '2023-12-01';

export interface ScenarioReport {
  readonly scenario: string;
  readonly title: string;
  readonly hash: string;
  readonly turns: number;
  readonly policies: readonly PolicyReport[];
  readonly targets: readonly Target[];
  /** The depth targets (issue 12), judged from a depth report of `games` seeds; null when skipped. */
  readonly depth: {
    readonly games: number;
    readonly targetSet: string;
    readonly targets: readonly Target[];
  } | null;
}

export interface BalanceReport {
  readonly games: number;
  readonly lookaheadGames: number;
  readonly scenarios: readonly ScenarioReport[];
}

export interface BalanceOptions {
  readonly games: number;
  /** The lookahead bot simulates every decision: it plays fewer games. */
  readonly lookaheadGames: number;
  readonly policies: readonly string[];
  /** Seeds for the depth report whose targets are judged too (null: leave them out). */
  readonly depthGames: number | null;
  readonly progress?: (scenario: string, policy: string, done: number, total: number) => void;
}

export function balanceScenario(cs: CompiledScenario, opts: BalanceOptions): ScenarioReport {
  const reports = opts.policies.map((name) => {
    const policy = POLICIES[name] as Policy;
    const games = name === 'lookahead' ? Math.min(opts.games, opts.lookaheadGames) : opts.games;
    return playPolicy(cs, policy, games, (done) =>
      opts.progress?.(cs.scenario.id, name, done, games),
    );
  });
  return {
    scenario: cs.scenario.id,
    title: cs.scenario.title,
    hash: cs.hash,
    turns: cs.scenario.calendar.length,
    policies: reports,
    targets: judge(reports, (cs.scenario.calendar.at(-1)?.end ?? '') >= YEAR_END),
    depth: opts.depthGames === null ? null : depthTargets(cs, opts),
  };
}

function depthTargets(cs: CompiledScenario, opts: BalanceOptions): ScenarioReport['depth'] {
  const games = opts.depthGames ?? 0;
  const d = depthReport(cs, {
    games,
    progress: (phase, done, total) =>
      opts.progress?.(cs.scenario.id, `depth: ${phase}`, done, total),
  });
  return { games, targetSet: d.targetSet.name, targets: d.targets };
}

export function balanceReport(
  scenarios: readonly CompiledScenario[],
  opts: BalanceOptions,
): BalanceReport {
  return {
    games: opts.games,
    lookaheadGames: opts.lookaheadGames,
    scenarios: scenarios.map((cs) => balanceScenario(cs, opts)),
  };
}
