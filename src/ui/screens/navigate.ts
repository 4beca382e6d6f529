import type Phaser from 'phaser';

/** Screens built by other hands arrive later: a missing one is reported, never thrown. */
export function hasScene(scene: Phaser.Scene, key: string): boolean {
  return (scene.scene.get(key) as Phaser.Scene | null) !== null;
}

/** Starts scene `key` in place of this one; false when this build has no such scene. */
export function goTo(scene: Phaser.Scene, key: string, data?: object): boolean {
  if (!hasScene(scene, key)) return false;
  scene.scene.start(key, data);
  return true;
}
