import type { Command } from 'commander';
import {
  apply,
  type CompiledScenario,
  type GameState,
  indicatorRange,
  legalActions,
  MAX_STEPS,
  newGame,
  type Policy,
  policyByName,
  policyNames,
  score,
  stateHash,
} from '../../engine';
import { policyRng } from '../../engine/play';
import { print, printJson } from '../output';
import { progress } from '../progress';
import { CliError, requireScenario, scenarioFiles } from '../scenarios';

export interface SoakReport {
  games: number;
  decisions: number;
  scenarios: string[];
  policies: string[];
  failures: { scenario: string; policy: string; seed: string; problem: string }[];
}

/** What is wrong with a state (an indicator out of range, a lean, score or hash that is not finite), or null. */
export function stateProblem(cs: CompiledScenario, state: GameState): string | null {
  for (const key of cs.tables.vocab.keys) {
    const v = state.ind[key];
    const range = indicatorRange(cs.tables.vocab, key);
    if (v === undefined || !range || !Number.isFinite(v) || v < range.min || v > range.max) {
      return `${key} is ${v}`;
    }
  }
  for (const [power, v] of Object.entries(state.lean)) {
    if (!Number.isFinite(v)) return `lean toward ${power} is ${v}`;
  }
  const total = score(cs, state).total;
  if (!Number.isFinite(total) || total < -1000 || total > 1000) return `score is ${total}`;
  if (state.ending && !Number.isFinite(state.ending.score.total)) {
    return `ending score is ${state.ending.score.total}`;
  }
  try {
    stateHash(state);
  } catch (err) {
    return `the state cannot be hashed (${err instanceof Error ? err.message : String(err)})`;
  }
  return null;
}

/** Plays one game checking every state on the way: ranges, lean, score, hash, termination, legality. */
export function soakGame(
  cs: CompiledScenario,
  seed: string,
  policy: Policy,
): { decisions: number; problem: string | null } {
  let state = newGame(cs, seed).state;
  const rand = policyRng(seed, policy.name);
  for (let i = 0; ; i++) {
    const problem = stateProblem(cs, state);
    if (problem) return { decisions: i, problem: `${problem} after decision ${i}` };
    if (state.phase === 'over') return { decisions: i, problem: null };
    if (i >= MAX_STEPS) return { decisions: i, problem: `no end after ${MAX_STEPS} decisions` };
    const legal = legalActions(cs, state);
    if (legal.length === 0)
      return { decisions: i, problem: `no legal decision in phase ${state.phase}` };
    const action = policy.choose(cs, state, legal, rand);
    const result = apply(cs, state, action);
    if (!result.ok)
      return {
        decisions: i,
        problem: `illegal decision ${JSON.stringify(action)}: ${result.error.message}`,
      };
    state = result.state;
  }
}

export function soak(
  files: readonly string[],
  policies: readonly Policy[],
  games: number,
  onGame?: (n: number) => void,
): SoakReport {
  const scenarios = files.map((f) => requireScenario(f));
  const report: SoakReport = {
    games: 0,
    decisions: 0,
    scenarios: scenarios.map((cs) => cs.scenario.id),
    policies: policies.map((p) => p.name),
    failures: [],
  };
  const combos = scenarios.flatMap((cs) => policies.map((policy) => ({ cs, policy })));
  for (let n = 0; n < games; n++) {
    const { cs, policy } = combos[n % combos.length] as (typeof combos)[number];
    const seed = `soak-${n}`;
    try {
      const { decisions, problem } = soakGame(cs, seed, policy);
      report.decisions += decisions;
      if (problem)
        report.failures.push({ scenario: cs.scenario.id, policy: policy.name, seed, problem });
    } catch (err) {
      report.failures.push({
        scenario: cs.scenario.id,
        policy: policy.name,
        seed,
        problem: `exception: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
    report.games++;
    onGame?.(report.games);
  }
  return report;
}

export function registerSoak(program: Command): void {
  program
    .command('soak')
    .description('play many seeded games over every scenario and policy, checking every state')
    .option('--games <n>', 'number of games in all', '100000')
    .option('--scenario <id-or-path...>', 'scenarios to use (default: every file in scenarios/)')
    .option('--policy <name...>', `policies to use (default: all of ${policyNames().join(', ')})`)
    .option('--json', 'print one JSON object')
    .action((opts: { games: string; scenario?: string[]; policy?: string[]; json?: boolean }) => {
      const games = Number(opts.games);
      if (!Number.isInteger(games) || games < 1)
        throw new CliError(`--games: expected a whole number above 0, found "${opts.games}"`);
      const names = opts.policy ?? policyNames();
      const policies = names.map((name) => {
        const policy = policyByName(name);
        if (!policy)
          throw new CliError(`unknown policy "${name}" (known: ${policyNames().join(', ')})`);
        return policy;
      });
      const bar = progress('soak', games);
      const started = performance.now();
      const report = soak(opts.scenario ?? scenarioFiles(), policies, games, (n) => bar.tick(n));
      bar.done();
      const seconds = (performance.now() - started) / 1000;
      if (opts.json) {
        printJson({ ...report, seconds: Math.round(seconds * 10) / 10 });
      } else {
        print(
          `soak: ${report.games} games, ${report.decisions} decisions over ${report.scenarios.join(', ')} × ${report.policies.join(', ')} in ${seconds.toFixed(1)} s`,
        );
        for (const f of report.failures.slice(0, 20))
          print(`  FAIL ${f.scenario} ${f.policy} seed "${f.seed}": ${f.problem}`);
        print(
          report.failures.length === 0
            ? 'no exception, no out-of-range indicator, no lean, score or hash that is not finite'
            : `${report.failures.length} games failed`,
        );
      }
      if (report.failures.length > 0)
        throw new CliError(`${report.failures.length} of ${report.games} games failed`);
    });
}
