import type Phaser from 'phaser';
import { PALETTE, textStyle } from '../theme';

/** A full-screen veil saying what dropping will do; shown while files are dragged over the page. */
export function dropHint(scene: Phaser.Scene, message: string): (on: boolean) => void {
  let veil: Phaser.GameObjects.Container | null = null;
  return (on) => {
    if (!on) {
      veil?.destroy(true);
      veil = null;
      return;
    }
    if (veil || !scene.sys.isActive()) return;
    const { width, height } = scene.scale;
    const shade = scene.add.rectangle(0, 0, width, height, PALETTE.bambooDark, 0.82).setOrigin(0);
    const border = scene.add
      .rectangle(24, 24, width - 48, height - 48)
      .setOrigin(0)
      .setStrokeStyle(4, PALETTE.paper);
    const text = scene.add
      .text(width / 2, height / 2, message, {
        ...textStyle(28, { weight: 700, color: PALETTE.paper, align: 'center' }),
        wordWrap: { width: width - 160, useAdvancedWrap: true },
      })
      .setOrigin(0.5);
    veil = scene.add.container(0, 0, [shade, border, text]).setDepth(8_000);
  };
}
