import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program';
import { locale } from '../../src/i18n';
import { fixturePath } from '../helpers';
import { captureConsole } from './capture-console';

const { out, err } = captureConsole();

describe('bamboo i18n', () => {
  it('reports Vietnamese interface complete and its scenario texts missing, and exits 1', () => {
    expect(run(['i18n', '--json', '--locale', 'vi'])).toBe(1);
    const report = JSON.parse(out.join('\n')) as {
      locales: {
        locale: string;
        ui: { missing: string[]; untranslated: string[]; total: number };
        scenarios: { id: string; total: number; missing: number }[];
      }[];
      incomplete: number;
    };
    const [vi] = report.locales;
    expect(vi?.locale).toBe('vi');
    expect(vi?.ui.missing).toEqual([]);
    expect(vi?.ui.untranslated).toEqual([]);
    expect(vi?.scenarios.map((s) => s.id)).toEqual(['2023', 'september-2023', 'xi-visit-2023']);
    for (const s of vi?.scenarios ?? []) expect(s.missing).toBeGreaterThan(0);
    expect(report.incomplete).toBe(vi?.scenarios.reduce((n, s) => n + s.missing, 0));
    expect(err.join('\n')).toMatch(/missing or left in English/);
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
