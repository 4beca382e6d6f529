/** The engine must run identically in Node and the browser: no renderer, DOM, clock or unseeded randomness. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ENGINE = fileURLToPath(new URL('../../src/engine', import.meta.url));
const FORBIDDEN = [
  /from ['"](phaser|zustand)/,
  /\bMath\.random\(/,
  /\bDate\.now\(/,
  /new Date\(/,
  /\bwindow\./,
  /\bdocument\./,
  /\blocalStorage\b/,
  /performance\.now\(/,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('engine purity', () => {
  it.each(files(ENGINE))('%s uses nothing impure', (file) => {
    const code = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line));
    for (const pattern of FORBIDDEN) {
      const hit = code.find((line) => pattern.test(line));
      expect(hit, `${file} matches ${pattern}`).toBeUndefined();
    }
  });
});
