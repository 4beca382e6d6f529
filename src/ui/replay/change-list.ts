import type Phaser from 'phaser';
import { formatNumber } from '../../i18n';
import type { ViewerChange } from '../../view/replay-viewer';
import { TONE_COLOR } from '../game/colors';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';

const S = STRINGS.replays.viewer;

function signed(n: number): string {
  const r = Math.round(n * 10) / 10;
  return `${r > 0 ? '+' : r < 0 ? '\u2212' : '±'}${formatNumber(Math.abs(r))}`;
}

/**
 * What one decision changed, biggest change first, each with its causes in
 * words and numbers; what does not fit is counted, not cut mid-line.
 */
export function drawChangeList(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  height: number,
  changes: readonly ViewerChange[],
): Phaser.GameObjects.Container {
  const root = scene.add.container(x, y);
  if (changes.length === 0) {
    root.add(
      scene.add.text(0, 0, S.noChanges, {
        ...textStyle(14, { color: PALETTE.inkSoft }),
        wordWrap: { width, useAdvancedWrap: true },
      }),
    );
    return root;
  }
  let top = 0;
  let shown = 0;
  const reserve = 22;
  for (const change of changes) {
    const block = scene.add.container(0, top);
    const head = scene.add.text(
      0,
      0,
      `${change.name}  ${change.from} → ${change.to}`,
      textStyle(14, { weight: 700 }),
    );
    const delta = scene.add
      .text(
        width,
        0,
        signed(change.delta),
        textStyle(14, { weight: 700, color: TONE_COLOR[change.tone] }),
      )
      .setOrigin(1, 0);
    block.add([head, delta]);
    let h = head.height + 1;
    for (const cause of change.causes) {
      const line = scene.add.text(14, h, `${cause.label}  ${signed(cause.delta)}`, {
        ...textStyle(13, { color: PALETTE.inkSoft }),
        wordWrap: { width: width - 14, useAdvancedWrap: true },
      });
      block.add(line);
      h += line.height;
    }
    const left = changes.length - shown - 1;
    if (top + h > height - (left > 0 ? reserve : 0)) {
      block.destroy(true);
      break;
    }
    root.add(block);
    top += h + 8;
    shown++;
  }
  if (shown < changes.length) {
    root.add(
      scene.add.text(0, top, S.moreChanges(changes.length - shown), {
        ...textStyle(13, { color: PALETTE.inkSoft }),
      }),
    );
  }
  return root;
}
