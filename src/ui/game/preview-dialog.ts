import type { Preview } from '../../view';
import { STRINGS } from '../strings';
import { Dialog } from '../widgets';
import type { GameContext } from './context';
import { renderPreview } from './decision-preview';

/** Before any decision is committed: what it will do, then Confirm (Enter) or Cancel (Esc). */
export function openPreviewDialog(
  ctx: GameContext,
  preview: Preview,
  capital: number,
  onConfirm: () => void,
): Dialog {
  const p = STRINGS.game.preview;
  return new Dialog(ctx.scene, ctx.focus, {
    title: preview.title,
    width: 620,
    body: (container, width) =>
      renderPreview(ctx.scene, container, preview, width, {
        withText: true,
        capital,
        maxHeight: 470,
      }),
    buttons: [
      {
        label: p.confirm,
        hotkey: 'Enter',
        enabled: () => preview.blocked === null,
        onClick: () => {
          // After this dialog has closed: the store's answer may open the next dialog.
          ctx.scene.time.delayedCall(0, onConfirm);
          return undefined;
        },
      },
      { label: p.cancel, hotkey: 'Esc', variant: 'secondary', onClick: () => undefined },
    ],
  });
}
