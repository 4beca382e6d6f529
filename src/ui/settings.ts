/**
 * The player's (or teacher's) preferences, kept in localStorage apart from
 * the save. `?advisor=off` on the page's address switches the advisor off for
 * that visit, so a teacher can hand out a link that makes students reason first.
 */
const KEY = 'bamboo-diplomacy.settings';

export interface Settings {
  readonly advisor: boolean;
}

const DEFAULTS: Settings = { advisor: true };

let current: Settings | null = null;

function read(): Settings {
  try {
    const raw = window.localStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    const advisor =
      parsed &&
      typeof parsed === 'object' &&
      typeof (parsed as { advisor?: unknown }).advisor === 'boolean'
        ? (parsed as { advisor: boolean }).advisor
        : DEFAULTS.advisor;
    const query = new URLSearchParams(window.location.search).get('advisor');
    return { advisor: query === 'off' ? false : query === 'on' ? true : advisor };
  } catch {
    return DEFAULTS;
  }
}

export function settings(): Settings {
  current ??= read();
  return current;
}

export function updateSettings(change: Partial<Settings>): Settings {
  current = { ...settings(), ...change };
  try {
    window.localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Private windows may refuse storage: the setting then lasts for this visit only.
  }
  return current;
}
