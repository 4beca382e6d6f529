import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';

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

/** The one-file build's name in dist/: the whole game, for a folder, a USB stick or an e-mail. */
export const SINGLE_FILE = 'bamboo-diplomacy.html';

/** Copies the one-file build, made in a scratch folder, next to the multi-file build. */
function copyInto(from: string, to: string): Plugin {
  return {
    name: 'bamboo:copy-single-file',
    apply: 'build',
    closeBundle() {
      mkdirSync(to, { recursive: true });
      copyFileSync(join(from, SINGLE_FILE), join(to, SINGLE_FILE));
    },
  };
}

/**
 * `vite build --mode single-file`: everything (scripts, styles, fonts, the map, the shipped
 * scenarios) inlined into one HTML file that runs from file://, where module scripts and
 * fetches of neighbouring files are refused. Made in node_modules/.cache so that no stray
 * files land in dist/; only the HTML is copied there.
 */
function singleFileConfig(): UserConfig {
  const base = createConfig({ litePhaser: true });
  const scratch = fromRoot('node_modules/.cache/bamboo-single-file');
  return {
    ...base,
    plugins: [
      viteSingleFile({ outputFileName: SINGLE_FILE }),
      copyInto(scratch, base.build?.outDir ?? fromRoot('dist')),
    ],
    build: { ...base.build, outDir: scratch, emptyOutDir: true, rolldownOptions: {} },
  };
}

/**
 * The hosted build installs as a web app and plays offline after the first visit: a service
 * worker precaches every file of the build. Saves live in localStorage under a fixed key, not
 * in the worker's caches, so an update (new files, new caches) never touches an autosave.
 */
function offline(): Plugin[] {
  return VitePWA({
    registerType: 'autoUpdate',
    injectRegister: 'script-defer',
    includeAssets: ['icons/icon.svg'],
    manifest: {
      name: 'Bamboo Diplomacy',
      short_name: 'Bamboo',
      description:
        'Govern Vietnam through 2023 between China, the United States and Japan: a turn-based strategy game.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#e6dcc4',
      theme_color: '#2e5233',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,json,woff,woff2,png,svg}'],
      // The one-file build is for folders, not for the hosted game's cache.
      globIgnores: [SINGLE_FILE, 'hello-phaser/**'],
      // Links such as ?scenario=2023&seed=… are navigations too: all get the cached page.
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/bamboo-diplomacy\.html$/, /hello-phaser/],
      cleanupOutdatedCaches: true,
    },
  });
}

export default defineConfig(({ mode }) => {
  if (mode === 'single-file') return singleFileConfig();
  const config = createConfig({ litePhaser: true });
  return { ...config, plugins: [...(config.plugins ?? []), ...offline()] };
});
