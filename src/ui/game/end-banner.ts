import Phaser from 'phaser';
import type { Ending } from '../../engine';
import { formatDecimal } from '../../i18n';
import { outcomeLabel, type ScoreExplained } from '../../view';
import { turnUnitOf } from '../../view/turn-unit';
import { LANDSCAPE, viewSize } from '../screen-form';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { unitWord } from '../turn-words';
import { Dialog, type DialogButton, dialogBodyRoom } from '../widgets';
import { type BodyBlock, PagedBody } from '../widgets/paged-body';
import { TONE_COLOR } from './colors';
import type { GameContext } from './context';

/**
 * The end of the game: the named outcome, the bamboo score term by term (each part of the
 * score times its weight, the penalty, adding up to it) and the way to the debrief. A game
 * branched from a replay also offers its comparison with the original right here, since
 * setting the two endings side by side is why the player branched.
 */
export function openEndBanner(
  ctx: GameContext,
  ending: Ending,
  explained: ScoreExplained,
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
      const { scene } = ctx;
      const text = (words: string, size: number, color: number = PALETTE.ink, bold = false) =>
        scene.add.text(0, 0, words, {
          ...textStyle(size, { weight: bold ? 700 : 400, color }),
          wordWrap: { width, useAdvancedWrap: true },
        });
      const stack = (parts: readonly Phaser.GameObjects.Text[], gap = 10): BodyBlock => {
        const block = scene.add.container(0, 0);
        let y = 0;
        for (const part of parts) {
          part.setY(y);
          block.add(part);
          y += part.height + gap;
        }
        return { container: block, height: Math.max(0, y - gap) };
      };
      const blocks: BodyBlock[] = [
        stack([
          text(
            `${ending.collapse ? '✕' : ending.outcome === 'master' ? '★' : '◆'} ${outcome.name}`,
            30,
            ending.collapse ? TONE_COLOR.bad : PALETTE.bambooDark,
            true,
          ),
          text(outcome.help, 15),
          text(e.score(formatDecimal(explained.total)), 22, PALETTE.ink, true),
        ]),
        scoreTable(scene, explained, width),
      ];
      if (toCompare) blocks.push(stack([text(e.branched, 14, PALETTE.bambooDark, true)]));
      if (!canDebrief) blocks.push(stack([text(e.noDebrief, 12, PALETTE.inkSoft)]));
      const touch = viewSize(scene).width < LANDSCAPE.width;
      const room = dialogBodyRoom(scene, container, 0);
      return new PagedBody(scene, ctx.focus, container, blocks, width, room, touch).height;
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
  // Enter opens the debrief: the pages' buttons come first in the body, but the aim is this one.
  const debrief = dialog.buttons[0];
  if (canDebrief && debrief) ctx.focus.focus(debrief);
  // Bound at the banner's own layer: K works while it is the topmost dialog.
  const compare = toCompare ? dialog.buttons[1] : undefined;
  if (compare) {
    const unbind = ctx.focus.bindKeys({ k: () => compare.activate() });
    dialog.root.once(Phaser.GameObjects.Events.DESTROY, unbind);
  }
  return dialog;
}

/**
 * How the score adds up: each term's name on the left, its sum on the right ("41.0 × 30% =
 * 12.3"), the total under a rule. Where the two do not fit side by side (a phone), the sum
 * goes under its name.
 */
function scoreTable(scene: Phaser.Scene, explained: ScoreExplained, width: number): BodyBlock {
  const block = scene.add.container(0, 0);
  const S = STRINGS.explain.score;
  const headingText = scene.add.text(
    0,
    0,
    S.heading.toUpperCase(),
    textStyle(11, { weight: 700, color: PALETTE.inkSoft }),
  );
  block.add(headingText);
  let y = headingText.height + 6;
  const sums = explained.terms.map((t) =>
    scene.add.text(0, 0, t.sum, textStyle(13, { weight: 700, color: toneOf(t.points) })),
  );
  const sumWidth = Math.max(...sums.map((t) => t.width));
  const side = width - sumWidth - 16 >= 180;
  explained.terms.forEach((term, i) => {
    const sum = sums[i] as Phaser.GameObjects.Text;
    const label = scene.add.text(0, y, term.label, {
      ...textStyle(13),
      wordWrap: { width: side ? width - sumWidth - 16 : width, useAdvancedWrap: true },
    });
    block.add([label, sum]);
    if (side) {
      sum.setOrigin(1, 0).setPosition(width, y);
      y += Math.max(label.height, sum.height) + 3;
    } else {
      sum.setOrigin(1, 0).setPosition(width, y + label.height);
      y += label.height + sum.height + 5;
    }
  });
  const rule = scene.add.rectangle(0, y + 2, width, 1.5, PALETTE.ink).setOrigin(0);
  const total = scene.add
    .text(width, y + 8, S.total(formatDecimal(explained.total)), textStyle(15, { weight: 700 }))
    .setOrigin(1, 0);
  block.add([rule, total]);
  return { container: block, height: y + 8 + total.height };
}

const toneOf = (points: number) => (points < 0 ? TONE_COLOR.bad : PALETTE.ink);
