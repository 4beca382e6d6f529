/**
 * The player's own game as a file or a link: what the Game, Debrief and
 * viewer screens offer as "Download replay" and "Share link".
 */
import type { Replay } from '../../engine';
import { DEFAULT_LOCALE, type Locale, locale } from '../../i18n';
import { replayFileName } from '../../replay/file-name';
import { app } from '../app';
import { downloadText } from '../files/download';

/** Where this copy of the game lives, without any launch request in the address. */
export function gameBase(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/** The language a link should open in: the one on screen, unless it is the default. */
export function linkLang(): Locale | undefined {
  const current = locale();
  return current === DEFAULT_LOCALE ? undefined : current;
}

export function downloadReplay(replay: Replay): string {
  const name = replayFileName(replay.scenario.id, replay.seed, replay.player ?? '');
  downloadText(name, `${JSON.stringify(replay, null, 2)}\n`);
  return name;
}

/** Downloads the current game's replay; returns the file name, or null when there is no game. */
export function downloadCurrentReplay(): string | null {
  const replay = app().store.getState().replay();
  return replay ? downloadReplay(replay) : null;
}

/** False when the browser refuses (no permission, insecure page): the link is on screen anyway. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
