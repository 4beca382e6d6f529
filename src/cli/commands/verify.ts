import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  type ClassFilter,
  type ClassResults,
  displayName,
  type FileVerdict,
  keyDecisionsText,
  type ScenarioLookup,
  summarizeClass,
  turningPoints,
  verifyReplayFile,
} from '../../classroom';
import type { CompiledScenario } from '../../engine';
import { MAX_REPLAY_BYTES } from '../../replay/parse';
import { classCodeFits, parseClassCode, scenariosForClassCode } from '../../share';
import { classResultsCsv } from '../../view/class-csv';
import {
  type CalendarLookup,
  holdDetail,
  holdLabel,
  outcomeName,
  progressText,
} from '../../view/class-table';
import { cleanTerminal, print, printJson } from '../output';
import { readRegularFile } from '../read-file';
import { CliError, requireScenario, scenarioLookup, shippedScenarios } from '../scenarios';

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
      "verify a class's replay files by replaying them; rank the finished games that raise no question, list the rest apart (exit 1 if any file is invalid)",
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
      const scenarios = scenarioLookup(extra);
      const filter = classFilter(opts, extra);
      const verdicts = files.map((file) => verifyPath(file, scenarios, filter));
      const results = summarizeClass(verdicts);
      const calendar: CalendarLookup = (id) =>
        scenarios(id)?.scenario.calendar.map((t) => t.label) ?? [];
      if (opts.csv) {
        const powers = (id: string) => scenarios(id)?.scenario.powers;
        writeFileSync(opts.csv, classResultsCsv(results, { bom: true, calendar, powers }));
      }
      if (opts.json) printJson(results);
      else print(formatResults(results, filter, calendar, opts.csv));
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
      const fits = scenariosForClassCode(code.code, [...shippedScenarios().keys()]);
      if (fits.length === 0) {
        throw new CliError(
          `class code ${code.code} was made for none of the shipped scenarios: give its scenario with --scenario`,
        );
      }
      // Two scenarios can share a code's tag (1 in 32): the filter must not silently go.
      if (fits.length > 1) {
        throw new CliError(
          `class code ${code.code} fits several scenarios (${fits.join(', ')}): say which with --scenario`,
        );
      }
      scenario = fits[0];
    }
  }
  return {
    ...(scenario !== undefined ? { scenario } : {}),
    ...(seed !== undefined ? { seed } : {}),
  };
}

function verifyPath(file: string, scenarios: ScenarioLookup, filter: ClassFilter): FileVerdict {
  const read = readRegularFile(file, MAX_REPLAY_BYTES);
  if (!read.ok) return { status: 'invalid', file, code: read.code, reason: read.reason };
  return verifyReplayFile({ name: file, text: read.text }, scenarios, filter);
}

const clean = (text: string) => cleanTerminal(text, { oneLine: true });

function column(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width
    ? `${chars.slice(0, width - 1).join('')}…`
    : text + ' '.repeat(width - chars.length);
}

function formatResults(
  results: ClassResults,
  filter: ClassFilter,
  calendar: CalendarLookup,
  csv?: string,
): string {
  const valid = results.rows.length + results.unfinished.length + results.flagged.length;
  const total = valid + results.invalid.length;
  const lines: string[] = [];
  const forClass =
    filter.scenario !== undefined || filter.seed !== undefined
      ? ` (class: scenario ${filter.scenario ?? 'any'}, seed ${filter.seed !== undefined ? `"${clean(filter.seed)}"` : 'any'})`
      : '';
  lines.push(
    `${total} files: ${valid} verified, ${results.invalid.length} invalid; ${results.rows.length} ranked, ${results.unfinished.length} unfinished, ${results.flagged.length} held back${forClass}`,
  );
  if (results.classes.length > 1) {
    lines.push(
      '',
      `WARNING: these files come from ${results.classes.length} different scenarios or seeds, so their scores do not compare; give --class <code>:`,
      ...results.classes.map(
        (c) => `  scenario ${clean(c.scenario)}, seed "${clean(c.seed)}": ${c.files} files`,
      ),
    );
  }
  if (results.rows.length > 0) {
    const width = Math.min(
      24,
      Math.max(6, ...results.rows.map((r) => [...clean(displayName(r))].length + 2)),
    );
    const seedWidth = Math.min(
      16,
      Math.max(4, ...results.rows.map((r) => [...clean(r.seed)].length)),
    );
    const scenarioWidth = Math.min(
      16,
      Math.max(8, ...results.rows.map((r) => [...clean(r.scenario)].length)),
    );
    lines.push('');
    lines.push(
      `rank  score  ${column('player', width)}  ${column('scenario', scenarioWidth)}  ${column('seed', seedWidth)}  ${column('outcome', 22)}  turning points (upgrades, big cards, departures from history; all decisions in --csv)`,
    );
    for (const r of results.rows) {
      const outcome = `${outcomeName(r.outcome)}${r.collapse ? ` (${progressText(r, calendar)})` : ''}`;
      lines.push(
        [
          String(r.rank).padStart(4),
          r.score.toFixed(1).padStart(5),
          column(
            clean(displayName(r)) + (r.duplicate ? ' *' : '') + (r.beyondBots ? ' !' : ''),
            width,
          ),
          column(clean(r.scenario), scenarioWidth),
          column(clean(r.seed), seedWidth),
          column(outcome, 22),
          clean(keyDecisionsText(turningPoints(r.keyDecisions))) || '-',
        ].join('  '),
      );
    }
    const beyond = results.rows.filter((r) => r.beyondBots);
    if (beyond.length > 0) {
      lines.push(
        '',
        '! Beyond every bot — ask how (the class code is the seed, so the future can be searched):',
      );
      for (const r of beyond) {
        if (!r.botCeiling) continue;
        lines.push(
          `  ${clean(displayName(r))}: ${r.score.toFixed(1)}; best bot (${r.botCeiling.policy}) ${r.botCeiling.score.toFixed(1)} at the 90th percentile on this seed`,
        );
      }
    }
  }
  if (results.unfinished.length > 0) {
    lines.push('', 'Unfinished (not ranked):');
    for (const r of results.unfinished) {
      lines.push(
        `  ${clean(displayName(r))} (${clean(r.file)}): ${progressText(r, calendar)}; score so far ${r.score.toFixed(1)}`,
      );
    }
  }
  if (results.flagged.length > 0) {
    lines.push('', 'Held back from the ranking (ask the student):');
    for (const r of results.flagged) {
      const why = r.reasons.map((h) => `${holdLabel(h)}: ${clean(holdDetail(h))}`).join('; ');
      lines.push(`  ${clean(displayName(r))} (${clean(r.file)}), ${r.score.toFixed(1)}: ${why}`);
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
  if (csv) lines.push('', `CSV written to ${clean(csv)}`);
  return lines.join('\n');
}
