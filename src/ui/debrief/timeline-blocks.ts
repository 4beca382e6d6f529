import type Phaser from 'phaser';
import type { TimelineTurn } from '../../view';
import { headingBlock } from '../screens/blocks';
import type { Block } from '../screens/flow';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';

const D = STRINGS.debrief;
const TAG_WIDTH = 62;

/**
 * Each month, then each item with who acted written beside it: a tag in
 * words, not a colour, so decisions and reactions read apart in print too.
 */
export function timelineBlocks(turns: readonly TimelineTurn[]): Block[] {
  return turns.flatMap((t, i): Block[] => [
    headingBlock(t.label, i === 0 ? 0 : 14),
    ...t.items.map(
      (item): Block => ({
        gap: 4,
        build(scene: Phaser.Scene, width: number) {
          const you = item.actor === 'you';
          const tag = scene.add.text(
            0,
            0,
            D.actor[item.actor] ?? item.actor,
            textStyle(13, {
              weight: 700,
              color: you
                ? PALETTE.bambooDark
                : item.actor === 'world'
                  ? PALETTE.inkSoft
                  : PALETTE.disputed,
            }),
          );
          const headline = item.headline.replace(/^You: /, '');
          const text = scene.add.text(TAG_WIDTH, 0, headline, {
            ...textStyle(14, { weight: you ? 700 : 400 }),
            wordWrap: { width: width - TAG_WIDTH, useAdvancedWrap: true },
          });
          return { object: scene.add.container(0, 0, [tag, text]), height: text.height };
        },
      }),
    ),
  ]);
}
