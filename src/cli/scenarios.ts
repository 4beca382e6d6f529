/**
 * Finds and loads scenarios for the command line: by id from the shipped
 * list in scenarios/, or by a path the user typed. A scenario id found inside
 * a file (a replay's) is only ever looked up in the shipped list, never
 * turned into a path.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompiledScenario } from '../engine';
import {
  formatProblem,
  type LoadResult,
  loadScenarioText,
  MAX_SCENARIO_BYTES,
} from '../scenario/load';
import { readRegularFile } from './read-file';

export const SCENARIO_DIR = resolve(fileURLToPath(new URL('../../scenarios', import.meta.url)));

export function scenarioFiles(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .sort()
    .map((f) => join(SCENARIO_DIR, f));
}

/** For arguments the user typed: a path when it looks like one, else a shipped file by id. */
export function resolveScenario(idOrPath: string): string {
  if (idOrPath.endsWith('.json') || idOrPath.includes('/')) return resolve(idOrPath);
  return join(SCENARIO_DIR, `${idOrPath}.json`);
}

export function loadScenarioFile(file: string): LoadResult {
  const read = readRegularFile(file, MAX_SCENARIO_BYTES);
  if (!read.ok) {
    const missing = read.reason.includes('ENOENT');
    return {
      ok: false,
      problems: [
        {
          file,
          path: '',
          message: missing
            ? `no such file (scenarios available by id: ${shippedIds().join(', ') || 'none'})`
            : read.reason,
        },
      ],
    };
  }
  return loadScenarioText(read.text, file, shippedBase);
}

/** A scenario may extend a shipped one, named by id: never a path taken from a file. */
function shippedBase(id: string): unknown {
  if (!shippedIds().includes(id)) return undefined;
  const read = readRegularFile(join(SCENARIO_DIR, `${id}.json`), MAX_SCENARIO_BYTES);
  if (!read.ok) return undefined;
  try {
    return JSON.parse(read.text);
  } catch {
    return undefined;
  }
}

export class CliError extends Error {}

/** Loads a scenario the user named (id or path) or stops the command with every problem listed. */
export function requireScenario(idOrPath: string): CompiledScenario {
  const result = loadScenarioFile(resolveScenario(idOrPath));
  if (!result.ok) throw new CliError(result.problems.map(formatProblem).join('\n'));
  return result.compiled;
}

let shipped: Map<string, CompiledScenario> | undefined;

/** The shipped scenarios that load, by the id written inside them (loaded once). */
export function shippedScenarios(): ReadonlyMap<string, CompiledScenario> {
  if (!shipped) {
    shipped = new Map();
    for (const file of scenarioFiles()) {
      const r = loadScenarioFile(file);
      if (r.ok) shipped.set(r.scenario.id, r.compiled);
    }
  }
  return shipped;
}

function shippedIds(): string[] {
  try {
    return [...shippedScenarios().keys()];
  } catch {
    return [];
  }
}

/**
 * The scenarios a command may use for ids it found in files: the shipped
 * ones, plus the one the user gave with --scenario.
 */
export function scenarioLookup(
  extra?: CompiledScenario,
): (id: string) => CompiledScenario | undefined {
  return (id) =>
    extra && extra.scenario.id === id ? extra : (shippedScenarios().get(id) ?? undefined);
}
