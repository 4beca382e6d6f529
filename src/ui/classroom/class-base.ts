/**
 * Where students open the game, as the teacher typed it once (kept in
 * localStorage), and the class code last made for each scenario, so that
 * opening Class set-up again shows the same code and link.
 */
const BASE_KEY = 'bamboo-diplomacy.class-base';
const CODES_KEY = 'bamboo-diplomacy.class-codes';

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Private windows may refuse storage: the value then lasts for this visit.
  }
}

export function rememberedBase(fallback: string): string {
  return read(BASE_KEY) || fallback;
}

export function rememberBase(base: string): void {
  write(BASE_KEY, base.trim());
}

/** True for addresses only this computer can open: students' devices cannot reach them. */
export function isLocalAddress(base: string): boolean {
  try {
    const url = new URL(base);
    if (url.protocol === 'file:') return true;
    return /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/i.test(url.hostname);
  } catch {
    return true;
  }
}

function codes(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(read(CODES_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function rememberedCode(scenarioId: string): string | undefined {
  const code = codes()[scenarioId];
  return typeof code === 'string' ? code : undefined;
}

export function rememberCode(scenarioId: string, code: string): void {
  write(CODES_KEY, JSON.stringify({ ...codes(), [scenarioId]: code }));
}
