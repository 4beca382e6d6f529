/** The languages the game speaks, and what each one is called in itself (for the switch). */
export const LOCALES = ['en', 'vi'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in its own words, so a player who cannot read the other one finds theirs. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  vi: 'Tiếng Việt',
};

/** BCP 47 tags for Intl: British English keeps "12 December 2023", the order the game always used. */
export const INTL_TAGS: Readonly<Record<Locale, string>> = {
  en: 'en-GB',
  vi: 'vi-VN',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** "vi", "vi-VN", "VI" → "vi"; anything unknown → null. */
export function parseLocale(value: string | null | undefined): Locale | null {
  if (!value) return null;
  const base = value.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : null;
}
