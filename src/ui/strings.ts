/**
 * Every string the UI shows, in the player's language. The words live in message catalogs
 * (src/i18n/en.ts, vi.ts); this stays the screens' one entry point, and each read goes to the
 * language chosen at that moment, falling back to English for a key not translated yet.
 */
export { TEXT as STRINGS } from '../i18n';
