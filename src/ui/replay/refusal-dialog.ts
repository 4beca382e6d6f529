import type Phaser from 'phaser';
import { announce } from '../screens/announce';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { Dialog, type FocusManager } from '../widgets';

const T = STRINGS.title;

/**
 * A replay refused: which check failed, the gate's own words, and that nothing was lost (in
 * the words of the screen it was refused on).
 */
export function openRefusal(
  scene: Phaser.Scene,
  focus: FocusManager,
  check: string,
  message: string,
  nothingLost: string = STRINGS.replays.viewer.nothingLost,
): Dialog {
  const reason = T.replayCheck[check] ?? check;
  announce(`${T.replayRefused}: ${reason}. ${message}`);
  return new Dialog(scene, focus, {
    title: T.replayRefused,
    width: 720,
    body: (root, width) => {
      const wrap = { width, useAdvancedWrap: true };
      const a = scene.add.text(0, 0, reason, {
        ...textStyle(17, { weight: 700, color: PALETTE.marker }),
        wordWrap: wrap,
      });
      const b = scene.add.text(0, a.height + 10, message, {
        ...textStyle(14),
        wordWrap: wrap,
        lineSpacing: 2,
        maxLines: 8,
      });
      const c = scene.add.text(0, b.y + b.height + 14, nothingLost, {
        ...textStyle(14, { color: PALETTE.inkSoft }),
        wordWrap: wrap,
      });
      root.add([a, b, c]);
      return c.y + c.height;
    },
    buttons: [{ label: 'OK', onClick: () => undefined }],
  });
}
