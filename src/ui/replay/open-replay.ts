import type { ReplayCheck } from '../../replay/verify-text';
import { verifyReplayText } from '../../replay/verify-text';
import { app } from '../app';
import type { ReadResult } from '../files/read-file';
import type { ViewedReplay } from './viewed';

export type Opened =
  | { readonly ok: true; readonly viewed: ViewedReplay }
  | { readonly ok: false; readonly check: ReplayCheck | 'too-big'; readonly message: string };

/** A file's text checked end to end (gate, scenario, replayed rules) into something to view. */
export function openReplayText(text: string, source: string): Opened {
  const result = verifyReplayText(text, source, app().find);
  if (!result.ok) return result;
  return {
    ok: true,
    viewed: { compiled: result.compiled, replay: result.replay, steps: result.steps, source },
  };
}

export function openReadFile(read: ReadResult): Opened {
  if (!read.ok) {
    const { file, code, reason } = read.refusal;
    // A file refused by its size was never read: say so rather than call it unreadable.
    return {
      ok: false,
      check: code === 'too-big' ? 'too-big' : 'file',
      message: `${file}: ${reason}`,
    };
  }
  return openReplayText(read.text, read.name);
}
