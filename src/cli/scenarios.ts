/** Finds and loads scenarios for the command line: by id from scenarios/, or by path. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, type LoadResult, loadScenarioText } from '../scenario/load';

export const SCENARIO_DIR = resolve(fileURLToPath(new URL('../../scenarios', import.meta.url)));

export function scenarioFiles(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .sort()
    .map((f) => join(SCENARIO_DIR, f));
}

export function resolveScenario(idOrPath: string): string {
  if (idOrPath.endsWith('.json') || idOrPath.includes('/')) return resolve(idOrPath);
  return join(SCENARIO_DIR, `${idOrPath}.json`);
}

export function loadScenarioFile(file: string): LoadResult {
  if (!existsSync(file)) {
    const known = scenarioFiles().map((f) => basename(f, '.json'));
    return {
      ok: false,
      problems: [
        {
          file,
          path: '',
          message: `no such file (scenarios available by id: ${known.join(', ') || 'none'})`,
        },
      ],
    };
  }
  return loadScenarioText(readFileSync(file, 'utf8'), file);
}

export class CliError extends Error {}

/** Loads a scenario or stops the command with every problem listed. */
export function requireScenario(idOrPath: string) {
  const result = loadScenarioFile(resolveScenario(idOrPath));
  if (!result.ok) throw new CliError(result.problems.map(formatProblem).join('\n'));
  return result.compiled;
}
