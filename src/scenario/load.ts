/**
 * The one gate scenario data comes through: JSON text in, either a compiled
 * scenario or every problem found, each naming the file, the field and what
 * was expected. Never throws.
 */
import type { z } from 'zod';
import { type CompiledScenario, compileScenario } from '../engine/compile';
import { crossCheck } from './crossref';
import { migrateScenario } from './migrate';
import { findRuleset, type Ruleset } from './ruleset';
import { rulesSchema, type Scenario, type ScenarioFile, scenarioSchema } from './schema';
import { localize } from './texts';

export interface ScenarioProblem {
  readonly file: string;
  /** A readable path to the field, e.g. `events[2] "standard-map".choices[0].effects`. */
  readonly path: string;
  readonly message: string;
}

export type LoadResult =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      readonly compiled: CompiledScenario;
      /** What the loader did that the author should know, e.g. a migration from an older format. */
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

export function formatProblem(p: ScenarioProblem): string {
  return `${p.file}: ${p.path || '(top level)'}: ${p.message}`;
}

/** Refuse before parsing: a scenario is a few hundred kilobytes at most. */
export const MAX_SCENARIO_BYTES = 2_000_000;

export function loadScenarioText(text: string, file: string): LoadResult {
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

export function loadScenarioData(input: unknown, file: string): LoadResult {
  const { data, notes } = migrateScenario(input, file);
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => fromIssue(issue, data, file)),
    };
  }
  const found = findRuleset(parsed.data.ruleset);
  if (!found.ok) return fail(file, 'ruleset', found.message);
  const merged = withRuleset(parsed.data, found.ruleset);
  if (!merged.ok) return { ok: false, problems: merged.problems.map((p) => ({ file, ...p })) };
  const scenario = merged.scenario;
  // Cross-references are checked on the merged scenario: what the game will play.
  const problems = crossCheck(scenario).map((p) => ({ file, path: p.path, message: p.message }));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, scenario, compiled: compileScenario(scenario), notes };
}

type Merged =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly problems: readonly { path: string; message: string }[] };

/** The scenario's overrides laid over its ruleset, checked whole. */
export function withRuleset(s: ScenarioFile, ruleset: Ruleset): Merged {
  const o = s.rules ?? {};
  const r = ruleset.rules;
  const rules = rulesSchema.safeParse({
    drift: { ...r.drift, ...o.drift, weights: { ...r.drift.weights, ...o.drift?.weights } },
    economy: { ...r.economy, ...o.economy },
    sea: { ...r.sea, ...o.sea },
    home: { ...r.home, ...o.home },
    score: { ...r.score, ...o.score, weights: { ...r.score.weights, ...o.score?.weights } },
  });
  if (!rules.success)
    return {
      ok: false,
      problems: rules.error.issues.map((i) => ({
        path: `rules.${i.path.join('.')}`,
        message: `${i.message} (after the overrides are laid over ruleset "${ruleset.id}")`,
      })),
    };
  const { $schema, ruleset: _id, rules: _overrides, thresholds, start, ...rest } = s;
  return {
    ok: true,
    scenario: {
      ...($schema === undefined ? {} : { $schema }),
      ...rest,
      ruleset: { id: ruleset.id, version: ruleset.version },
      rules: rules.data,
      thresholds: { ...ruleset.thresholds, ...thresholds },
      start: { ...start, indicators: { ...ruleset.start.indicators, ...start.indicators } },
    },
  };
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

/**
 * A loaded scenario with a text overlay laid over it (scenarios/texts/).
 * The rules, and so the hash, are the same: replays and class codes carry over.
 */
export function withTexts(
  loaded: Extract<LoadResult, { ok: true }>,
  overlay: unknown,
  file: string,
): LoadResult {
  const result = localize(loaded.scenario, overlay);
  if (!result.ok) return { ok: false, problems: result.problems.map((p) => ({ file, ...p })) };
  return {
    ok: true,
    scenario: result.scenario,
    compiled: compileScenario(result.scenario),
    notes: loaded.notes,
  };
}
