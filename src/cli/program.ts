/** The command line's commands and how failures become exit codes. */
import { Command, CommanderError } from 'commander';
import { registerBalance } from './commands/balance';
import { registerCheck } from './commands/check';
import { registerClassLink } from './commands/class-link';
import { registerReplay } from './commands/replay';
import { registerShare } from './commands/share';
import { registerSim } from './commands/sim';
import { registerSoak } from './commands/soak';
import { registerVerify } from './commands/verify';
import { CliError } from './scenarios';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('bamboo')
    .description('Bamboo Diplomacy on the command line: simulate, replay and check scenarios')
    .showHelpAfterError()
    .exitOverride();
  registerSim(program);
  registerReplay(program);
  registerCheck(program);
  registerBalance(program);
  registerSoak(program);
  registerVerify(program);
  registerShare(program);
  registerClassLink(program);
  return program;
}

export function run(argv: readonly string[]): number {
  try {
    buildProgram().parse(argv as string[], { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof CliError) {
      console.error(`error: ${err.message}`);
      return 1;
    }
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    return 2;
  }
}
