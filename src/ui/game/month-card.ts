import Phaser from 'phaser';
import { viewSize } from '../screen-form';
import { PALETTE, textStyle } from '../theme';
import { reducedMotion } from '../widgets/motion';
import type { GameContext } from './context';

/** In, held, out: about a second in all, so it marks the new month without making anyone wait. */
const IN_MS = 260;
const HOLD_MS = 520;
const OUT_MS = 220;

/**
 * The new month's name on a band that slides across the board, before the month in review
 * opens. Any key or click ends it at once (the key does nothing else: the board's keys are
 * silent while it shows). With reduced motion asked for, there is no card: `done` runs now.
 */
export function showMonthCard(
  ctx: GameContext,
  month: string,
  detail: string,
  done: () => void,
): void {
  if (reducedMotion()) {
    done();
    return;
  }
  const { scene, focus } = ctx;
  const { width, height } = viewSize(scene);
  const band = Math.min(110, height * 0.2);
  const title = scene.add
    .text(0, -12, month, textStyle(34, { weight: 700, color: PALETTE.bambooDark }))
    .setOrigin(0.5);
  const line = scene.add
    .text(0, 26, detail, textStyle(14, { color: PALETTE.inkSoft }))
    .setOrigin(0.5);
  const bg = scene.add
    .rectangle(0, 0, width + 40, band, PALETTE.paper, 0.96)
    .setStrokeStyle(2, PALETTE.bamboo);
  const root = scene.add
    .container(-width / 2, height / 2, [bg, title, line])
    .setDepth(6_000)
    .setAlpha(0);
  // Catches the click that skips the card, so it does not also press what lies beneath.
  const catcher = scene.add.zone(0, 0, width, height).setOrigin(0).setDepth(6_000).setInteractive();
  const closeLayer = focus.pushLayer();
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    scene.input.keyboard?.off('keydown', end);
    scene.input.off(Phaser.Input.Events.POINTER_DOWN, end);
    scene.tweens.killTweensOf(root);
    root.destroy(true);
    catcher.destroy();
    closeLayer();
    done();
  };
  scene.input.keyboard?.on('keydown', end);
  scene.input.on(Phaser.Input.Events.POINTER_DOWN, end);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    ended = true;
    scene.input.keyboard?.off('keydown', end);
    scene.input.off(Phaser.Input.Events.POINTER_DOWN, end);
  });
  scene.tweens.chain({
    targets: root,
    tweens: [
      { x: width / 2, alpha: 1, duration: IN_MS, ease: 'Cubic.easeOut' },
      { x: width / 2 + 60, duration: HOLD_MS, ease: 'Linear' },
      { x: width * 1.5, alpha: 0, duration: OUT_MS, ease: 'Cubic.easeIn' },
    ],
    onComplete: end,
  });
}
