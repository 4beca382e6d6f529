/**
 * The performance budget on size: the production build's JavaScript, gzipped, at most 1.3 ×
 * a bare Phaser 4 hello world built with the same Vite config (scripts/bundle-size.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('bundle size', () => {
  it('keeps the game within 1.3 × a bare Phaser hello world', () => {
    const out = mkdtempSync(join(tmpdir(), 'bamboo-size-'));
    const report = execFileSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'scripts/bundle-size.ts', '--out', out],
      { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
    );
    console.log(report.trim());
    const ratio = Number(/ratio\s+([\d.]+)/.exec(report)?.[1]);
    expect(ratio).toBeGreaterThan(0.3);
    expect(ratio).toBeLessThanOrEqual(1.3);
  }, 120_000);
});
