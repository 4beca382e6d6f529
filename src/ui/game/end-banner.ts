import Phaser from 'phaser';
import type { Ending } from '../../engine';
import { formatDecimal } from '../../i18n';
import { outcomeLabel } from '../../view';
import { turnUnitOf } from '../../view/turn-unit';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { unitWord } from '../turn-words';
import { Dialog, type DialogButton } from '../widgets';
import { TONE_COLOR } from './colors';
import type { GameContext } from './context';

/**
 * The end of the game: the named outcome, the bamboo score and the way to the debrief. A game
 * branched from a replay also offers its comparison with the original right here, since
 * setting the two endings side by side is why the player branched.
 */
export function openEndBanner(
  ctx: GameContext,
  ending: Ending,
  canDebrief: boolean,
  toDebrief: () => void,
  onClose: () => void,
  toCompare?: () => void,
): Dialog {
  const e = STRINGS.game.end;
  const compareButton: DialogButton[] = toCompare
    ? [
        {
          label: e.compare,
          hotkey: 'K',
          onClick: () => {
            ctx.scene.time.delayedCall(0, toCompare);
            return undefined;
          },
        },
      ]
    : [];
  const outcome = outcomeLabel(ctx.cs.scenario.powers, ending.outcome);
  const s = ending.score;
  const fixed = (n: number) => formatDecimal(n);
  const dialog = new Dialog(ctx.scene, ctx.focus, {
    title: ending.collapse
      ? e.collapse
      : turnUnitOf(ctx.cs) === 'month'
        ? e.title
        : e.lastTurn(unitWord(ctx.cs)),
    // Wider with a third button, so the row of buttons stays inside the panel.
    width: toCompare ? 840 : 680,
    onCancel: () => ctx.scene.time.delayedCall(0, onClose),
    body: (container, width) => {
      const lines = [
        ctx.scene.add.text(
          0,
          0,
          `${ending.collapse ? '✕' : ending.outcome === 'master' ? '★' : '◆'} ${outcome.name}`,
          {
            ...textStyle(30, {
              weight: 700,
              color: ending.collapse ? TONE_COLOR.bad : PALETTE.bambooDark,
            }),
            wordWrap: { width, useAdvancedWrap: true },
          },
        ),
        ctx.scene.add.text(0, 0, outcome.help, {
          ...textStyle(15),
          wordWrap: { width, useAdvancedWrap: true },
        }),
        ctx.scene.add.text(0, 0, e.score(fixed(s.total)), textStyle(22, { weight: 700 })),
        ctx.scene.add.text(
          0,
          0,
          e.breakdown({
            weakestLink: fixed(s.weakestLink),
            relations: fixed(s.relations),
            growth: fixed(s.growth),
            sovereignty: fixed(s.sovereignty),
            stability: fixed(s.stability),
            autonomy: fixed(s.autonomy),
          }),
          {
            ...textStyle(13, { color: PALETTE.inkSoft }),
            wordWrap: { width, useAdvancedWrap: true },
          },
        ),
      ];
      if (toCompare) {
        lines.push(
          ctx.scene.add.text(0, 0, e.branched, {
            ...textStyle(14, { weight: 700, color: PALETTE.bambooDark }),
            wordWrap: { width, useAdvancedWrap: true },
          }),
        );
      }
      if (!canDebrief) {
        lines.push(
          ctx.scene.add.text(0, 0, e.noDebrief, textStyle(12, { color: PALETTE.inkSoft })),
        );
      }
      let y = 0;
      for (const line of lines) {
        line.setY(y);
        container.add(line);
        y += line.height + 10;
      }
      return y;
    },
    buttons: [
      {
        label: e.debrief,
        hotkey: 'Enter',
        enabled: () => canDebrief,
        onClick: () => {
          ctx.scene.time.delayedCall(0, toDebrief);
          return undefined;
        },
      },
      ...compareButton,
      {
        label: e.look,
        hotkey: 'Esc',
        variant: 'secondary',
        onClick: () => {
          ctx.scene.time.delayedCall(0, onClose);
          return undefined;
        },
      },
    ],
  });
  // Bound at the banner's own layer: K works while it is the topmost dialog.
  const compare = toCompare ? dialog.buttons[1] : undefined;
  if (compare) {
    const unbind = ctx.focus.bindKeys({ k: () => compare.activate() });
    dialog.root.once(Phaser.GameObjects.Events.DESTROY, unbind);
  }
  return dialog;
}
