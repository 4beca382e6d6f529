import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n';
import { browserLocale, createSettingsStore, memoryStorage, SETTINGS_KEY } from '../../src/store';

describe('settings store', () => {
  it('starts from defaults (the advisor off), and remembers a chosen language', () => {
    const storage = memoryStorage();
    const s = createSettingsStore(storage);
    expect(s.getState()).toMatchObject({ advisor: false, locale: null });
    s.getState().update({ locale: 'vi' });
    expect(JSON.parse(storage.getItem(SETTINGS_KEY) ?? '{}')).toEqual({
      advisor: false,
      locale: 'vi',
    });
    expect(createSettingsStore(storage).getState().locale).toBe('vi');
  });

  it('?lang= in the address wins and is remembered; ?advisor=off lasts the visit', () => {
    const storage = memoryStorage();
    storage.setItem(SETTINGS_KEY, JSON.stringify({ advisor: true, locale: 'en' }));
    const s = createSettingsStore(storage, '?lang=vi-VN&advisor=off');
    expect(s.getState()).toMatchObject({ advisor: false, locale: 'vi' });
    expect(JSON.parse(storage.getItem(SETTINGS_KEY) ?? '{}')).toEqual({
      advisor: true,
      locale: 'vi',
    });
  });

  it('ignores an unknown language and damaged settings', () => {
    const storage = memoryStorage();
    storage.setItem(SETTINGS_KEY, '{"advisor":');
    expect(createSettingsStore(storage, '?lang=klingon').getState()).toMatchObject({
      advisor: false,
      locale: null,
    });
    storage.setItem(SETTINGS_KEY, JSON.stringify({ advisor: 'yes', locale: 'fr' }));
    expect(createSettingsStore(storage).getState()).toMatchObject({ advisor: false, locale: null });
    expect(createSettingsStore(storage, '?advisor=on').getState().advisor).toBe(true);
  });

  it("the browser's first language the game speaks", () => {
    expect(browserLocale(['fr-FR', 'vi-VN', 'en'])).toBe('vi');
    expect(browserLocale(['de', 'fr'])).toBeNull();
  });
});

describe('settings round trip', () => {
  const settings = fc.record({
    advisor: fc.boolean(),
    locale: fc.constantFrom(null, ...LOCALES),
    guideSeen: fc.boolean(),
    muted: fc.boolean(),
  });

  it('whatever the player changes, the next visit reads back the same settings', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(settings, fc.boolean())), (changes) => {
        const storage = memoryStorage();
        const s = createSettingsStore(storage);
        for (const [change, whole] of changes) {
          // A change may name every setting or only some: the others keep their value.
          s.getState().update(whole ? change : { muted: change.muted });
        }
        const { advisor, locale, guideSeen, muted } = s.getState();
        expect(createSettingsStore(storage).getState()).toMatchObject({
          advisor,
          locale,
          guideSeen,
          muted,
        });
      }),
      { numRuns: 200 },
    );
  });

  it('a storage that refuses to write keeps the settings for the visit', () => {
    const refusing = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const s = createSettingsStore(refusing);
    s.getState().update({ locale: 'vi', muted: true });
    expect(s.getState()).toMatchObject({ locale: 'vi', muted: true });
  });
});
