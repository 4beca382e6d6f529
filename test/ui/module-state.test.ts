import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * State the scenes share lives in the stores (src/store: the game, the settings, the visit's
 * session), made by factories and held by the app, never in module singletons, which survive
 * scene changes unseen, cannot be reset by a test and leak from one test to the next. This
 * test reads the screens' layers and fails on a new module-level `let`/`var`, a module-level
 * Map, Set, WeakMap, WeakSet or array that is not typed read-only (nor weakly keyed by the
 * scene that owns it), unless it is listed below with the reason it is no shared state.
 */
const ROOT = new URL('../../', import.meta.url).pathname;
const LAYERS = ['src/ui', 'src/replay', 'src/store', 'src/view'];

const ALLOWED: Readonly<Record<string, string>> = {
  'src/ui/app.ts current': 'the page’s one App, set once by main.ts; the stores hang from it',
  'src/ui/main.ts game': 'the composition root’s handle on the Phaser game, for the test handle',
  'src/ui/main.ts shared': 'the composition root’s handle on the App, for the test handle',
  'src/ui/sound.ts context': 'the page’s AudioContext: a browser resource, opened at the first cue',
  'src/ui/scenario-store.ts store': 'the IndexedDB handle, opened at first use: a resource',
  'src/ui/game/news-item.ts tagWidths': 'pure memoisation of measured text widths',
  'src/ui/debrief/timeline-blocks.ts tagWidths': 'pure memoisation of measured text widths',
  'src/ui/advisor/pool-worker.ts current': 'a Web Worker’s own global: another thread, no scene',
};

const DECLARATIONS: readonly RegExp[] = [
  // A module-level binding that can be reassigned.
  /^(?:export\s+)?(?:let|var)\s+(\w+)/,
  // A collection that can be changed in place…
  /^(?:export\s+)?const\s+(\w+)\b[^=]*=\s*new\s+(?:Map|Set|WeakMap|WeakSet|Array)\b/,
  /^(?:export\s+)?const\s+(\w+)\b[^=]*=\s*\[\s*\]/,
];
/** …unless its type says it cannot be (`ReadonlySet<string>`, `readonly string[]`)… */
const READ_ONLY = /^(?:export\s+)?const\s+\w+\s*:\s*(?:readonly\b|Readonly)/;
/** …or it is weakly keyed by the scene: each scene's own, gone with the scene. */
const PER_SCENE = /=\s*new\s+Weak(?:Map|Set)<\s*Phaser\.Scene\b/;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sources(path);
    return /\.(ts|js)$/.test(d.name) && !d.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `file name` of every module-level mutable declaration in `text`. */
function mutableSingletons(file: string, text: string): string[] {
  return text.split('\n').flatMap((line) => {
    if (READ_ONLY.test(line) || PER_SCENE.test(line)) return [];
    for (const pattern of DECLARATIONS) {
      const name = pattern.exec(line)?.[1];
      if (name) return [`${file} ${name}`];
    }
    return [];
  });
}

const found = LAYERS.flatMap((layer) =>
  sources(layer).flatMap((file) =>
    mutableSingletons(relative(ROOT, join(ROOT, file)), readFileSync(join(ROOT, file), 'utf8')),
  ),
);

describe('module-level state in the screens’ layers', () => {
  it('holds nothing a scene could share: shared state goes into a store', () => {
    const unexplained = found.filter((f) => !(f in ALLOWED));
    expect(unexplained, 'move it into a store slice (src/store), or list it with why').toEqual([]);
  });

  it('lists only singletons that still exist', () => {
    expect(Object.keys(ALLOWED).filter((a) => !found.includes(a))).toEqual([]);
  });

  it('recognises the forms it forbids, and lets read-only tables through', () => {
    const text = [
      'let viewed: Replay | null = null;',
      'export let count = 0;',
      'var old = 1;',
      'const waiting = new Map<number, string>();',
      'const seen: string[] = [];',
      'export const played = [];',
      'const KEYS: ReadonlySet<string> = new Set(["Tab"]);',
      'const NAMES: readonly string[] = [];',
      'const OPEN = new WeakMap<Phaser.Scene, Dialog[]>();',
      'const SHARED = new WeakMap<object, number>();',
      'const LIMIT = 3;',
      '  let inside = 0;',
    ].join('\n');
    expect(mutableSingletons('x.ts', text)).toEqual([
      'x.ts viewed',
      'x.ts count',
      'x.ts old',
      'x.ts waiting',
      'x.ts seen',
      'x.ts played',
      'x.ts SHARED',
    ]);
  });
});
