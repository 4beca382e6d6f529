import type Phaser from 'phaser';
import type { NewsView } from '../../view';
import { STRINGS } from '../strings';
import { css, PALETTE, textStyle } from '../theme';
import { lookColor } from './colors';

const TAG_STYLE = textStyle(10, { weight: 700, color: PALETTE.paper });
const MIN_TAG_WIDTH = 58;
// Pure memoisation, not state: the same labels in the same style always measure the same width,
// so measuring once per page saves a probe text per item and can never go stale.
const tagWidths = new Map<string, number>();

/** The widest actor tag in the current language: every tag gets it, so headlines line up. */
function tagWidth(scene: Phaser.Scene): number {
  const labels = Object.values(STRINGS.game.news.actors);
  const key = labels.join('|');
  const known = tagWidths.get(key);
  if (known !== undefined) return known;
  const probe = scene.add.text(0, 0, '', { ...TAG_STYLE, padding: { x: 4, y: 1 } });
  let width = MIN_TAG_WIDTH;
  for (const label of labels) width = Math.max(width, Math.ceil(probe.setText(label).width));
  probe.destroy();
  tagWidths.set(key, width);
  return width;
}

/** A power's tag (its name comes from the scenario) may be wider than the catalog's. */
function tagWidthOf(scene: Phaser.Scene, label: string): number {
  const known = tagWidths.get(`power:${label}`);
  if (known !== undefined) return known;
  const probe = scene.add.text(0, 0, label, { ...TAG_STYLE, padding: { x: 4, y: 1 } });
  const width = Math.ceil(probe.width);
  probe.destroy();
  tagWidths.set(`power:${label}`, width);
  return width;
}

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
  const color = lookColor(item);
  const label = item.actorName;
  const tagW = Math.max(tagWidth(scene), tagWidthOf(scene, label));
  const tag = scene.add
    .text(x, y + 1, label, {
      ...TAG_STYLE,
      backgroundColor: css(color),
      padding: { x: 4, y: 1 },
    })
    .setFixedSize(tagW, 0);
  const place = item.place ? placeSuffix(item.headline, item.place.name) : '';
  // A sentence keeps its full stop last: "… vessels of China (East Sea)."
  const stop = place && item.headline.endsWith('.') ? '.' : '';
  const headline = stop ? item.headline.slice(0, -1) : item.headline;
  const text = scene.add.text(x + tagW + 6, y, `${headline}${place}${stop}`, {
    ...textStyle(12),
    wordWrap: { width: width - tagW - 6, useAdvancedWrap: true },
    ...(maxLines ? { maxLines } : {}),
  });
  if (maxLines) clampLines(text, maxLines);
  into.add([tag, text]);
  return Math.max(tag.height, text.height);
}

/**
 * " (Hà Nội)" after a headline, unless the headline already names the place: "Collisions at
 * Second Thomas Shoal" needs no "(Second Thomas Shoal)", nor "Trucks stuck at the Lạng Sơn
 * crossing" its "(Lạng Sơn border crossings)".
 */
export function placeSuffix(headline: string, place: string): string {
  const words = fold(place.split(/\s+/).slice(0, 2).join(' '));
  return fold(headline).includes(words) ? '' : ` (${place})`;
}

/** Without case or diacritics: "Da Nang" in a headline names "Đà Nẵng" too. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLocaleLowerCase();
}

/**
 * A text cut to `maxLines` ends with "…" at a word, never mid-sentence as if it were whole
 * (Phaser's maxLines drops the lines after the last without a sign).
 */
export function clampLines(text: Phaser.GameObjects.Text, maxLines: number): void {
  const full = text.text;
  if (text.getWrappedText(full).length <= maxLines) return;
  const words = full.split(/\s+/);
  // Whole words from the start while they fit in the lines allowed, with room for the "…".
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const candidate = `${words.slice(0, mid).join(' ')}…`;
    if (text.getWrappedText(candidate).length <= maxLines) low = mid;
    else high = mid - 1;
  }
  text.setText(
    `${words
      .slice(0, Math.max(1, low))
      .join(' ')
      .replace(/[\s,;:.–-]+$/, '')}…`,
  );
}
