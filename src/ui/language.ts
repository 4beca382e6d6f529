/**
 * The language the screens speak: chosen on the title screen (or by `?lang=` in a link),
 * remembered in the settings store, applied to the catalogs, and re-rendered at once.
 */
import type Phaser from 'phaser';
import { DEFAULT_LOCALE, type Locale, setLocale } from '../i18n';
import { browserLocale } from '../store';
import type { App } from './app';

function apply(chosen: Locale | null): Locale {
  const locale =
    chosen ?? browserLocale(navigator.languages ?? [navigator.language]) ?? DEFAULT_LOCALE;
  setLocale(locale);
  document.documentElement.lang = locale;
  return locale;
}

/**
 * Call once, before the first scene, and wait for it: the scenarios' texts in the chosen
 * language are fetched first. Later changes restart the running scenes in the new words.
 */
export async function initLanguage(app: App, game: () => Phaser.Game | undefined): Promise<void> {
  await app.localize(apply(app.settings.getState().locale));
  app.settings.subscribe(
    (s) => s.locale,
    async (locale) => {
      if (!(await app.localize(apply(locale)))) return;
      for (const scene of game()?.scene.getScenes(true) ?? []) scene.scene.restart();
    },
  );
}

/** The player's choice: remembered, and dropped from the address so a reload keeps it. */
export function chooseLanguage(app: App, locale: Locale): void {
  const url = new URL(window.location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.delete('lang');
    window.history.replaceState(null, '', url);
  }
  app.settings.getState().update({ locale });
}
