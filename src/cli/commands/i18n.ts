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
import { scenarioTextCount } from '../scenario-texts';
import { CliError, loadScenarioFile, scenarioFiles } from '../scenarios';

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
    .action((opts: { json?: boolean; locale?: string }) => {
      const only = opts.locale === undefined ? null : parseLocale(opts.locale);
      if (opts.locale !== undefined && !only) {
        throw new CliError(`--locale: "${opts.locale}" is not one of ${LOCALES.join(', ')}`);
      }
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
