import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { unitWord } from '../turn-words';
import { Dialog } from '../widgets';
import type { GameContext } from './context';

/** Every key of the game screen, in two columns. */
export function openHelp(ctx: GameContext): Dialog {
  const h = STRINGS.game.help;
  return new Dialog(ctx.scene, ctx.focus, {
    title: h.title,
    width: 640,
    body: (container, width) => {
      // The keys' column shrinks on a phone; the descriptions wrap in what is left, never past the edge.
      const keyColumn = Math.min(200, Math.round(width * 0.32));
      let y = 0;
      for (const [key, what] of h.keys(unitWord(ctx.cs))) {
        const k = ctx.scene.add.text(
          0,
          y,
          key,
          textStyle(14, { weight: 700, color: PALETTE.bambooDark }),
        );
        k.setWordWrapWidth(keyColumn - 12, true);
        const w = ctx.scene.add.text(keyColumn, y, what, {
          ...textStyle(14),
          wordWrap: { width: width - keyColumn, useAdvancedWrap: true },
        });
        container.add([k, w]);
        y += Math.max(k.height, w.height) + 6;
      }
      return y;
    },
    buttons: [{ label: h.close, hotkey: 'Esc', variant: 'secondary', onClick: () => undefined }],
  });
}
