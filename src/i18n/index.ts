/**
 * Words, by language. `TEXT` reads the active language's catalog and falls back to English key
 * by key; the UI reaches it as `STRINGS` (src/ui/strings.ts), the view models and the CLI here.
 */
import { locale } from './active';
import { localized } from './catalog';
import { EN } from './en';
import type { Locale } from './locales';
import { VI } from './vi';

export { locale, onLocaleChange, setLocale } from './active';
export type { Translation, Widen } from './catalog';
export { isBranch, localized } from './catalog';
export { EN } from './en';
export { dateRange, formatDecimal, formatNumber, longDate, monthYear, plural } from './format';
export * from './locales';

export const CATALOGS: Readonly<Record<Locale, object>> = { en: EN, vi: VI };

export const TEXT = localized(EN, () => CATALOGS[locale()]);
export {
  type Coverage,
  coverage,
  MARKERS,
  SAME_IN_EVERY_LANGUAGE,
  sample,
  templates,
} from './coverage';
