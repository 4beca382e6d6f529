import { readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  type ClassFilter,
  type ClassResults,
  classResultsCsv,
  displayName,
  type FileVerdict,
  keyDecisionsText,
  refuseBySize,
  type ScenarioLookup,
  summarizeClass,
  turningPoints,
  verifyReplayFile,
} from '../../classroom';
import type { CompiledScenario } from '../../engine';
import { classCodeFits, parseClassCode, scenariosForClassCode } from '../../share';
import { CliError, loadScenarioFile, requireScenario, scenarioFiles } from '../scenarios';

interface VerifyOptions {
  csv?: string;
  scenario?: string;
  seed?: string;
  class?: string;
  json?: boolean;
}

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description(
      "verify a class's replay files by replaying them; print the results table (exit 1 if any file is invalid)",
    )
    .argument('<files...>', 'replay files (JSON)')
    .option('--csv <file>', 'also write the results as CSV to this file')
    .option(
      '--scenario <id-or-path>',
      "the class's scenario: files for another are invalid (a path also adds that scenario)",
    )
    .option('--seed <text>', "the class's seed: files played with another are invalid")
    .option('--class <code>', "the class code (sets the seed, and the scenario if it's unique)")
    .option('--json', 'print the results as one JSON object')
    .action((files: string[], opts: VerifyOptions) => {
      const extra = opts.scenario ? requireScenario(opts.scenario) : undefined;
      const scenarios = installedScenarios(extra);
      const filter = classFilter(opts, extra);
      const verdicts = files.map((file) => verifyPath(file, scenarios, filter));
      const results = summarizeClass(verdicts);
      if (opts.csv) {
        writeFileSync(opts.csv, classResultsCsv(results, { bom: true }));
      }
      if (opts.json) console.log(JSON.stringify(results));
      else console.log(formatResults(results, filter, opts.csv));
      if (results.invalid.length > 0) {
        throw new CliError(`${results.invalid.length} of ${files.length} files did not verify`);
      }
    });
}

function classFilter(opts: VerifyOptions, extra: CompiledScenario | undefined): ClassFilter {
  let scenario = extra?.scenario.id;
  let seed = opts.seed;
  if (opts.class !== undefined) {
    const code = parseClassCode(opts.class);
    if (!code.ok) throw new CliError(`--class ${opts.class}: ${code.error.message}`);
    if (seed !== undefined && seed !== code.code) {
      throw new CliError(`--seed "${seed}" and --class ${code.code} disagree: give one of them`);
    }
    seed = code.code;
    if (scenario !== undefined && !classCodeFits(code.code, scenario)) {
      throw new CliError(`class code ${code.code} was not made for scenario "${scenario}"`);
    }
    if (scenario === undefined) {
      const ids = scenarioFiles().flatMap((f) => {
        const r = loadScenarioFile(f);
        return r.ok ? [r.scenario.id] : [];
      });
      const fits = scenariosForClassCode(code.code, ids);
      if (fits.length === 1) scenario = fits[0];
    }
  }
  return {
    ...(scenario !== undefined ? { scenario } : {}),
    ...(seed !== undefined ? { seed } : {}),
  };
}

/**
 * The scenarios in scenarios/, by their id (loaded once, on first need),
 * plus the one given with --scenario. Replays name scenarios by id; the id
 * is never turned into a path, so a hostile file cannot point anywhere.
 */
function installedScenarios(extra: CompiledScenario | undefined): ScenarioLookup {
  let byId: Map<string, CompiledScenario> | undefined;
  return (id) => {
    if (extra && extra.scenario.id === id) return extra;
    if (!byId) {
      byId = new Map();
      for (const file of scenarioFiles()) {
        const r = loadScenarioFile(file);
        if (r.ok) byId.set(r.scenario.id, r.compiled);
      }
    }
    return byId.get(id);
  };
}

function verifyPath(file: string, scenarios: ScenarioLookup, filter: ClassFilter): FileVerdict {
  let text: string;
  try {
    // A 50 MB "replay" is refused by its size, without reading it.
    const refused = refuseBySize(file, statSync(file).size);
    if (refused) return refused;
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { status: 'invalid', file, code: 'unreadable', reason: `cannot read (${why})` };
  }
  return verifyReplayFile({ name: file, text }, scenarios, filter);
}

/**
 * Names and file names come from students: control characters (a terminal
 * escape sequence in a name) are shown as `?` so they cannot repaint the
 * teacher's terminal.
 */
function clean(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    out += c < 0x20 || (c >= 0x7f && c < 0xa0) ? '?' : ch;
  }
  return out;
}

function column(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width
    ? `${chars.slice(0, width - 1).join('')}…`
    : text + ' '.repeat(width - chars.length);
}

function formatResults(results: ClassResults, filter: ClassFilter, csv?: string): string {
  const total = results.rows.length + results.invalid.length;
  const lines: string[] = [];
  const forClass =
    filter.scenario !== undefined || filter.seed !== undefined
      ? ` (class: scenario ${filter.scenario ?? 'any'}, seed ${filter.seed !== undefined ? `"${clean(filter.seed)}"` : 'any'})`
      : '';
  lines.push(
    `${total} files: ${results.rows.length} verified, ${results.invalid.length} invalid${forClass}`,
  );
  if (results.rows.length > 0) {
    const width = Math.min(
      24,
      Math.max(6, ...results.rows.map((r) => [...clean(displayName(r))].length)),
    );
    lines.push('');
    lines.push(
      `rank  score  ${column('player', width)}  ${column('outcome', 16)}  turns  turning points (upgrades, big cards, departures from history; all decisions in --csv)`,
    );
    for (const r of results.rows) {
      const outcome = r.over
        ? `${r.outcome ?? ''}${r.collapse ? ' (collapse)' : ''}`
        : 'unfinished';
      lines.push(
        [
          String(r.rank).padStart(4),
          r.score.toFixed(1).padStart(5),
          column(clean(displayName(r)) + (r.duplicate ? ' *' : ''), width),
          column(outcome, 16),
          String(r.turns).padStart(5),
          clean(keyDecisionsText(turningPoints(r.keyDecisions))) || '-',
        ].join('  '),
      );
    }
  }
  if (results.invalid.length > 0) {
    lines.push('', 'Invalid files:');
    for (const e of results.invalid) {
      lines.push(`  ${clean(e.file)}: ${e.code}: ${clean(e.reason)}`);
    }
  }
  if (results.duplicates.length > 0) {
    lines.push('', '* The same player handed in several files:');
    for (const d of results.duplicates) {
      lines.push(`  ${clean(d.player)}: ${d.files.map(clean).join(', ')}`);
    }
  }
  if (csv) lines.push('', `CSV written to ${csv}`);
  return lines.join('\n');
}
