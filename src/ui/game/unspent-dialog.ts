/**
 * Asked once before a turn ends with capital that could still buy a card: end it anyway, or go
 * back to the board. Enter ends, Esc goes back; both are buttons a finger can reach.
 */
import type { Unspent } from '../../view';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { Dialog } from '../widgets';
import type { GameContext } from './context';

export function openUnspentDialog(
  ctx: GameContext,
  unspent: Unspent,
  unit: string,
  endTurn: () => void,
): Dialog {
  const u = STRINGS.game.unspent;
  return new Dialog(ctx.scene, ctx.focus, {
    title: u.title(unspent.capital),
    width: 620,
    body: (container, width) => {
      const text = ctx.scene.add.text(0, 0, u.text(unspent.capital, unspent.cards.length, unit), {
        ...textStyle(15),
        wordWrap: { width, useAdvancedWrap: true },
      });
      const list = ctx.scene.add.text(
        0,
        text.height + 8,
        `${unspent.cards.slice(0, 4).join(' · ')}${unspent.cards.length > 4 ? ' · …' : ''}`,
        {
          ...textStyle(13, { color: PALETTE.inkSoft }),
          wordWrap: { width, useAdvancedWrap: true },
        },
      );
      container.add([text, list]);
      return list.y + list.height;
    },
    buttons: [
      {
        label: u.end(unit),
        hotkey: 'Enter',
        onClick: () => {
          // After this dialog has closed: the month's end opens dialogs of its own.
          ctx.scene.time.delayedCall(0, endTurn);
          return undefined;
        },
      },
      { label: u.back, hotkey: 'Esc', variant: 'secondary', onClick: () => undefined },
    ],
  });
}
