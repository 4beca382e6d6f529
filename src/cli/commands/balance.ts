import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { type CompiledScenario, policyNames } from '../../engine';
import { formatMarkdown, formatText } from '../balance/format';
import { balanceReport } from '../balance/report';
import { DEFAULT_DEPTH_GAMES } from '../depth/report';
import { print, printJson } from '../output';
import { CliError, requireScenario, scenarioFiles } from '../scenarios';

interface BalanceCliOptions {
  scenario?: string[];
  games: string;
  lookaheadGames: string;
  policies?: string;
  json?: boolean;
  markdown?: string;
  depthGames?: string;
  depth: boolean;
}

function count(text: string, name: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new CliError(`${name} must be a whole number ≥ 1, not "${text}"`);
  return n;
}

/** Progress on a terminal only: piped output stays clean. */
function progressLine(): ((s: string, p: string, done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (scenario, policy, done, total) => {
    if (done % 10 !== 0 && done !== total) return;
    process.stderr.write(`\r\x1b[Kbalance ${scenario}: ${policy} ${done}/${total}`);
  };
}

export function registerBalance(program: Command): void {
  program
    .command('balance')
    .description('play seeded games with every bot policy and judge the design targets')
    .option(
      '--scenario <id-or-path...>',
      'scenario ids or paths (default: every scenario in scenarios/)',
    )
    .option('--games <n>', 'games per policy and scenario', '200')
    .option('--lookahead-games <n>', 'games for the (slow) lookahead policy', '20')
    .option('--policies <names>', `comma-separated (default: ${policyNames().join(',')})`)
    .option(
      '--depth-games <n>',
      `seeds of the depth report whose targets are judged too (default: --games, at most ${DEFAULT_DEPTH_GAMES})`,
    )
    .option('--no-depth', 'leave out the depth targets (issue 12)')
    .option('--json', 'print one JSON object instead of text')
    .option('--markdown <file>', 'also write the report as Markdown (docs/balance.md)')
    .action((opts: BalanceCliOptions) => {
      const games = count(opts.games, '--games');
      const lookaheadGames = count(opts.lookaheadGames, '--lookahead-games');
      const policies = opts.policies
        ? opts.policies.split(',').map((p) => p.trim())
        : policyNames();
      const unknown = policies.filter((p) => !policyNames().includes(p));
      if (unknown.length > 0)
        throw new CliError(
          `unknown policy ${unknown.join(', ')} (known: ${policyNames().join(', ')})`,
        );
      const depthGames = !opts.depth
        ? null
        : opts.depthGames
          ? count(opts.depthGames, '--depth-games')
          : Math.min(games, DEFAULT_DEPTH_GAMES);
      const sources = opts.scenario ?? scenarioFiles();
      if (sources.length === 0) throw new CliError('no scenarios: pass --scenario <id-or-path>');
      const scenarios: CompiledScenario[] = sources.map((s) => requireScenario(s));
      const progress = progressLine();
      const report = balanceReport(scenarios, {
        games,
        lookaheadGames,
        policies,
        depthGames,
        ...(progress ? { progress } : {}),
      });
      if (progress) process.stderr.write('\r\x1b[K');
      if (opts.markdown) {
        const depth =
          depthGames === null
            ? ' --no-depth'
            : opts.depthGames
              ? ` --depth-games ${depthGames}`
              : '';
        const command = `npm run bamboo -- balance --games ${games} --lookahead-games ${lookaheadGames}${depth} --markdown ${opts.markdown}`;
        writeFileSync(opts.markdown, formatMarkdown(report, command));
      }
      if (opts.json) printJson(report);
      else print(formatText(report));
    });
}
