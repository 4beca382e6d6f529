/**
 * npm run bench: builds src/cli/bench.ts with Vite (the bundler that builds the game, one
 * module as the browser and its Workers get the engine) and runs the bundle in plain Node.
 *
 * Why not `tsx src/cli/bench.ts`: under tsx's module loader the same engine code runs
 * 25–40% slower in CPU time (interleaved runs, the main thread's own CPU time: campaigns
 * per CPU second ~9,500 under tsx against ~13,400 for the same files compiled alike and
 * run by plain Node; the advisor ~240 against ~175 ms). That cost belongs to the
 * development loader, which no player runs. `npm run bench:source` still measures the
 * sources under tsx, for comparison; the JSON line says which one ran (`build`).
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

const run = spawnSync(process.execPath, [`${outDir}/bench.js`, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
