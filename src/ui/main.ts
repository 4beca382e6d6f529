import Phaser from 'phaser';
import { createSessionStore } from '../store';
import { type App, initApp } from './app';
import { loadFonts } from './fonts';
import { watchKeyboard } from './key-hints';
import { initLanguage } from './language';
import { chooseRenderer, probeWebGL } from './renderer-choice';
import { loadCatalog, openedEntry, warmCatalog } from './scenario-catalog';
import { keptScenarios } from './scenario-store';
import { Boot, PREFETCHED_REGION, regionUrl } from './scenes/Boot';
import { ClassResults } from './scenes/ClassResults';
import { ClassSetup } from './scenes/ClassSetup';
import { Compare } from './scenes/Compare';
import { Credits } from './scenes/Credits';
import { Debrief } from './scenes/Debrief';
import { Game } from './scenes/Game';
import { HowToPlay } from './scenes/HowToPlay';
import { ReplayViewer } from './scenes/ReplayViewer';
import { Title } from './scenes/Title';
import { fitScene, followViewport, gameSizeFor } from './screen-form';
import { installTextMirror } from './screens/text-mirror';
import { STRINGS } from './strings';
import { installTestHandle } from './test-handle';
import { css, PALETTE } from './theme';

let game: Phaser.Game | undefined;
let shared: App | null = null;

async function start(): Promise<void> {
  installTestHandle(
    () => game,
    () => shared,
  );
  const session = createSessionStore();
  watchKeyboard(window, session);
  // Read in parallel: the scenarios (checked later, when first needed), the fonts, the map and
  // the files kept from earlier visits.
  performance.mark('bamboo:main');
  const [catalog, , keptFiles, region] = await Promise.all([
    marked(
      'bamboo:catalog',
      loadCatalog(() => session.getState().catalogWords),
    ),
    marked('bamboo:fonts', loadFonts()),
    marked('bamboo:kept', keptScenarios()),
    marked('bamboo:region', prefetchRegion()),
  ]);
  shared = initApp(catalog, session);
  // Files opened in earlier visits: through the gate again, as the game may have changed since.
  for (const kept of keptFiles) {
    const entry = openedEntry(kept.file, kept.text, shared.catalog);
    if (entry.compiled) shared.addOpened(entry);
  }
  await initLanguage(shared, () => game);
  // An unreadable save is moved aside here and the title screen tells the player.
  shared.store.getState().resume(shared.find);
  // Storage that does not keep games is said at once; a save problem found above comes first.
  if (shared.storageProblem && !shared.store.getState().notice) {
    shared.store.setState({ notice: STRINGS.view.save.storage[shared.storageProblem] });
  }
  performance.mark('bamboo:resumed');
  const renderer = chooseRenderer(window.location.search, probeWebGL());
  // A phone held upright gets the portrait game size; the landscape board is 1280×720.
  const size = gameSizeFor(window.innerWidth, window.innerHeight);
  game = new Phaser.Game({
    type: renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent: 'game',
    width: size.width,
    height: size.height,
    backgroundColor: css(PALETTE.paper),
    banner: false,
    callbacks: {
      preBoot: (booting) => {
        if (region !== null) booting.registry.set(PREFETCHED_REGION, region);
      },
    },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene: [
      Boot,
      Title,
      Game,
      HowToPlay,
      Credits,
      Debrief,
      ReplayViewer,
      Compare,
      ClassSetup,
      ClassResults,
    ],
  });
  const started = game;
  started.events.once(Phaser.Core.Events.READY, () => {
    followViewport(started);
    for (const scene of started.scene.getScenes(true)) fitScene(scene);
  });
  installTextMirror(game);
  performance.mark('bamboo:game-made');
}

/** Marks when `work` is done: npm run bench:browser shows where start-up spends its time. */
async function marked<T>(name: string, work: Promise<T>): Promise<T> {
  const value = await work;
  performance.mark(name);
  return value;
}

/** The map's data, or null when it could not be fetched: the Boot scene then loads it itself. */
async function prefetchRegion(): Promise<unknown> {
  try {
    const response = await fetch(regionUrl);
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

declare global {
  interface Window {
    /** Set by index.html's inline script: shows what failed and what to try. */
    bambooBootFailed?: (what: string) => void;
  }
}

/**
 * Once the title screen is up the game has started: later errors belong to the game's own
 * messages, not to index.html's "could not start" page.
 */
function markBootedAtTitle(): void {
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName('bamboo:title-ready').length) return;
    document.documentElement.setAttribute('data-booted', '');
    observer.disconnect();
    if (shared) warmCatalog(shared.catalog);
  });
  observer.observe({ type: 'mark' });
}

markBootedAtTitle();
start().catch((error: unknown) => {
  console.error(error);
  window.bambooBootFailed?.(error instanceof Error ? error.message : String(error));
});
