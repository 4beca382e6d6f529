import type { NewsView } from '../../view';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { unitTitle, unitWord } from '../turn-words';
import { Dialog } from '../widgets';
import type { GameContext } from './context';
import { drawNewsItem } from './news-item';

const MAX_HEIGHT = 480;

/** After a month ends: how the powers answered, and what the new month brings. */
export function openMonthReview(
  ctx: GameContext,
  month: string,
  items: readonly NewsView[],
  onClose: () => void,
): Dialog {
  const r = STRINGS.game.review;
  return new Dialog(ctx.scene, ctx.focus, {
    title: r.title(month, unitTitle(ctx.cs)),
    width: 760,
    onCancel: () => ctx.scene.time.delayedCall(0, onClose),
    body: (container, width) => {
      const intro = ctx.scene.add.text(
        0,
        0,
        r.introOf(unitWord(ctx.cs)),
        textStyle(13, { color: PALETTE.inkSoft }),
      );
      container.add(intro);
      let y = intro.height + 10;
      for (const item of items) {
        const row = ctx.scene.add.container(0, y);
        const h = drawNewsItem(ctx.scene, row, item, 0, 0, width, 4);
        if (y + h > MAX_HEIGHT) {
          row.destroy(true);
          break;
        }
        container.add(row);
        y += h + 10;
      }
      return y;
    },
    buttons: [
      {
        label: r.continue,
        hotkey: 'Enter',
        onClick: () => {
          ctx.scene.time.delayedCall(0, onClose);
          return undefined;
        },
      },
    ],
  });
}
