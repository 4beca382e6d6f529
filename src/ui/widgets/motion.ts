import type Phaser from 'phaser';

/** Players who ask their system for less motion get the end state at once. */
export function reducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Counts a number shown in `text` from `from` to `to`, and slides `bar` to `barWidth`, over
 * a short moment, so a change is seen happening rather than found afterwards. The final text
 * is exactly `format(to)`.
 */
export function countTo(
  scene: Phaser.Scene,
  text: Phaser.GameObjects.Text,
  from: number,
  to: number,
  format: (value: number) => string,
  bar?: { readonly rect: Phaser.GameObjects.Rectangle; readonly width: number },
): void {
  scene.tweens.killTweensOf(text);
  if (bar) scene.tweens.killTweensOf(bar.rect);
  if (from === to || reducedMotion() || !text.active) {
    text.setText(format(to)).setAlpha(1);
    bar?.rect.setSize(bar.width, bar.rect.height);
    return;
  }
  const counter = { value: from };
  scene.tweens.add({
    targets: counter,
    value: to,
    duration: 450,
    ease: 'Cubic.easeOut',
    onUpdate: () => {
      if (text.active) text.setText(format(counter.value));
    },
    onComplete: () => {
      if (text.active) text.setText(format(to));
    },
  });
  // A brief fade-in draws the eye to what changed (its size stays put: nothing shifts).
  scene.tweens.add({ targets: text, alpha: { from: 0.35, to: 1 }, duration: 450 });
  if (bar) {
    scene.tweens.add({
      targets: bar.rect,
      width: bar.width,
      duration: 450,
      ease: 'Cubic.easeOut',
      onUpdate: () => bar.rect.setSize(bar.rect.width, bar.rect.height),
    });
  }
}
