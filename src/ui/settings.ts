/**
 * The player's preferences as the scenes read them: a thin view over the settings store
 * (src/store/settings-store.ts), which every scene shares through `app()`.
 */
import type { Settings } from '../store';
import { app } from './app';

export type { Settings } from '../store';

export function settings(): Settings {
  const { advisor, locale, guideSeen, muted } = app().settings.getState();
  return { advisor, locale, guideSeen, muted };
}

export function updateSettings(change: Partial<Settings>): Settings {
  app().settings.getState().update(change);
  return settings();
}
