import Phaser from 'phaser';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { Button, type FocusManager } from '../widgets';

/**
 * Something the player must read before anything else (an unreadable save
 * that was kept aside): a framed panel with a mark, not a colour alone.
 */
export function showNoticeBanner(
  scene: Phaser.Scene,
  focus: FocusManager,
  x: number,
  y: number,
  width: number,
  message: string,
  onDismiss: () => void,
  /** Extra choices beside Dismiss (download a save that is in the way, let it go). */
  actions: readonly { readonly label: string; readonly onClick: () => void }[] = [],
): { readonly root: Phaser.GameObjects.Container; readonly dismiss: Button } {
  const pad = 16;
  const root = scene.add.container(x, y).setDepth(100);
  const mark = scene.add.circle(pad + 14, pad + 14, 14, PALETTE.marker);
  const bang = scene.add
    .text(pad + 14, pad + 14, '!', textStyle(20, { weight: 700, color: PALETTE.paper }))
    .setOrigin(0.5);
  const textX = pad + 42;
  const title = scene.add.text(
    textX,
    pad,
    STRINGS.title.noticeTitle,
    textStyle(17, { weight: 700, color: PALETTE.marker }),
  );
  const body = scene.add.text(textX, title.y + title.height + 4, message, {
    ...textStyle(15),
    wordWrap: { width: width - textX - pad, useAdvancedWrap: true },
    lineSpacing: 2,
  });
  const dismiss = new Button(
    scene,
    textX,
    body.y + body.height + 10,
    STRINGS.title.dismiss,
    () => {
      root.destroy(true);
      onDismiss();
    },
    { variant: 'secondary', hotkey: 'D', fontSize: 14 },
    focus,
  );
  let nextX = textX + dismiss.width + 10;
  let rowY = dismiss.container.y;
  let bottom = rowY + dismiss.height;
  const extra = actions.map((a) => {
    const b = new Button(
      scene,
      nextX,
      rowY,
      a.label,
      () => {
        a.onClick();
        root.destroy(true);
        onDismiss();
      },
      { variant: 'quiet', fontSize: 14 },
      focus,
    );
    // A phone's banner is narrow: a button that would run past its edge starts a new row.
    if (nextX > textX && nextX + b.width > width - pad) {
      nextX = textX;
      rowY = bottom + 8;
      b.container.setPosition(nextX, rowY);
    }
    nextX += b.width + 10;
    bottom = Math.max(bottom, rowY + b.height);
    return b.container;
  });
  const height = bottom + pad;
  const bg = scene.add
    .rectangle(0, 0, width, height, PALETTE.paper)
    .setOrigin(0)
    .setStrokeStyle(2.5, PALETTE.marker)
    .setInteractive();
  const stripe = scene.add.rectangle(0, 0, 6, height, PALETTE.marker).setOrigin(0);
  root.add([bg, stripe, mark, bang, title, body, dismiss.container, ...extra]);
  const unbind = focus.bindKeys({
    d: () => {
      if (root.active) dismiss.activate();
    },
  });
  root.once(Phaser.GameObjects.Events.DESTROY, unbind);
  return { root, dismiss };
}
