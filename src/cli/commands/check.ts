import type { Command } from 'commander';
import { formatProblem } from '../../scenario/load';
import { CliError, loadScenarioFile, resolveScenario, scenarioFiles } from '../scenarios';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('validate scenario files and report every problem at once')
    .argument('[files...]', 'scenario files or ids (default: every file in scenarios/)')
    .action((files: string[]) => {
      // A shell glob such as scenarios/*.json also matches the generated JSON Schema.
      const targets = (files.length > 0 ? files.map(resolveScenario) : scenarioFiles()).filter(
        (file) => {
          if (!file.endsWith('/schema.json')) return true;
          console.log(`skipped ${file}: the generated JSON Schema, not a scenario`);
          return false;
        },
      );
      let bad = 0;
      for (const file of targets) {
        const result = loadScenarioFile(file);
        if (result.ok) {
          const s = result.scenario;
          console.log(
            `ok ${file}: "${s.title}", ruleset ${s.ruleset.id} v${s.ruleset.version}, ${s.calendar.length} turns, ${s.events.length} events, ${s.randomEvents.events.length} random events, ${s.actions.length} actions`,
          );
          for (const note of result.notes) console.log(`note ${note}`);
        } else {
          bad++;
          for (const p of result.problems) console.error(formatProblem(p));
        }
      }
      if (bad > 0) throw new CliError(`${bad} of ${targets.length} scenario files have problems`);
    });
}
