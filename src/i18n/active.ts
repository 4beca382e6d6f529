/**
 * The language words are read in right now. One value for the whole program: the browser
 * sets it from the player's setting (and re-renders the scenes), the CLI from `--lang`.
 * Catalog reads look it up on every access, so a switch needs no re-import.
 */
import { DEFAULT_LOCALE, type Locale } from './locales';

let active: Locale = DEFAULT_LOCALE;
const listeners = new Set<(locale: Locale) => void>();

export function locale(): Locale {
  return active;
}

export function setLocale(next: Locale): void {
  if (next === active) return;
  active = next;
  for (const listener of listeners) listener(next);
}

/** Returns the unsubscribe function. */
export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
