/**
 * Progress for long commands: a line redrawn on stderr when it is a terminal,
 * nothing at all when output is piped or captured (CI logs, tests).
 */
export interface Progress {
  tick(done: number, detail?: string): void;
  done(): void;
}

export function progress(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  if (!stream.isTTY) return { tick() {}, done() {} };
  let last = 0;
  return {
    tick(done, detail) {
      // Redrawing more than ~10 times a second only slows the work down.
      const now = performance.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
      stream.write(`\r${label} ${done}/${total} (${pct}%)${detail ? ` ${detail}` : ''}\u001b[K`);
    },
    done() {
      stream.write('\r\u001b[K');
    },
  };
}
