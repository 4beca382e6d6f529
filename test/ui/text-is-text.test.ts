/** Game text reaches the page only as text: no source file may hand a string to the HTML parser. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const HTML_SINKS =
  /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|new Function\(|\beval\(/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|js)$/.test(path) ? [path] : [];
  });
}

describe('text is text', () => {
  it.each(files(SRC).filter((f) => !f.includes('/phaser/')))('%s uses no HTML sink', (file) => {
    const hit = readFileSync(file, 'utf8')
      .split('\n')
      .find((line) => HTML_SINKS.test(line));
    expect(hit, file).toBeUndefined();
  });
});
