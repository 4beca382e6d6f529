import type Phaser from 'phaser';

/** Read-only hooks for browser tests (test/browser). Nothing here changes the game. */
export interface BambooTestHandle {
  /** Key of the topmost running scene, or 'none' before the game has started. */
  scene(): string;
}

declare global {
  interface Window {
    bamboo?: BambooTestHandle;
  }
}

export function installTestHandle(getGame: () => Phaser.Game | undefined): void {
  const handle: BambooTestHandle = {
    scene() {
      const running = getGame()?.scene.getScenes(true) ?? [];
      return running[running.length - 1]?.scene.key ?? 'none';
    },
  };
  Object.defineProperty(window, 'bamboo', { value: Object.freeze(handle), configurable: true });
}
