import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { runReplay } from '../../engine';
import { parseReplayText } from '../../replay/parse';
import { encodeReplayForUrl, replayLink } from '../../share';
import { CliError, requireScenario } from '../scenarios';

export function registerShare(program: Command): void {
  program
    .command('share')
    .description('print a share link fragment (#replay=…) for a replay file, after verifying it')
    .argument('<file>', 'a replay file (JSON)')
    .option('--base <url>', 'print a whole link on this address (where the game is served)')
    .option('--scenario <id-or-path>', "the scenario to verify against (default: the replay's)")
    .action((file: string, opts: { base?: string; scenario?: string }) => {
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
      // A link to a replay that does not verify would only be refused when opened.
      const result = runReplay(
        requireScenario(opts.scenario ?? parsed.replay.scenario.id),
        parsed.replay,
      );
      if (!result.ok) {
        throw new CliError(
          `${file}: does not verify (${result.problem.code}): ${result.problem.message}`,
        );
      }
      console.log(
        opts.base
          ? replayLink(opts.base, parsed.replay)
          : `#replay=${encodeReplayForUrl(parsed.replay)}`,
      );
    });
}
