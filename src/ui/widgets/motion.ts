import type Phaser from 'phaser';

/**
 * Players who ask their system for less motion get the end state at once; so does a page opened
 * with `?motion=off` (a class projector, a recording), and the browser tests, which emulate the
 * system setting so that nothing they read is caught half-way through a change.
 */
export function reducedMotion(): boolean {
  if (MOTION_QUERY === 'off') return true;
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

const MOTION_QUERY =
  typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('motion');

/** How long a number counts or a bar slides: long enough to be seen, short enough not to wait on. */
export const CHANGE_MS = 450;

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
    duration: CHANGE_MS,
    ease: 'Cubic.easeOut',
    onUpdate: () => {
      if (text.active) text.setText(format(counter.value));
    },
    onComplete: () => {
      if (text.active) text.setText(format(to));
    },
  });
  // A brief fade-in draws the eye to what changed (its size stays put: nothing shifts).
  scene.tweens.add({ targets: text, alpha: { from: 0.35, to: 1 }, duration: CHANGE_MS });
  if (bar)
    slideTo(scene, bar.rect, { width: bar.width }, () =>
      bar.rect.setSize(bar.rect.width, bar.rect.height),
    );
}

/**
 * Moves `target`'s numeric properties to `to` over a short moment (at once under reduced
 * motion). A slide already under way is replaced, so a quick series of changes ends where the
 * last one says.
 */
export function slideTo<T extends object>(
  scene: Phaser.Scene,
  target: T,
  to: Partial<Record<keyof T, number>>,
  onUpdate?: () => void,
): void {
  scene.tweens.killTweensOf(target);
  if (reducedMotion()) {
    Object.assign(target, to);
    onUpdate?.();
    return;
  }
  scene.tweens.add({
    targets: target,
    ...to,
    duration: CHANGE_MS,
    ease: 'Cubic.easeOut',
    ...(onUpdate ? { onUpdate } : {}),
  });
}
