import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { depthMarkdown, depthText } from '../depth/format';
import { DEFAULT_DEPTH_GAMES, type DepthReport, depthReport } from '../depth/report';
import { DEFAULT_SEARCH } from '../depth/search';
import { print, printJson } from '../output';
import { type Progress, progress as progressLine } from '../progress';
import { CliError, requireScenario, scenarioFiles } from '../scenarios';

interface DepthCliOptions {
  scenario?: string[];
  games: string;
  screenSeeds: string;
  json?: boolean;
  markdown?: string;
}

function count(text: string, name: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new CliError(`${name} must be a whole number ≥ 1, not "${text}"`);
  return n;
}

/** One progress line per scenario and phase, on a terminal only. */
function phases(scenario: string) {
  let current: { phase: string; line: Progress } | null = null;
  return {
    tick(phase: string, done: number, total: number) {
      if (current?.phase !== phase) {
        current?.line.done();
        current = { phase, line: progressLine(`depth ${scenario}: ${phase}`, total) };
      }
      current.line.tick(done);
    },
    done() {
      current?.line.done();
    },
  };
}

export function registerDepth(program: Command): void {
  program
    .command('depth')
    .description(
      'measure strategic depth: bots, the best fixed plan, how much each answer matters, dead content',
    )
    .option(
      '--scenario <id-or-path...>',
      'scenario ids or paths (default: every scenario in scenarios/)',
    )
    .option(
      '--games <n>',
      'seeds per bot and for the final round of the plan search',
      String(DEFAULT_DEPTH_GAMES),
    )
    .option(
      '--screen-seeds <n>',
      'seeds every fixed plan is first screened on before the best go on to more seeds (set it to --games to screen every plan on every seed, so none is cut)',
      String(DEFAULT_SEARCH.screenSeeds),
    )
    .option('--json', 'print JSON (one object per scenario, in a list when there are several)')
    .option('--markdown <file>', 'also write the report as Markdown (docs/depth.md)')
    .action((opts: DepthCliOptions) => {
      const games = count(opts.games, '--games');
      const screenSeeds = count(opts.screenSeeds, '--screen-seeds');
      const sources = opts.scenario ?? scenarioFiles();
      if (sources.length === 0) throw new CliError('no scenarios: pass --scenario <id-or-path>');
      const reports: DepthReport[] = sources.map((source) => {
        const cs = requireScenario(source);
        const line = phases(cs.scenario.id);
        const report = depthReport(cs, { games, search: { screenSeeds }, progress: line.tick });
        line.done();
        return report;
      });
      if (opts.markdown) {
        const scenarios = opts.scenario ? ` --scenario ${opts.scenario.join(' ')}` : '';
        const screen =
          screenSeeds === DEFAULT_SEARCH.screenSeeds ? '' : ` --screen-seeds ${screenSeeds}`;
        const command = `npm run bamboo -- depth${scenarios} --games ${games}${screen} --markdown ${opts.markdown}`;
        writeFileSync(opts.markdown, depthMarkdown(reports, command));
      }
      if (opts.json) printJson(reports.length === 1 ? reports[0] : reports);
      else print(reports.map(depthText).join('\n\n'));
    });
}
