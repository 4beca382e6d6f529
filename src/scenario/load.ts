/**
 * The one gate scenario data comes through: JSON text in, either a compiled
 * scenario or every problem found, each naming the file, the field and what
 * was expected. Never throws.
 */
import type { z } from 'zod';
import { type CompiledScenario, compileScenario } from '../engine/compile';
import { familyKey, indicatorTable } from '../engine/indicators';
import { crossCheck } from './crossref';
import { stripBom } from './decode';
import { type BaseLookup, extendScenario } from './extend';
import { shippedIndicators } from './indicators';
import { explainJsonError } from './json-error';
import { migrateScenario } from './migrate';
import { fieldExample, requiredFieldHint } from './required-hints';
import { findRuleset, type Ruleset } from './ruleset';
import { rulesSchema, type Scenario, type ScenarioFile, scenarioSchema } from './schema';
import { knownKeys } from './schema-walk';
import { didYouMean, listIds } from './suggest';
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

export function loadScenarioText(raw: string, file: string, bases?: BaseLookup): LoadResult {
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
  return loadScenarioData(data, file, bases);
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

/** The gate never throws: whatever a library or a rule cannot handle is a refusal. */
function failure(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** `bases` finds the scenarios a file may extend, by id (the CLI reads scenarios/, the game its catalog). */
export function loadScenarioData(input: unknown, file: string, bases?: BaseLookup): LoadResult {
  const deep = tooDeep(input, MAX_SCENARIO_DEPTH);
  if (deep) {
    return fail(
      file,
      describePath(deep.slice(0, 12), input),
      `nested more than ${MAX_SCENARIO_DEPTH} levels deep (conditions inside conditions?); a scenario needs far fewer`,
    );
  }
  try {
    return loadChecked(input, file, bases);
  } catch (err) {
    return fail(file, '', `could not be checked (${failure(err)})`);
  }
}

function loadChecked(input: unknown, file: string, bases: BaseLookup | undefined): LoadResult {
  const extended = extendScenario(input, bases, migrateScenario);
  if (!extended.ok) return { ok: false, problems: extended.problems.map((p) => ({ file, ...p })) };
  const migrated = migrateScenario(extended.data, file);
  const data = migrated.data;
  const notes = [...extended.notes, ...migrated.notes];
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
  // A ruleset speaks of every power it knows; a scenario keeps the numbers of its own.
  const powers = Object.keys(s.powers);
  const own = (rec: Readonly<Record<string, number>>) =>
    Object.fromEntries(powers.filter((p) => Object.hasOwn(rec, p)).map((p) => [p, rec[p]]));
  const rules = rulesSchema.safeParse({
    drift: {
      ...r.drift,
      ...o.drift,
      weights: { ...own(r.drift.weights), ...o.drift?.weights },
      orbits: { ...r.drift.orbits, ...o.drift?.orbits },
    },
    economy: { ...r.economy, ...o.economy },
    sea: { ...r.sea, ...o.sea },
    home: { ...r.home, ...o.home, backlash: { ...own(r.home.backlash), ...o.home?.backlash } },
    ...(r.neglect || o.neglect ? { neglect: { ...r.neglect, ...o.neglect } } : {}),
    ...(r.warmth || o.warmth ? { warmth: { ...r.warmth, ...o.warmth } } : {}),
    ...(r.patience || o.patience ? { patience: { ...r.patience, ...o.patience } } : {}),
    score: { ...r.score, ...o.score, weights: { ...r.score.weights, ...o.score?.weights } },
    cards: { ...r.cards, ...o.cards },
    credibility: { ...r.credibility, ...o.credibility },
    doctrine: { ...r.doctrine, ...o.doctrine },
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
      indicators: ruleset.indicators,
      rules: rules.data,
      thresholds: { ...ruleset.thresholds, ...thresholds },
      start: {
        ...start,
        indicators: { ...rulesetStart(ruleset, powers), ...start.indicators },
      },
    },
  };
}

/** The ruleset's starting values for these powers: a family's value goes to each power's member. */
function rulesetStart(ruleset: Ruleset, powers: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  const families = indicatorTable(ruleset.indicators).families;
  for (const [key, value] of Object.entries(ruleset.start.indicators)) {
    if (value === undefined) continue;
    if (families.includes(key)) for (const p of powers) out[familyKey(key, p)] = value;
    else out[key] = value;
  }
  return out;
}

function fail(file: string, path: string, message: string): LoadResult {
  return { ok: false, problems: [{ file, path, message }] };
}

function fromIssue(issue: z.core.$ZodIssue, data: unknown, file: string): ScenarioProblem {
  if (issue.code === 'invalid_key') {
    // A record's key (an indicator or a power id) that is not one: named at its record.
    const at = issue.path.slice(0, -1);
    return { file, path: describePath(at, data), message: badKey(String(issue.path.at(-1)), data) };
  }
  return { file, path: describePath(issue.path, data), message: explainIssue(issue, data) };
}

/** The indicators and powers a scenario's data may name: its own powers' families and the rest. */
function badKey(key: string, data: unknown): string {
  const powers = Object.keys(
    (typeof data === 'object' && data !== null && 'powers' in data && data.powers) || {},
  );
  if (!key.includes('.'))
    return `unknown power "${key}"${didYouMean(key, powers)} (the powers are: ${listIds(powers)})`;
  const known = shippedIndicators.defs.flatMap((d) =>
    d.perPower ? powers.map((p) => familyKey(d.key, p)) : [d.key],
  );
  return `unknown indicator "${key}"${didYouMean(key, known)} (expected an indicator such as sea.tension, home.mood or relations.<power>)`;
}

/** The zod issue in an author's words: what is there, what belongs there, the nearest known name. */
function explainIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const value = valueAt(data, issue.path);
  const last = issue.path.at(-1);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(scenarioSchema, issue.path);
      const indicatorTable =
        issue.keys.some((k) => k.includes('.')) || known.some((k) => k.includes('.'));
      const parts = issue.keys.map((k) => `"${k}"${didYouMean(k, known)}`);
      const what = indicatorTable ? 'indicator' : 'field';
      const plural = issue.keys.length > 1 ? 's' : '';
      const hint = indicatorTable
        ? 'expected an indicator such as sea.tension, home.mood or relations.<power>'
        : `the fields here are: ${listIds(known, 20)}`;
      return `unknown ${what}${plural} ${parts.join(', ')} (${hint})`;
    }
    case 'invalid_type': {
      const parent = valueAt(data, issue.path.slice(0, -1));
      const missing =
        value === undefined &&
        typeof last === 'string' &&
        parent !== null &&
        typeof parent === 'object' &&
        !Object.hasOwn(parent, last);
      if (missing && typeof last === 'string')
        return `missing required field "${last}". ${requiredFieldHint(issue.path, issue.expected)}`;
      if (typeof last === 'string' && TURN_FIELDS.has(last))
        return `expected a turn id in quotes, found ${describeValue(value)}; the calendar's turn ids are: ${listIds(turnIds(data)) || '(none yet)'}${turnForNumber(value, turnIds(data))}`;
      return `expected ${nameOfType(issue.expected)}, found ${describeValue(value)}`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v));
      const near = typeof value === 'string' ? didYouMean(value, issue.values.map(String)) : '';
      return `expected ${allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`}, found ${describeValue(value)}${near}`;
    }
    case 'too_small':
      if (issue.origin === 'array' && Array.isArray(value) && value.length === 0) {
        const example = fieldExample(issue.path);
        return `${issue.message} (found an empty list)${example ? `. ${example}` : ''}`;
      }
      return issue.message;
    case 'invalid_format':
    case 'custom':
      return value === undefined
        ? issue.message
        : `${issue.message}, found ${describeValue(value)}`;
    default:
      return issue.message;
  }
}

const TURN_FIELDS = new Set(['turn', 'fromTurn', 'toTurn']);

function turnIds(data: unknown): string[] {
  const calendar = valueAt(data, ['calendar']);
  return Array.isArray(calendar)
    ? calendar.flatMap((t) =>
        t && typeof t === 'object' && typeof t.id === 'string' ? [t.id] : [],
      )
    : [];
}

/** A turn written as its number (4) most likely means the id that ends in it ("f4"), or the 4th turn. */
function turnForNumber(value: unknown, ids: readonly string[]): string {
  if (typeof value !== 'number' || !Number.isInteger(value)) return '';
  const byDigits = ids.find((id) => id.replace(/\D+/g, '') === String(value));
  const guess = byDigits ?? ids[value - 1];
  return guess === undefined ? '' : `; did you mean "${guess}"?`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function nameOfType(expected: string): string {
  const names: Record<string, string> = {
    string: 'a text in quotes',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list [ … ]',
    object: 'an object { … }',
  };
  return names[expected] ?? expected;
}

/** A value as an author would recognise it in their file. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value))
    return value.length === 0 ? 'an empty list []' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object { … }';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  return String(value);
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
  const place = explainJsonError(text);
  if (place) return `line ${place.line}, column ${place.column}: ${place.cause}`;
  // The scanner and JSON.parse disagree only on exotic input: keep the engine's own words.
  return err instanceof Error ? err.message : String(err);
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
