/**
 * The one way the command line reads a file it was given: only a regular
 * file (a FIFO, /dev/zero, /dev/stdin or a directory is refused — checked on
 * the opened descriptor, so a symlink cannot swap it in between), never more
 * than `maxBytes`, decoded like the browser decodes it.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { decodeText } from '../scenario/decode';

export type ReadFileResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly code: 'unreadable' | 'too-big'; readonly reason: string };

export function readRegularFile(path: string, maxBytes: number): ReadFileResult {
  let fd: number;
  try {
    // Non-blocking, so opening a FIFO with no writer returns at once instead of hanging.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    return { ok: false, code: 'unreadable', reason: `cannot open (${errorText(err)})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      return {
        ok: false,
        code: 'unreadable',
        reason: `not a regular file (${stat.isDirectory() ? 'a directory' : 'a device, pipe or socket'})`,
      };
    }
    if (stat.size > maxBytes) return tooBig(stat.size, maxBytes);
    // Read at most one byte past the cap: a file that grows while read is still refused.
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return tooBig(length, maxBytes);
    return { ok: true, text: decodeText(buffer.subarray(0, length)) };
  } catch (err) {
    return { ok: false, code: 'unreadable', reason: `cannot read (${errorText(err)})` };
  } finally {
    closeSync(fd);
  }
}

function tooBig(bytes: number, max: number): ReadFileResult {
  return {
    ok: false,
    code: 'too-big',
    reason: `too big (${bytes} bytes or more; at most ${max})`,
  };
}

function errorText(err: unknown): string {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' ? code : err instanceof Error ? err.message : String(err);
}
