/**
 * Builds the game and the bare Phaser hello world with the same Vite config, then prints the
 * gzipped JavaScript of each and their ratio. Budget: the game ≤ 1.3 × hello world.
 * Run: npx tsx scripts/bundle-size.ts [--out DIR]   (exit code 1 when over budget)
 * With --out both builds go below DIR, leaving dist/ alone (the browser tests serve it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { createConfig } from '../vite.config';

const BUDGET_RATIO = 1.3;
const fromRoot = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

interface JsSize {
  readonly raw: number;
  readonly gzip: number;
  readonly files: readonly string[];
}

function measureJs(dir: string): JsSize {
  const files = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js'));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, 'assets', file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const outAt = process.argv.indexOf('--out');
  const out = outAt > 0 ? process.argv[outAt + 1] : undefined;
  const gameDir = out ? join(out, 'game') : fromRoot('dist');
  const helloDir = out ? join(out, 'hello-phaser') : fromRoot('dist/hello-phaser');
  await build({
    ...createConfig({ litePhaser: true, outDir: gameDir }),
    configFile: false,
    logLevel: 'warn',
  });
  await build({
    ...createConfig({
      litePhaser: false,
      root: fromRoot('scripts/hello-phaser'),
      outDir: helloDir,
    }),
    configFile: false,
    logLevel: 'warn',
  });
  const game = measureJs(gameDir);
  const hello = measureJs(helloDir);
  const ratio = game.gzip / hello.gzip;
  console.log(
    `hello world  ${kb(hello.raw)} raw, ${kb(hello.gzip)} gzip  (${hello.files.join(', ')})`,
  );
  console.log(
    `game         ${kb(game.raw)} raw, ${kb(game.gzip)} gzip  (${game.files.join(', ')})`,
  );
  console.log(`ratio        ${ratio.toFixed(2)} × (budget ${BUDGET_RATIO} ×)`);
  if (ratio > BUDGET_RATIO) {
    console.error('over budget');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
