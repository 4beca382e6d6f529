import type { Command } from 'commander';
import { encodeReplayForUrl, replayLink } from '../../share';
import { print } from '../output';
import { readVerifiedReplay } from '../replay-file';

export function registerShare(program: Command): void {
  program
    .command('share')
    .description('print a share link fragment (#replay=…) for a replay file, after verifying it')
    .argument('<file>', 'a replay file (JSON)')
    .option('--base <url>', 'print a whole link on this address (where the game is served)')
    .option('--scenario <id-or-path>', "the scenario to verify against (default: the replay's)")
    .action((file: string, opts: { base?: string; scenario?: string }) => {
      // A link to a replay that does not verify would only be refused when opened.
      const { replay } = readVerifiedReplay(file, opts.scenario);
      print(opts.base ? replayLink(opts.base, replay) : `#replay=${encodeReplayForUrl(replay)}`);
    });
}
