import type { Command } from 'commander';
import { formatProblem } from '../../scenario/load';
import { provenanceCheck } from '../../scenario/provenance';
import { print, printError } from '../output';
import { CliError, loadScenarioFile, resolveScenario, scenarioFiles } from '../scenarios';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description(
      'validate scenario files and report every problem at once, including unsourced history and research labels in player text',
    )
    .argument('[files...]', 'scenario files or ids (default: every file in scenarios/)')
    .action((files: string[]) => {
      // A shell glob such as scenarios/*.json also matches the generated JSON Schema.
      const targets = (files.length > 0 ? files.map(resolveScenario) : scenarioFiles()).filter(
        (file) => {
          if (!file.endsWith('/schema.json')) return true;
          print(`skipped ${file}: the generated JSON Schema, not a scenario`);
          return false;
        },
      );
      let bad = 0;
      for (const file of targets) {
        const result = loadScenarioFile(file);
        const history = result.ok ? provenanceCheck(result.scenario) : [];
        if (history.length > 0) {
          bad++;
          for (const p of history) printError(formatProblem({ file, ...p }));
        } else if (result.ok) {
          const s = result.scenario;
          print(
            `ok ${file}: "${s.title}", ruleset ${s.ruleset.id} v${s.ruleset.version}, ${s.calendar.length} turns, ${s.events.length} events, ${s.randomEvents.events.length} random events, ${s.actions.length} actions`,
          );
          for (const note of result.notes) print(`note ${note}`);
        } else {
          bad++;
          for (const p of result.problems) printError(formatProblem(p));
        }
      }
      if (bad > 0) throw new CliError(`${bad} of ${targets.length} scenario files have problems`);
    });
}
