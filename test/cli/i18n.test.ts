import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program';
import { loadScenarioFile, resolveScenario } from '../../src/cli/scenarios';
import { locale } from '../../src/i18n';
import { withTexts } from '../../src/scenario/load';
import { scenarioTexts } from '../../src/scenario/texts';
import { fixturePath } from '../helpers';
import { captureConsole } from './capture-console';

const { out, err } = captureConsole();

describe('bamboo i18n', () => {
  it('reports the Vietnamese interface and every shipped scenario complete, and exits 1 while any text is missing', () => {
    const code = run(['i18n', '--json', '--locale', 'vi']);
    const report = JSON.parse(out.join('\n')) as {
      locales: {
        locale: string;
        ui: { missing: string[]; untranslated: string[]; total: number };
        scenarios: { id: string; total: number; translated: number; missing: number }[];
      }[];
      incomplete: number;
    };
    const [vi] = report.locales;
    expect(vi?.locale).toBe('vi');
    expect(vi?.ui.missing).toEqual([]);
    expect(vi?.ui.untranslated).toEqual([]);
    expect(vi?.scenarios.map((s) => s.id)).toEqual(['2023', 'september-2023', 'xi-visit-2023']);
    // Every shipped scenario has a complete overlay (scenarios/texts/*.vi.json).
    for (const s of vi?.scenarios ?? []) {
      expect(s.total).toBeGreaterThan(100);
      expect(s).toMatchObject({ missing: 0, translated: s.total });
    }
    expect(report.incomplete).toBe(vi?.scenarios.reduce((n, s) => n + s.missing, 0));
    expect(code).toBe(report.incomplete > 0 ? 1 : 0);
    if (report.incomplete > 0) expect(err.join('\n')).toMatch(/missing or left in English/);
  });

  it('English, the source language, is complete: exit 0', () => {
    expect(run(['i18n', '--locale', 'en'])).toBe(0);
    expect(out.join('\n')).toMatch(/en \(English\)/);
    expect(out.join('\n')).toMatch(/every locale is complete/);
  });

  it('refuses a language it does not speak', () => {
    expect(run(['i18n', '--locale', 'fr'])).toBe(1);
    expect(run(['--lang', 'fr', 'i18n'])).toBe(1);
    expect(err.join('\n')).toMatch(/"fr" is not one of en, vi/);
  });
});

describe('bamboo i18n --export', () => {
  it('writes an overlay of every text in English that loads over the scenario and changes nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bamboo-i18n-')), 'mini.vi.json');
    const mini = fixturePath('mini.json');
    expect(run(['i18n', '--export', mini, '--locale', 'vi', '--out', out])).toBe(0);
    const overlay = JSON.parse(readFileSync(out, 'utf8'));
    const loaded = loadScenarioFile(resolveScenario(mini));
    if (!loaded.ok) throw new Error('expected the fixture to load');
    expect(overlay).toMatchObject({ format: 1, scenario: loaded.scenario.id, locale: 'vi' });
    expect(overlay.texts).toEqual(Object.fromEntries(scenarioTexts(loaded.scenario)));
    const laid = withTexts(loaded, overlay, out);
    if (!laid.ok) throw new Error('expected the skeleton to load as an overlay');
    expect(laid.scenario).toEqual(loaded.scenario);
    expect(laid.compiled.hash).toBe(loaded.compiled.hash);
  });

  it('prints it when no --out is given, for a shipped scenario named by id', () => {
    expect(run(['i18n', '--export', '2023', '--locale', 'vi'])).toBe(0);
    const overlay = JSON.parse(out.join('\n'));
    expect(overlay.scenario).toBe('2023');
    expect(overlay.texts['debrief.questions.0']).toMatch(/\w/);
  });

  it('needs a language to translate into, and a scenario that loads', () => {
    expect(run(['i18n', '--export', '2023'])).toBe(1);
    expect(run(['i18n', '--export', '2023', '--locale', 'en'])).toBe(1);
    expect(err.join('\n')).toMatch(
      /--export: name the language to translate into with --locale \(vi\)/,
    );
    expect(run(['i18n', '--export', 'no-such', '--locale', 'vi'])).toBe(1);
    expect(err.join('\n')).toMatch(/no such file/);
    expect(run(['i18n', '--out', 'x.json'])).toBe(1);
    expect(err.join('\n')).toMatch(/--out: only with --export/);
  });
});

describe('--lang', () => {
  it('writes the readable summary in Vietnamese, and the next command is English again', () => {
    const mini = fixturePath('mini.json');
    expect(run(['--lang', 'vi', 'sim', '--scenario', mini, '--seed', 'a'])).toBe(0);
    const vi = out.join('\n');
    expect(vi).toMatch(/^mã "a", chiến lược /m);
    expect(vi).toMatch(/^điểm cây tre /m);
    // Tier names in Vietnamese; the powers' names are the scenario's own words (its text overlay).
    expect(vi).toMatch(/^cấp quan hệ: China Đối tác/m);
    out.length = 0;
    expect(run(['sim', '--scenario', mini, '--seed', 'a'])).toBe(0);
    expect(out.join('\n')).toMatch(/^bamboo score /m);
    expect(locale()).toBe('en');
  });
});
