/** Shared test fixtures: scenarios loaded through the real gate. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CompiledScenario } from '../src/engine';
import { formatProblem, loadScenarioText } from '../src/scenario/load';

export const fixturePath = (name: string): string =>
  fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export function loadFixture(name: string): CompiledScenario {
  const path = fixturePath(name);
  const result = loadScenarioText(readFileSync(path, 'utf8'), path);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.compiled;
}

export function readFixtureJson(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8')) as Record<string, unknown>;
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** A scenario that ships with the game (scenarios/<id>.json), through the real gate. */
export function loadShipped(id: string): CompiledScenario {
  const path = fileURLToPath(new URL(`../scenarios/${id}.json`, import.meta.url));
  const result = loadScenarioText(readFileSync(path, 'utf8'), path);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.compiled;
}
