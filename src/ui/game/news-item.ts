import type Phaser from 'phaser';
import type { NewsView } from '../../view';
import { STRINGS } from '../strings';
import { css, PALETTE, textStyle } from '../theme';
import { ACTOR_COLOR } from './colors';

/**
 * One news item: a tag naming who acted (the name, not only its colour) and the headline.
 * Returns the height used. `maxLines` keeps the feed's items short; dialogs show them whole.
 */
export function drawNewsItem(
  scene: Phaser.Scene,
  into: Phaser.GameObjects.Container,
  item: NewsView,
  x: number,
  y: number,
  width: number,
  maxLines?: number,
): number {
  const color = ACTOR_COLOR[item.actor];
  const label = STRINGS.game.news.actors[item.actor] ?? item.actor.toUpperCase();
  const tag = scene.add
    .text(x, y + 1, label, {
      ...textStyle(10, { weight: 700, color: PALETTE.paper }),
      backgroundColor: css(color),
      padding: { x: 4, y: 1 },
    })
    .setFixedSize(58, 0);
  const place = item.place ? ` (${item.place.name})` : '';
  const text = scene.add.text(x + 64, y, `${item.headline}${place}`, {
    ...textStyle(12),
    wordWrap: { width: width - 64, useAdvancedWrap: true },
    ...(maxLines ? { maxLines } : {}),
  });
  into.add([tag, text]);
  return Math.max(tag.height, text.height);
}
