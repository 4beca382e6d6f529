import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export interface BuildOptions {
  /** Alias `phaser` to src/ui/phaser/phaser-lite.js (false: the stock ESM bundle). */
  readonly litePhaser: boolean;
  /** Folder holding index.html. */
  readonly root?: string;
  readonly outDir?: string;
}

/**
 * Phaser's sources test these build flags with `typeof FLAG`; its own webpack build sets them.
 */
const PHASER_FLAGS: Record<string, string> = {
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': 'true',
  'typeof WEBGL_DEBUG': 'false',
  'typeof EXPERIMENTAL': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
  global: 'globalThis',
};

/**
 * Shared by the game and the bare hello-world reference (scripts/hello-phaser), so the bundle
 * budget compares like with like.
 */
export function createConfig(options: BuildOptions): UserConfig {
  return {
    root: options.root ?? fromRoot('.'),
    // Relative URLs: the build must run from any folder (a school share, GitHub Pages).
    base: './',
    resolve: options.litePhaser
      ? {
          alias: [
            { find: /^phaser$/, replacement: fromRoot('src/ui/phaser/phaser-lite.js') },
            // Phaser's package exports hide src/, so reach it by path.
            { find: /^phaser-src\//, replacement: `${fromRoot('node_modules/phaser/src')}/` },
          ],
        }
      : {},
    define: options.litePhaser ? PHASER_FLAGS : {},
    // The dev server pre-bundles Phaser's CommonJS sources with rolldown, which sees neither
    // `define` nor the build's transforms: without the same flags here it keeps Phaser's
    // `require('phaser3spectorjs')` debug branch and the page stays blank under `npm run dev`.
    optimizeDeps: options.litePhaser
      ? { rolldownOptions: { transform: { define: PHASER_FLAGS } } }
      : {},
    build: {
      outDir: options.outDir ?? fromRoot('dist'),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 1500,
      rolldownOptions: {
        output: {
          // Phaser changes less often than the game: its own chunk stays cached across releases.
          // (Vite 8's rolldown rejects the object form of manualChunks; codeSplitting replaces it.)
          codeSplitting: {
            groups: [
              {
                name: 'phaser',
                test: /[\\/]node_modules[\\/]phaser[\\/]|[\\/]src[\\/]ui[\\/]phaser[\\/]/,
              },
            ],
          },
        },
      },
    },
    preview: { strictPort: true },
  };
}

export default defineConfig(createConfig({ litePhaser: true }));
