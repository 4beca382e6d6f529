/**
 * A replay squeezed into a URL (lz-string, URL-safe alphabet) and read back
 * through the replay gate, so a link is exactly as trusted as a file.
 *
 * The per-turn checkpoints are dropped: they only say *where* a tampered
 * replay first diverges, while the final state hash (kept) already proves the
 * whole game, and dropping them roughly halves the link.
 */
// lz-string is CommonJS: Node gives it only a default export, bundlers both.
import LZString from 'lz-string';
import type { Replay } from '../engine/replay';
import { TEXT } from '../i18n';
import { parseReplayText } from '../replay/parse';

const W = TEXT.view.links.replay;

/**
 * Longest link data accepted. A whole 2023 campaign compresses to about
 * 1,600 characters, so this leaves room for long games; the bound also caps
 * how far lz-string can be made to inflate (an 8,000-character link unpacks
 * to at most a few tens of megabytes, in well under a second), so a hostile
 * link cannot freeze the page.
 */
export const MAX_SHARE_CHARS = 8_000;

export type SharedReplayError = {
  readonly code: 'empty' | 'too-long' | 'not-compressed' | 'invalid';
  readonly message: string;
};

export type SharedReplayResult =
  | { readonly ok: true; readonly replay: Replay }
  | { readonly ok: false; readonly error: SharedReplayError };

export function encodeReplayForUrl(replay: Replay): string {
  const { checkpoints: _dropped, ...compact } = replay;
  return LZString.compressToEncodedURIComponent(JSON.stringify(compact));
}

export function decodeReplayFromUrl(text: string): SharedReplayResult {
  const data = text.trim();
  if (data.length === 0) return fail('empty', W.empty);
  if (data.length > MAX_SHARE_CHARS) {
    return fail('too-long', W.tooLong(data.length, MAX_SHARE_CHARS));
  }
  if (!/^[A-Za-z0-9+\-$ ]+$/.test(data)) {
    return fail('not-compressed', W.characters);
  }
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(data);
  } catch {
    json = null;
  }
  if (!json) {
    return fail('not-compressed', W.unpack);
  }
  const parsed = parseReplayText(json, 'shared link');
  if (!parsed.ok) return fail('invalid', parsed.message);
  return { ok: true, replay: parsed.replay };
}

function fail(code: SharedReplayError['code'], message: string): SharedReplayResult {
  return { ok: false, error: { code, message } };
}
