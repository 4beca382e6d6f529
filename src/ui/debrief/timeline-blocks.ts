import type Phaser from 'phaser';
import type { TimelineTurn } from '../../view';
import { headingBlock } from '../screens/blocks';
import type { Block } from '../screens/flow';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';

const D = STRINGS.debrief;
const MIN_TAG_WIDTH = 62;
const TAG_STYLE = textStyle(13, { weight: 700 });
// Pure memoisation, not state: the same labels in the same style always measure the same width,
// so measuring once per page saves a probe text per item and can never go stale.
const tagWidths = new Map<string, number>();

/** Room for the widest actor's name in the current language ("Trung Quốc" needs more than "China"). */
function tagWidth(scene: Phaser.Scene): number {
  const labels = Object.values(D.actor);
  const key = labels.join('|');
  const known = tagWidths.get(key);
  if (known !== undefined) return known;
  const probe = scene.add.text(0, 0, '', TAG_STYLE);
  let width = MIN_TAG_WIDTH;
  for (const label of labels) width = Math.max(width, Math.ceil(probe.setText(label).width) + 10);
  probe.destroy();
  tagWidths.set(key, width);
  return width;
}

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
          // The tag already says who acted: "You: " would say it twice.
          const yours = STRINGS.view.causes.action('');
          const headline = item.headline.startsWith(yours)
            ? item.headline.slice(yours.length)
            : item.headline;
          const tagW = tagWidth(scene);
          const text = scene.add.text(tagW, 0, headline, {
            ...textStyle(14, { weight: you ? 700 : 400 }),
            wordWrap: { width: width - tagW, useAdvancedWrap: true },
          });
          return { object: scene.add.container(0, 0, [tag, text]), height: text.height };
        },
      }),
    ),
  ]);
}
