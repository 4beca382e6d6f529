import type { Command } from 'commander';
import { print, printJson } from '../output';
import { readVerifiedReplay } from '../replay-file';
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
      const { cs, replay, state } = readVerifiedReplay(file, opts.scenario);
      const summary = summarize(cs, state, replay.policy ?? null, replay.player);
      if (opts.json) printJson(summary);
      else print(formatSummary(cs, summary));
    });
}
