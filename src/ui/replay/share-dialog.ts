import type Phaser from 'phaser';
import { announce } from '../screens/announce';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { Button, Dialog, type FocusManager } from '../widgets';
import { copyText } from './share';

const S = STRINGS.replays.share;
const MAX_LINES = 22;

export interface ShareLink {
  readonly heading: string;
  readonly help: string;
  readonly url: string;
}

/**
 * Links to copy, each written out in full as well: a refused clipboard (an
 * insecure page, a locked-down school browser) still leaves a link the
 * teacher can read off the screen.
 */
export function openShareDialog(
  scene: Phaser.Scene,
  focus: FocusManager,
  title: string,
  links: readonly ShareLink[],
): Dialog {
  return new Dialog(scene, focus, {
    title,
    width: 820,
    body: (root, width) => {
      let y = 0;
      for (const link of links) {
        const h = scene.add.text(0, y, link.heading, textStyle(16, { weight: 700 }));
        const help = scene.add.text(0, y + h.height + 2, link.help, {
          ...textStyle(13, { color: PALETTE.inkSoft }),
          wordWrap: { width, useAdvancedWrap: true },
        });
        root.add([h, help]);
        y = help.y + help.height + 8;
        const boxW = width - 150;
        const long = link.url.length > 300;
        const url = scene.add.text(10, y + 8, link.url, {
          ...textStyle(long ? 11 : 14),
          wordWrap: { width: boxW - 20, useAdvancedWrap: true },
          maxLines: MAX_LINES,
          lineSpacing: long ? -2 : 0,
        });
        // A very long link cannot all be shown; say so rather than cut it silently.
        const lines = url.getWrappedText();
        if (lines.length > MAX_LINES) {
          const kept = lines.slice(0, MAX_LINES);
          const shown = kept.join('').length;
          url.setText(kept.join('\n'));
          const more = scene.add.text(10, 0, S.longLink(link.url.length - shown), {
            ...textStyle(12, { weight: 700, color: PALETTE.marker }),
          });
          more.setY(y + 8 + url.height + 2);
          root.add(more);
          url.setData('extra', more.height + 2);
        }
        const box = scene.add
          .rectangle(
            0,
            y,
            boxW,
            url.height + 16 + ((url.getData('extra') as number | undefined) ?? 0),
            0xffffff,
          )
          .setOrigin(0)
          .setStrokeStyle(1, PALETTE.border);
        const status = scene.add.text(boxW + 16, y + 48, '', {
          ...textStyle(12, { color: PALETTE.inkSoft }),
          wordWrap: { width: 134, useAdvancedWrap: true },
        });
        const copy = new Button(
          scene,
          boxW + 16,
          y,
          S.copy,
          () => {
            void copyText(link.url).then((ok) => {
              const message = ok ? S.copied : S.copyRefused;
              if (status.active) status.setText(message);
              announce(message);
            });
          },
          { width: 134, fontSize: 14 },
          focus,
        );
        root.add([box, url, copy.container, status]);
        y += Math.max(box.height, 86) + 18;
      }
      return y - 18;
    },
    buttons: [{ label: S.close, variant: 'secondary', hotkey: 'Esc', onClick: () => undefined }],
  });
}
