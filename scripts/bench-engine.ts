/**
 * npm run bench: builds src/cli/bench.ts with Vite (the bundler that builds the game: one
 * module, as the browser and its Workers get the engine) and runs the bundle in plain Node.
 * `npm run bench:source` runs the same file under tsx instead.
 *
 * Why the bundle judges the budget: the game only ever runs the engine bundled, and under tsx's
 * loader the same code runs 5–10% slower. Measured on one machine, interleaved runs, the best of
 * eight each, a forecast of 1,000 rollouts took 105 ms under tsx, 97.5 ms with the same sources
 * compiled module by module by esbuild and run by plain Node (100 ms with an inline source map in
 * every module, as tsx writes them), and 97–98 ms bundled by Vite.
 *
 *   npm run bench [-- --scenario <id-or-path>] [--rounds N] [--soak-games N]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const fromRoot = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

// Two folders below the root, like src/cli/: the bench finds scenarios/ relative to itself.
const outDir = fromRoot('node_modules/.bench');

await build({
  configFile: false,
  root: fromRoot(''),
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: fromRoot('src/cli/bench.ts'),
    outDir,
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    target: 'node20',
  },
});

// A plain Node child: no tsx loader in it.
const run = spawnSync(process.execPath, [`${outDir}/bench.js`, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
