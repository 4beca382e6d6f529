/** What a command prints, captured for the tests of the command line. */
import { afterEach, beforeEach, vi } from 'vitest';

export interface Captured {
  /** console.log lines (and stdout writes, when asked for), emptied before each test. */
  readonly out: string[];
  /** console.error lines, emptied before each test. */
  readonly err: string[];
}

/**
 * Registers the hooks of the calling test file: each test starts with empty `out` and `err`
 * and the real console comes back after it. `stdout` also catches direct
 * `process.stdout.write` calls, which some commands use for output without a newline.
 */
export function captureConsole(options: { readonly stdout?: boolean } = {}): Captured {
  const captured: Captured = { out: [], err: [] };
  beforeEach(() => {
    captured.out.length = 0;
    captured.err.length = 0;
    vi.spyOn(console, 'log').mockImplementation(
      (...args: unknown[]) => void captured.out.push(args.join(' ')),
    );
    vi.spyOn(console, 'error').mockImplementation(
      (...args: unknown[]) => void captured.err.push(args.join(' ')),
    );
    if (options.stdout) {
      vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        captured.out.push(String(chunk));
        return true;
      });
    }
  });
  afterEach(() => vi.restoreAllMocks());
  return captured;
}
