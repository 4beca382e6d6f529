import { downloadCurrentGame, shareCurrentGame } from '../replay/replay-actions';
import { settings, updateSettings } from '../settings';
import { STRINGS } from '../strings';
import { textStyle } from '../theme';
import { Dialog } from '../widgets';
import type { GameContext } from './context';

/** Leaving for the title screen: the game is already saved, so this only confirms intent. */
export function openMenu(ctx: GameContext, leave: () => void, guide?: () => void): Dialog {
  const m = STRINGS.game.menu;
  const dialog: Dialog = new Dialog(ctx.scene, ctx.focus, {
    title: m.title,
    width: 760,
    body: (container, width) => {
      const t = ctx.scene.add.text(0, 0, m.text, {
        ...textStyle(15),
        wordWrap: { width, useAdvancedWrap: true },
      });
      container.add(t);
      return t.height;
    },
    buttons: [
      {
        label: m.leave,
        onClick: () => {
          ctx.scene.time.delayedCall(0, leave);
          return undefined;
        },
      },
      { label: m.stay, hotkey: 'Esc', variant: 'secondary', onClick: () => undefined },
      // The menu stays open under these: the player may want both, then go on playing.
      {
        label: STRINGS.replays.actions.download,
        variant: 'secondary',
        onClick: () => {
          downloadCurrentGame();
          return false;
        },
      },
      {
        label: STRINGS.replays.actions.share,
        variant: 'secondary',
        onClick: () => {
          shareCurrentGame(ctx.scene, ctx.focus);
          return false;
        },
      },
      ...(guide
        ? [
            {
              label: STRINGS.game.guide.again,
              variant: 'quiet' as const,
              onClick: () => {
                ctx.scene.time.delayedCall(0, guide);
                return undefined;
              },
            },
          ]
        : []),
      {
        label: STRINGS.game.advisor.menu(settings().advisor),
        variant: 'quiet',
        onClick: () => {
          updateSettings({ advisor: !settings().advisor });
          dialog.buttons.at(-2)?.setLabel(STRINGS.game.advisor.menu(settings().advisor));
          return false;
        },
      },
      {
        label: STRINGS.game.sound.menu(!settings().muted),
        hotkey: 'S',
        variant: 'quiet',
        onClick: () => {
          updateSettings({ muted: !settings().muted });
          dialog.buttons.at(-1)?.setLabel(STRINGS.game.sound.menu(!settings().muted));
          return false;
        },
      },
    ],
  });
  return dialog;
}
