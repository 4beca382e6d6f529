/**
 * The player's (or teacher's) preferences, shared by every scene and kept in localStorage
 * apart from the save. The page's address may override them: `?advisor=on` or `?advisor=off`
 * sets the advisor (off by default) for that visit, as a teacher's class link may,
 * `?guide=on` asks for the guided first month (`off` leaves it out), and
 * `?lang=vi` chooses the language, which is then remembered.
 */
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { type Locale, parseLocale } from '../i18n';
import type { KeyValueStorage } from './save';

export const SETTINGS_KEY = 'bamboo-diplomacy.settings';

export interface Settings {
  readonly advisor: boolean;
  /** null: not chosen yet, so the browser's language decides. */
  readonly locale: Locale | null;
  /** The guided first month has been seen (finished or skipped): it is not offered again. */
  readonly guideSeen: boolean;
  /** Sound cues off. */
  readonly muted: boolean;
}

export interface SettingsCommands {
  update(change: Partial<Settings>): void;
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;

// The advisor is a second opinion the player asks for: on by default it answered every
// question before the player had thought about it.
const DEFAULTS: Settings = { advisor: false, locale: null, guideSeen: false, muted: false };

function stored(storage: KeyValueStorage | null): Settings {
  try {
    const raw = storage?.getItem(SETTINGS_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (!parsed || typeof parsed !== 'object') return DEFAULTS;
    const { advisor, locale, guideSeen, muted } = parsed as Record<string, unknown>;
    return {
      advisor: typeof advisor === 'boolean' ? advisor : DEFAULTS.advisor,
      locale: typeof locale === 'string' ? parseLocale(locale) : null,
      guideSeen: guideSeen === true,
      muted: muted === true,
    };
  } catch {
    return DEFAULTS;
  }
}

function write(storage: KeyValueStorage | null, settings: Settings): void {
  try {
    const { advisor, locale, guideSeen, muted } = settings;
    storage?.setItem(
      SETTINGS_KEY,
      JSON.stringify({
        advisor,
        ...(locale ? { locale } : {}),
        ...(guideSeen ? { guideSeen } : {}),
        ...(muted ? { muted } : {}),
      }),
    );
  } catch {
    // Private windows may refuse storage: the setting then lasts for this visit only.
  }
}

/** `query` is the page's `location.search` (or '' outside a browser). */
export function createSettingsStore(storage: KeyValueStorage | null, query = '') {
  const params = new URLSearchParams(query);
  const saved = stored(storage);
  const advisorQuery = params.get('advisor');
  const langQuery = parseLocale(params.get('lang'));
  const guideQuery = params.get('guide');
  const initial: Settings = {
    advisor: advisorQuery === 'off' ? false : advisorQuery === 'on' ? true : saved.advisor,
    locale: langQuery ?? saved.locale,
    // A class link may ask for the guide (?guide=on) or leave it out (?guide=off).
    guideSeen: guideQuery === 'on' ? false : guideQuery === 'off' ? true : saved.guideSeen,
    muted: saved.muted,
  };
  if (langQuery && langQuery !== saved.locale) write(storage, { ...saved, locale: langQuery });
  return createStore<Settings & SettingsCommands>()(
    subscribeWithSelector((set, get) => ({
      ...initial,
      update(change) {
        set(change);
        const { advisor, locale, guideSeen, muted } = get();
        write(storage, { advisor, locale, guideSeen, muted });
      },
    })),
  );
}

/** The first of the browser's preferred languages the game speaks, if any. */
export function browserLocale(languages: readonly string[]): Locale | null {
  for (const tag of languages) {
    const locale = parseLocale(tag);
    if (locale) return locale;
  }
  return null;
}
