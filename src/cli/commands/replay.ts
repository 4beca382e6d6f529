import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { runReplay } from '../../engine';
import { parseReplayText } from '../../replay/parse';
import { CliError, requireScenario } from '../scenarios';
import { formatSummary, summarize } from '../summary';

export function registerReplay(program: Command): void {
  program
    .command('replay')
    .description('replay a replay file, verify it and print the same summary as sim')
    .argument('<file>', 'a replay file (JSON)')
    .option(
      '--scenario <id-or-path>',
      "the scenario to replay against (default: the replay's scenario id)",
    )
    .option('--json', 'print one JSON object instead of text')
    .action((file: string, opts: { scenario?: string; json?: boolean }) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (err) {
        throw new CliError(
          `${file}: cannot read (${err instanceof Error ? err.message : String(err)})`,
        );
      }
      const parsed = parseReplayText(text, file);
      if (!parsed.ok) throw new CliError(parsed.message);
      const cs = requireScenario(opts.scenario ?? parsed.replay.scenario.id);
      const result = runReplay(cs, parsed.replay);
      if (!result.ok)
        throw new CliError(
          `${file}: does not verify (${result.problem.code}): ${result.problem.message}`,
        );
      const summary = summarize(
        cs,
        result.state,
        parsed.replay.policy ?? null,
        parsed.replay.player,
      );
      console.log(opts.json ? JSON.stringify(summary) : formatSummary(cs, summary));
    });
}
