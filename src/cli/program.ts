/** The command line's commands and how failures become exit codes. */
import { Command, CommanderError } from 'commander';
import { LOCALES, parseLocale, setLocale } from '../i18n';
import { registerBalance } from './commands/balance';
import { registerCheck } from './commands/check';
import { registerClassLink } from './commands/class-link';
import { registerDepth } from './commands/depth';
import { registerI18n } from './commands/i18n';
import { registerReplay } from './commands/replay';
import { registerShare } from './commands/share';
import { registerSim } from './commands/sim';
import { registerSoak } from './commands/soak';
import { registerSources } from './commands/sources';
import { registerVerify } from './commands/verify';
import { printError } from './output';
import { CliError } from './scenarios';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('bamboo')
    .description('Bamboo Diplomacy on the command line: simulate, replay and check scenarios')
    .showHelpAfterError()
    .exitOverride()
    // `--lang` before the command is the output language; after it, a command's own option
    // (class-link's `--lang` is the language its link opens in).
    .enablePositionalOptions()
    .option('--lang <locale>', `language of the readable output (${LOCALES.join(', ')})`, 'en')
    .hook('preAction', (command) => {
      const lang = String(command.opts().lang ?? 'en');
      const locale = parseLocale(lang);
      if (!locale) throw new CliError(`--lang: "${lang}" is not one of ${LOCALES.join(', ')}`);
      setLocale(locale);
    });
  registerSim(program);
  registerReplay(program);
  registerCheck(program);
  registerBalance(program);
  registerDepth(program);
  registerSoak(program);
  registerVerify(program);
  registerShare(program);
  registerI18n(program);
  registerClassLink(program);
  registerSources(program);
  return program;
}

export function run(argv: readonly string[]): number {
  try {
    buildProgram().parse(argv as string[], { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof CliError) {
      printError(`error: ${err.message}`);
      return 1;
    }
    // A bug, not bad input: say so in one line; the stack only when asked for.
    const message = err instanceof Error ? err.message : String(err);
    printError(`error: unexpected failure (a bug; please report it): ${message}`);
    if (process.env.BAMBOO_DEBUG && err instanceof Error && err.stack) console.error(err.stack);
    return 2;
  }
}
