/**
 * The one gate scenario data comes through: JSON text in, either a compiled
 * scenario or every problem found, each naming the file, the field and what
 * was expected. Never throws.
 */
import type { z } from 'zod';
import { type CompiledScenario, compileScenario } from '../engine/compile';
import { stripBom } from '../replay/decode';
import { crossCheck } from './crossref';
import { type Scenario, scenarioSchema } from './schema';

export interface ScenarioProblem {
  readonly file: string;
  /** A readable path to the field, e.g. `events[2] "standard-map".choices[0].effects`. */
  readonly path: string;
  readonly message: string;
}

export type LoadResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly compiled: CompiledScenario }
  | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

export function formatProblem(p: ScenarioProblem): string {
  return `${p.file}: ${p.path || '(top level)'}: ${p.message}`;
}

/** Refuse before parsing: a scenario is a few hundred kilobytes at most. */
export const MAX_SCENARIO_BYTES = 2_000_000;

export function loadScenarioText(raw: string, file: string): LoadResult {
  const text = stripBom(raw);
  if (text.length > MAX_SCENARIO_BYTES) {
    return fail(
      file,
      '',
      `the file is ${text.length} characters long; a scenario may have at most ${MAX_SCENARIO_BYTES}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return fail(file, '', `not valid JSON: ${jsonErrorWhere(text, err)}`);
  }
  return loadScenarioData(data, file);
}

/**
 * Deeper than any scenario needs (an event's condition inside a choice
 * inside a list is about ten levels). The schema and the rules walk
 * conditions recursively, so a file of 500 nested `any` would overflow the
 * stack: it is refused here, by a loop, before anything recurses.
 */
export const MAX_SCENARIO_DEPTH = 40;

/** The path to the first value nested deeper than `limit`, or null. */
export function tooDeep(data: unknown, limit: number): PropertyKey[] | null {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= limit) return path;
    const entries: [PropertyKey, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    for (const [k, v] of entries) stack.push({ value: v, path: [...path, k] });
  }
  return null;
}

export function loadScenarioData(data: unknown, file: string): LoadResult {
  const deep = tooDeep(data, MAX_SCENARIO_DEPTH);
  if (deep) {
    return fail(
      file,
      describePath(deep.slice(0, 12), data),
      `nested more than ${MAX_SCENARIO_DEPTH} levels deep (conditions inside conditions?); a scenario needs far fewer`,
    );
  }
  let parsed: ReturnType<typeof scenarioSchema.safeParse>;
  try {
    parsed = scenarioSchema.safeParse(data);
  } catch (err) {
    // The gate never throws: whatever the schema library cannot handle is a refusal.
    return fail(
      file,
      '',
      `could not be checked (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => fromIssue(issue, data, file)),
    };
  }
  try {
    const problems = crossCheck(parsed.data).map((p) => ({
      file,
      path: p.path,
      message: p.message,
    }));
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, scenario: parsed.data, compiled: compileScenario(parsed.data) };
  } catch (err) {
    return fail(
      file,
      '',
      `could not be compiled (${err instanceof Error ? err.message : String(err)})`,
    );
  }
}

function fail(file: string, path: string, message: string): LoadResult {
  return { ok: false, problems: [{ file, path, message }] };
}

function fromIssue(issue: z.core.$ZodIssue, data: unknown, file: string): ScenarioProblem {
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    const hint = issue.keys.some((k) => k.includes('.'))
      ? 'expected an indicator such as relations.cn, sea.tension or home.mood'
      : 'a typo? the schema lists every field';
    message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys} (${hint})`;
  }
  return { file, path: describePath(issue.path, data), message };
}

/** Array elements are named by their id when they have one, so authors find them. */
export function describePath(path: readonly PropertyKey[], data: unknown): string {
  let out = '';
  let node: unknown = data;
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      if (typeof id === 'string') out += ` "${id}"`;
    } else {
      const name = String(key);
      out += out ? `.${name}` : name;
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[name] : undefined;
    }
  }
  return out;
}

function jsonErrorWhere(text: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const match = /position (\d+)/.exec(message);
  if (!match) return message;
  const pos = Number(match[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}
