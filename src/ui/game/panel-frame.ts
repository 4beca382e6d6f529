import type Phaser from 'phaser';
import { textStyle } from '../theme';
import { PANEL } from './colors';

/** A quiet card behind a group of gauges or cards, with its heading; returns the heading. */
export function panelFrame(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  height: number,
  heading: string,
): Phaser.GameObjects.Text {
  scene.add.rectangle(x, y, width, height, PANEL.fill).setOrigin(0).setStrokeStyle(1, PANEL.stroke);
  return scene.add.text(
    x + 10,
    y + 6,
    heading.toUpperCase(),
    textStyle(11, { weight: 700, color: PANEL.heading }),
  );
}
