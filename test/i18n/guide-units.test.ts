import { describe, expect, it } from 'vitest';
import { LOCALES, setLocale, TEXT } from '../../src/i18n';

/** The guided first month speaks of the scenario's own turns, as the rest of the screen does. */
describe('the guide in a scenario played in fortnights', () => {
  it.each(LOCALES)('never says "month" in %s', (lang) => {
    setLocale(lang);
    try {
      const unit = TEXT.units.word.fortnight;
      const numbers = { year: '2023', band: 15, lost: 45, rupture: 10, unit };
      const texts = Object.values(TEXT.game.guide.steps).map((step) => step.text(numbers));
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
