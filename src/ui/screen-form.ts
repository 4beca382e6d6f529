import Phaser from 'phaser';

import { gameSizeFor, LANDSCAPE, PORTRAIT_ZOOM, type ScreenForm } from './screen-size';

export { gameSizeFor, LANDSCAPE, PORTRAIT_ZOOM, pickForm, type ScreenForm } from './screen-size';

/** Game event: the game size changed; scenes that lay out by form rebuild. */
export const RELAYOUT_EVENT = 'bamboo-relayout';

/** The form the game is drawn in now (its game size says which). */
export function currentForm(scene: Phaser.Scene): ScreenForm {
  const { width, height } = scene.scale;
  if (height > width) return 'portrait';
  return width === LANDSCAPE.width && height === LANDSCAPE.height ? 'landscape' : 'tablet';
}

/** Scenes that lay themselves out for the portrait form; the others are letterboxed. */
const PORTRAIT_SCENES = new WeakSet<Phaser.Scene>();
/** Each scene's layout size: what its dialogs and tooltips centre in and keep inside. */
const VIEW = new WeakMap<Phaser.Scene, { width: number; height: number }>();
/** Moves a rectangle from where a scene built it to where it shows (portrait tab columns). */
const TO_VIEW = new WeakMap<Phaser.Scene, (r: Phaser.Geom.Rectangle) => Phaser.Geom.Rectangle>();

export function declarePortrait(scene: Phaser.Scene): void {
  PORTRAIT_SCENES.add(scene);
}

/** The size a scene lays out in (1280×720 unless it lays out for the portrait form). */
export function viewSize(scene: Phaser.Scene): { width: number; height: number } {
  return VIEW.get(scene) ?? { width: scene.scale.width, height: scene.scale.height };
}

export function setViewSize(scene: Phaser.Scene, width: number, height: number): void {
  VIEW.set(scene, { width, height });
}

export function setToView(
  scene: Phaser.Scene,
  map: ((r: Phaser.Geom.Rectangle) => Phaser.Geom.Rectangle) | null,
): void {
  if (map) TO_VIEW.set(scene, map);
  else TO_VIEW.delete(scene);
}

/** Where a rectangle a scene built shows on its main camera (tooltips are placed by it). */
export function toView(scene: Phaser.Scene, r: Phaser.Geom.Rectangle): Phaser.Geom.Rectangle {
  return TO_VIEW.get(scene)?.(r) ?? r;
}

/**
 * Sets the main camera of a scene that has no portrait layout: the 1280×720 design fills the
 * canvas's width, centred in its height (a letterbox, as before there was a portrait form).
 */
export function fitScene(scene: Phaser.Scene): void {
  if (PORTRAIT_SCENES.has(scene)) return;
  const cam = scene.cameras.main;
  const { width, height } = scene.scale;
  cam.setViewport(0, 0, width, height).setOrigin(0, 0);
  if (currentForm(scene) === 'landscape') {
    cam.setZoom(1).setScroll(0, 0);
  } else {
    const zoom = Math.min(width / LANDSCAPE.width, height / LANDSCAPE.height);
    cam
      .setZoom(zoom)
      .setScroll(-(width / zoom - LANDSCAPE.width) / 2, -(height / zoom - LANDSCAPE.height) / 2);
  }
  setViewSize(scene, LANDSCAPE.width, LANDSCAPE.height);
}

/**
 * Sets the main camera of a scene that lays itself out for the portrait form (zoom 2 over the
 * whole canvas) and returns the layout size it has: about the viewport's size in CSS pixels.
 */
export function fitPortrait(scene: Phaser.Scene): { width: number; height: number } {
  declarePortrait(scene);
  const { width, height } = scene.scale;
  scene.cameras.main
    .setViewport(0, 0, width, height)
    .setOrigin(0, 0)
    .setZoom(PORTRAIT_ZOOM)
    .setScroll(0, 0);
  const view = { width: width / PORTRAIT_ZOOM, height: height / PORTRAIT_ZOOM };
  setViewSize(scene, view.width, view.height);
  return view;
}

/** Calls `rebuild` when the game's form or size changes; forgets it when the scene shuts down. */
export function onRelayout(scene: Phaser.Scene, rebuild: () => void): void {
  scene.game.events.on(RELAYOUT_EVENT, rebuild);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
    scene.game.events.off(RELAYOUT_EVENT, rebuild),
  );
}

/**
 * Keeps the game size matched to the viewport: on resize or rotation the canvas takes the
 * size the new viewport calls for, and every running scene is told (the store keeps the game,
 * so a scene that rebuilds loses nothing).
 */
export function followViewport(game: Phaser.Game): void {
  let queued = false;
  const check = () => {
    queued = false;
    const want = gameSizeFor(window.innerWidth, window.innerHeight);
    const now = game.scale.gameSize;
    if (now.width === want.width && now.height === want.height) return;
    game.scale.setGameSize(want.width, want.height);
    for (const scene of game.scene.getScenes(true)) fitScene(scene);
    game.events.emit(RELAYOUT_EVENT, want.form);
  };
  const queue = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(check);
  };
  window.addEventListener('resize', queue);
  window.screen?.orientation?.addEventListener?.('change', queue);
  // Each scene is fitted as it starts; portrait-aware scenes fit themselves.
  for (const scene of game.scene.scenes) {
    scene.events.on(Phaser.Scenes.Events.CREATE, () => fitScene(scene));
  }
}
