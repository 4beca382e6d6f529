import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Command } from 'commander';
import { sourcesPage } from '../../view/sources-page';
import { requireScenario, resolveScenario, scenarioFiles } from '../scenarios';
import { sourcesMarkdown } from '../sources/markdown';

export function registerSources(program: Command): void {
  program
    .command('sources')
    .description(
      "list every source each scenario cites and what it was used for (the teachers' sources page)",
    )
    .argument('[scenarios...]', 'scenario files or ids (default: every file in scenarios/)')
    .option('--markdown <file>', 'write the page as Markdown, e.g. docs/sources.md')
    .action((names: string[], opts: { markdown?: string }) => {
      const files = names.length > 0 ? names : scenarioFiles();
      const pages = files.map((f) => ({
        page: sourcesPage(requireScenario(f).scenario),
        file: relative(process.cwd(), resolveScenario(f)),
      }));
      const command = `npm run bamboo -- sources${names.length > 0 ? ` ${names.join(' ')}` : ''}${opts.markdown ? ` --markdown ${opts.markdown}` : ''}`;
      const text = sourcesMarkdown(pages, opts.markdown ? 'npm run sources:doc' : command);
      if (opts.markdown) {
        writeFileSync(opts.markdown, text);
        console.log(
          `wrote ${opts.markdown}: ${pages.map((p) => `${p.file} ${p.page.sources.length} sources`).join(', ')}`,
        );
      } else {
        process.stdout.write(text);
      }
    });
}
