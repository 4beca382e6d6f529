import type Phaser from 'phaser';
import type { ViewerFrame } from '../../view/replay-viewer';
import { drawNewsItem } from '../game/news-item';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { Button, type FocusManager } from '../widgets';

const S = STRINGS.replays.viewer;
const MAX_DECISIONS = 7;

/** Cuts a label to one line with an ellipsis, so every decision button keeps one height. */
function oneLine(measure: Phaser.GameObjects.Text, label: string, width: number): string {
  measure.setText(label);
  if (measure.width <= width) return label;
  let lo = 0;
  let hi = label.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    measure.setText(`${label.slice(0, mid)}…`);
    if (measure.width <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${label.slice(0, lo).trimEnd()}…`;
}

/**
 * The month around the step shown: its decisions in order (each a way to jump
 * there, the current one marked), then what the step brought: reactions,
 * events and news.
 */
export function drawMonthPanel(
  scene: Phaser.Scene,
  focus: FocusManager,
  x: number,
  y: number,
  width: number,
  height: number,
  frame: ViewerFrame,
  jump: (index: number) => void,
): Phaser.GameObjects.Container {
  const root = scene.add.container(x, y);
  let top = 0;
  const heading = (text: string) => {
    const t = scene.add.text(0, top, text, {
      ...textStyle(15, { weight: 700, color: PALETTE.bambooDark }),
      wordWrap: { width, useAdvancedWrap: true },
    });
    root.add(t);
    top += t.height + 6;
  };
  heading(S.monthHeading(frame.turnLabel));
  // Around the current decision when the month is long.
  const at = Math.max(
    0,
    frame.month.findIndex((d) => d.index === frame.index),
  );
  const from = Math.max(0, Math.min(at - 3, frame.month.length - MAX_DECISIONS));
  const shown = frame.month.slice(from, from + MAX_DECISIONS);
  if (from > 0) {
    root.add(scene.add.text(0, top, S.earlier(from), textStyle(12, { color: PALETTE.inkSoft })));
    top += 18;
  }
  const measure = scene.add.text(0, 0, '', textStyle(12, { weight: 700 })).setVisible(false);
  for (const d of shown) {
    const current = d.index === frame.index;
    const b = new Button(
      scene,
      0,
      top,
      oneLine(measure, `${current ? '▶ ' : ''}${d.label}`, width - 24),
      () => jump(d.index),
      {
        variant: current ? 'secondary' : 'quiet',
        width,
        height: 30,
        align: 'left',
        fontSize: 12,
      },
      focus,
    );
    root.add(b.container);
    top += b.height + 4;
  }
  measure.destroy();
  const after = frame.month.length - from - shown.length;
  if (after > 0) {
    root.add(scene.add.text(0, top, S.later(after), textStyle(12, { color: PALETTE.inkSoft })));
    top += 18;
  }
  top += 10;
  heading(S.newsHeading);
  if (frame.news.length === 0) {
    root.add(scene.add.text(0, top, S.noNews, textStyle(13, { color: PALETTE.inkSoft })));
    return root;
  }
  let n = 0;
  for (const item of frame.news) {
    if (top > height - 40) break;
    top += drawNewsItem(scene, root, item, 0, top, width, 2) + 6;
    n++;
  }
  if (n < frame.news.length) {
    root.add(
      scene.add.text(
        0,
        top,
        S.moreNews(frame.news.length - n),
        textStyle(12, { color: PALETTE.inkSoft }),
      ),
    );
  }
  return root;
}
