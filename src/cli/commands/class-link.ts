import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import {
  type ClassInvite,
  COMFORTABLE_LINK_CHARS,
  classCodeFor,
  classFileText,
  classInviteLink,
} from '../../share';
import { CliError, requireScenario, resolveScenario, SCENARIO_DIR } from '../scenarios';

interface ClassLinkOptions {
  scenario: string;
  seed: string;
  base: string;
  lang?: string;
  advisor?: string;
  classFile?: string;
}

export function registerClassLink(program: Command): void {
  program
    .command('class-link')
    .description(
      'print the link (and class code) that opens a scenario for a class; a scenario the game does not ship travels inside the link',
    )
    .requiredOption(
      '--scenario <id-or-path>',
      'scenario id (a file in scenarios/) or path to a scenario file',
    )
    .requiredOption(
      '--seed <text>',
      'any text: the same scenario and text always give the same class code',
    )
    .option(
      '--base <url>',
      'where the game is served, e.g. https://school.example/bamboo/',
      'http://localhost:5173/',
    )
    .option('--lang <code>', 'the language students see, e.g. vi')
    .option('--advisor <on|off>', 'whether students have the advisor', 'on')
    .option('--class-file <path>', 'also write a class file students can open instead of the link')
    .action((opts: ClassLinkOptions) => {
      if (opts.advisor !== 'on' && opts.advisor !== 'off')
        throw new CliError(`--advisor ${opts.advisor}: expected on or off`);
      const cs = requireScenario(opts.scenario);
      const file = resolveScenario(opts.scenario);
      const shipped = dirname(file) === SCENARIO_DIR;
      const invite: ClassInvite = {
        scenarioId: cs.scenario.id,
        code: classCodeFor(cs.scenario.id, opts.seed),
        ...(shipped ? {} : { scenarioText: readFileSync(file, 'utf8') }),
        ...(opts.lang ? { lang: opts.lang } : {}),
        ...(opts.advisor === 'off' ? { advisor: false } : {}),
      };
      const link = classInviteLink(opts.base, invite);
      console.log(link);
      console.error(
        `class code ${invite.code} · scenario "${cs.scenario.id}"${shipped ? '' : ' (carried in the link)'}`,
      );
      if (/^https?:\/\/(localhost|127\.|\[::1\])/i.test(opts.base))
        console.error(
          'warning: this link points at this computer (localhost); students cannot open it. Give --base the public address of the game.',
        );
      if (link.length > COMFORTABLE_LINK_CHARS && !opts.classFile)
        console.error(
          `note: the link is ${link.length} characters long; add --class-file class.json to write a small file students open with "Open a scenario file…".`,
        );
      if (opts.classFile) {
        writeFileSync(resolve(opts.classFile), classFileText(invite));
        console.error(`wrote ${opts.classFile}`);
      }
    });
}
