import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { unitWord } from '../turn-words';
import { Dialog } from '../widgets';
import type { GameContext } from './context';

/** Beside this width the keys get a column of their own; a phone puts each above its use. */
const TWO_COLUMNS = 480;
const KEY_COLUMN = 200;

/**
 * Every key of the game screen, in two columns (one above the other on a phone), each wrapped
 * to the dialog: a long use (Vietnamese runs longer) never runs out of its panel.
 */
export function openHelp(ctx: GameContext): Dialog {
  const h = STRINGS.game.help;
  return new Dialog(ctx.scene, ctx.focus, {
    title: h.title,
    width: 640,
    body: (container, width) => {
      const columns = width >= TWO_COLUMNS;
      const whatX = columns ? KEY_COLUMN : 12;
      let y = 0;
      for (const [key, what] of h.keys(unitWord(ctx.cs))) {
        const k = ctx.scene.add.text(0, y, key, {
          ...textStyle(14, { weight: 700, color: PALETTE.bambooDark }),
          wordWrap: { width: columns ? KEY_COLUMN - 12 : width, useAdvancedWrap: true },
        });
        const w = ctx.scene.add.text(whatX, columns ? y : y + k.height + 2, what, {
          ...textStyle(14),
          wordWrap: { width: width - whatX, useAdvancedWrap: true },
        });
        container.add([k, w]);
        y = Math.max(k.y + k.height, w.y + w.height) + (columns ? 6 : 10);
      }
      return y;
    },
    buttons: [{ label: h.close, hotkey: 'Esc', variant: 'secondary', onClick: () => undefined }],
  });
}
