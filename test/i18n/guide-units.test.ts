import { describe, expect, it } from 'vitest';
import { LOCALES, setLocale, TEXT } from '../../src/i18n';

/** The guided first month speaks of the scenario's own turns, as the rest of the screen does. */
describe('the guide in a scenario played in fortnights', () => {
  it.each(LOCALES)('never says "month" in %s', (lang) => {
    setLocale(lang);
    try {
      const unit = TEXT.units.word.fortnight;
      const plain = {
        year: '2023',
        band: 15,
        lost: 45,
        rupture: 10,
        unit,
        upkeepFrom: null,
        upkeepShare: 0,
        income: 9,
        neglect: false,
      };
      const biting = { ...plain, upkeepFrom: 12, upkeepShare: 0.5, neglect: true };
      const texts = [plain, biting].flatMap((numbers) =>
        Object.values(TEXT.game.guide.steps).map((step) => step.text(numbers)),
      );
      const month = TEXT.units.word.month;
      for (const text of texts) {
        // "nửa tháng" (a fortnight) holds the word for month: take the unit out before looking.
        expect(text.split(unit).join(''), text).not.toMatch(new RegExp(`\\b${month}\\b`, 'iu'));
      }
      expect(texts.join(' ')).toContain(unit);
    } finally {
      setLocale('en');
    }
  });
});

describe('the guide in a scenario whose capital melts and relations cool', () => {
  it.each(LOCALES)('says so in %s, and only there', (lang) => {
    setLocale(lang);
    try {
      const plain = {
        year: '2023',
        band: 30,
        lost: 50,
        rupture: 20,
        unit: TEXT.units.word.month,
        upkeepFrom: null,
        upkeepShare: 0,
        income: 11,
        neglect: false,
      };
      const steps = TEXT.game.guide.steps;
      expect(steps.capital.text({ ...plain, upkeepFrom: 12, upkeepShare: 0.5 })).toContain('12');
      expect(steps.capital.text(plain)).not.toContain('12');
      expect(steps.powers.text({ ...plain, neglect: true }).length).toBeGreaterThan(
        steps.powers.text(plain).length,
      );
    } finally {
      setLocale('en');
    }
  });
});

describe('the guide gives the numbers a newcomer meets in January', () => {
  it.each(LOCALES)(
    'the income, the share that melts, the rupture line and patience, in %s',
    (lang) => {
      setLocale(lang);
      try {
        const n = {
          year: '2023',
          band: 30,
          lost: 50,
          rupture: 30,
          unit: TEXT.units.word.month,
          upkeepFrom: 10,
          upkeepShare: 0.5,
          income: 11,
          neglect: true,
        };
        const steps = TEXT.game.guide.steps;
        const capital = steps.capital.text(n);
        // "A few points" read as two or three; the first month brings eleven.
        expect(capital).toContain('11');
        expect(capital).toMatch(lang === 'vi' ? /một nửa/u : /\bhalf\b/u);
        expect(steps.capital.text({ ...n, upkeepShare: 0.25 })).toMatch(
          lang === 'vi' ? /một phần tư/u : /\ba quarter\b/u,
        );
        const powers = steps.powers.text(n);
        expect(powers).toContain('30');
        expect(powers).toMatch(lang === 'vi' ? /kiên nhẫn/iu : /patience/iu);
      } finally {
        setLocale('en');
      }
    },
  );
});
