import { afterEach, describe, expect, it } from 'vitest';
import { summarizeClass, verifyReplayFile } from '../../src/classroom';
import { setLocale } from '../../src/i18n';
import { gaugeValue, signed } from '../../src/view';
import { classTable } from '../../src/view/class-table';
import { file, lookup, studentReplay } from '../classroom/replays';

afterEach(() => setLocale('en'));

describe('decimals in the player’s language', () => {
  it('a gauge reads "5.2%" in English and "5,2%" in Vietnamese', () => {
    expect(gaugeValue('economy.growth', 5.24)).toBe('5.2%');
    expect(signed(-2.46)).toBe('\u22122.5');
    setLocale('vi');
    expect(gaugeValue('economy.growth', 5.24)).toBe('5,2%');
    expect(gaugeValue('autonomy.drift', -12.5)).toBe('\u221212,5');
    expect(signed(-2.46)).toBe('\u22122,5');
    expect(gaugeValue('patience.cn', 8)).toBe('8/10');
  });

  it('the class table writes a score "63.6" in English and "63,6" in Vietnamese', () => {
    const results = summarizeClass([
      verifyReplayFile(file('b.json', studentReplay('C-1', 'Lan')), lookup),
    ]);
    const row = (lang: 'en' | 'vi') => {
      setLocale(lang);
      const r = classTable(results, () => ['M1', 'M2', 'M3', 'M4']).rows[0];
      if (!r) throw new Error('no ranked row');
      return r;
    };
    const en = row('en');
    expect(en.scoreText).toMatch(/^\d+\.\d$/);
    expect(Number(en.scoreText)).toBeCloseTo(en.score, 1);
    const vi = row('vi');
    expect(vi.scoreText).toMatch(/^\d+,\d$/);
    expect(vi.scoreText).toBe(en.scoreText.replace('.', ','));
  });
});
