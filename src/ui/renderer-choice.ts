import Phaser from 'phaser';

/**
 * `?renderer=canvas` or `?renderer=webgl` forces a renderer. Headless Chromium renders WebGL in
 * software at a fraction of Canvas speed, so browser tests mostly ask for Canvas.
 */
export function rendererFromQuery(search: string): number {
  const choice = new URLSearchParams(search).get('renderer');
  if (choice === 'canvas') return Phaser.CANVAS;
  if (choice === 'webgl') return Phaser.WEBGL;
  return Phaser.AUTO;
}
