import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import {
  CATALOGS,
  coverage,
  DEFAULT_LOCALE,
  EN,
  LOCALE_NAMES,
  LOCALES,
  type Locale,
  parseLocale,
  TEXT,
} from '../../i18n';
import { overlaySkeleton, scenarioTextCount } from '../scenario-texts';
import { CliError, loadScenarioFile, requireScenario, scenarioFiles } from '../scenarios';

export interface LocaleReport {
  readonly locale: Locale;
  readonly ui: {
    readonly total: number;
    readonly missing: readonly string[];
    readonly untranslated: readonly string[];
    readonly unknown: readonly string[];
  };
  readonly scenarios: readonly {
    readonly id: string;
    readonly total: number;
    readonly translated: number;
    readonly missing: number;
    readonly problems: readonly string[];
  }[];
  /** Interface texts missing or left in English, plus scenario texts missing. */
  readonly incomplete: number;
}

export function localeReport(locale: Locale): LocaleReport {
  const scenarios = scenarioFiles().flatMap((file) => {
    const loaded = loadScenarioFile(file);
    if (!loaded.ok) return [];
    const { scenario } = loaded;
    const { total, translated, problems } = scenarioTextCount(
      scenario,
      locale === DEFAULT_LOCALE ? null : locale,
    );
    return [{ id: scenario.id, total, translated, missing: total - translated, problems }];
  });
  const ui =
    locale === DEFAULT_LOCALE
      ? { total: coverage(EN, EN).total, missing: [], untranslated: [], unknown: [] }
      : coverage(EN, CATALOGS[locale]);
  const incomplete =
    ui.missing.length + ui.untranslated.length + scenarios.reduce((n, s) => n + s.missing, 0);
  return { locale, ui, scenarios, incomplete };
}

export function formatLocaleReport(r: LocaleReport): string {
  const W = TEXT.cli.i18n;
  const lines = [W.heading(r.locale, LOCALE_NAMES[r.locale])];
  if (r.locale === DEFAULT_LOCALE) lines[0] += ` — ${W.source}`;
  const gaps = r.ui.missing.length + r.ui.untranslated.length;
  lines.push(W.ui(r.ui.total - gaps, r.ui.total));
  if (r.ui.missing.length > 0) {
    lines.push(W.missing(r.ui.missing.length), ...r.ui.missing.map((k) => `      ${k}`));
  }
  if (r.ui.untranslated.length > 0) {
    lines.push(
      W.untranslated(r.ui.untranslated.length),
      ...r.ui.untranslated.map((k) => `      ${k}`),
    );
  }
  if (r.ui.unknown.length > 0) {
    lines.push(W.unknown(r.ui.unknown.length), ...r.ui.unknown.map((k) => `      ${k}`));
  }
  for (const s of r.scenarios) {
    lines.push(W.scenario(s.id, s.translated, s.total), ...s.problems.map((p) => `    ${p}`));
  }
  return lines.join('\n');
}

export function registerI18n(program: Command): void {
  program
    .command('i18n')
    .description(
      'report, per language, the interface texts missing or left in English and the scenario texts missing; exits 1 when any are',
    )
    .option('--json', 'print the report as JSON')
    .option('--locale <locale>', `report one language only (${LOCALES.join(', ')})`)
    .option(
      '--export <scenario>',
      'instead of the report, write a text overlay of the scenario (id or file) for --locale, every text in English, to translate',
    )
    .option('--out <file>', 'with --export: the file to write (default: print it)')
    .action((opts: { json?: boolean; locale?: string; export?: string; out?: string }) => {
      const only = opts.locale === undefined ? null : parseLocale(opts.locale);
      if (opts.locale !== undefined && !only) {
        throw new CliError(`--locale: "${opts.locale}" is not one of ${LOCALES.join(', ')}`);
      }
      if (opts.export !== undefined) {
        exportOverlay(opts.export, only, opts.out);
        return;
      }
      if (opts.out !== undefined) throw new CliError('--out: only with --export');
      const reports = (only ? [only] : LOCALES).map(localeReport);
      const incomplete = reports.reduce((n, r) => n + r.incomplete, 0);
      if (opts.json) {
        console.log(JSON.stringify({ locales: reports, incomplete }, null, 2));
      } else {
        console.log(reports.map(formatLocaleReport).join('\n\n'));
        if (incomplete === 0) console.log(`\n${TEXT.cli.i18n.allDone}`);
      }
      if (incomplete > 0) throw new CliError(TEXT.cli.i18n.incomplete(incomplete));
    });
}

function exportOverlay(scenario: string, locale: Locale | null, out: string | undefined): void {
  if (locale === null || locale === DEFAULT_LOCALE) {
    const others = LOCALES.filter((l) => l !== DEFAULT_LOCALE).join(', ');
    throw new CliError(`--export: name the language to translate into with --locale (${others})`);
  }
  const { scenario: s } = requireScenario(scenario);
  const text = JSON.stringify(overlaySkeleton(s, locale), null, 2);
  if (out === undefined) console.log(text);
  else writeFileSync(resolve(out), `${text}\n`);
}
