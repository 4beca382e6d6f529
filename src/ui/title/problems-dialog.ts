import type Phaser from 'phaser';
import { STRINGS } from '../strings';
import { textStyle } from '../theme';
import { Dialog, type FocusManager } from '../widgets';
import { ScrollText } from '../widgets/scroll-text';

/**
 * A scenario's mistakes, one per line, in a box that scrolls: however many
 * there are, the dialog keeps its height and its button stays on screen.
 */
export function showProblems(
  scene: Phaser.Scene,
  focus: FocusManager,
  title: string,
  intro: string,
  problems: readonly string[],
): Dialog {
  return new Dialog(scene, focus, {
    title,
    width: 860,
    body: (root, width) => {
      const t = scene.add.text(0, 0, intro, {
        ...textStyle(15),
        wordWrap: { width, useAdvancedWrap: true },
      });
      root.add(t);
      const list = new ScrollText(
        scene,
        0,
        t.height + 12,
        problems.map((p) => `•  ${p}`).join('\n'),
        { width, rows: 14 },
        focus,
      );
      root.add(list.container);
      return t.height + 12 + list.height;
    },
    buttons: [{ label: STRINGS.title.close, onClick: () => undefined }],
  });
}
