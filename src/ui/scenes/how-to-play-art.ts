import type Phaser from 'phaser';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';

const H = STRINGS.help;

/**
 * The bamboo meter as a picture: the neutral line between the poles and the
 * band beyond which the far pole punishes you.
 */
export function drawDriftMeter(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
): Phaser.GameObjects.Container {
  const g = scene.add.graphics();
  const mid = x + width / 2;
  const barY = y + 104;
  const band = width * 0.15;
  g.fillStyle(PALETTE.bambooLight, 0.6).fillRect(mid - band, barY - 14, band * 2, 28);
  g.lineStyle(3, PALETTE.ink).lineBetween(x, barY, x + width, barY);
  for (const end of [x, x + width]) g.lineBetween(end, barY - 10, end, barY + 10);
  g.lineStyle(1.5, PALETTE.inkSoft);
  for (const edge of [mid - band, mid + band]) g.lineBetween(edge, barY - 14, edge, barY + 14);
  g.fillStyle(PALETTE.bambooDark).fillTriangle(
    mid - 10,
    barY - 30,
    mid + 10,
    barY - 30,
    mid,
    barY - 12,
  );
  const t = (tx: number, ty: number, s: string, size: number, ox: number, bold = false) =>
    scene.add.text(tx, ty, s, textStyle(size, { weight: bold ? 700 : 400 })).setOrigin(ox, 0);
  const labels = [
    t(x, y, H.meter.title, 18, 0, true),
    t(mid, barY - 56, H.meter.you, 14, 0.5, true),
    t(x, barY + 18, H.meter.left, 15, 0, true),
    t(x + width, barY + 18, H.meter.right, 15, 1, true),
    t(mid, barY + 18, H.meter.band, 13, 0.5),
  ];
  const note = scene.add.text(x, barY + 56, H.meter.note, {
    ...textStyle(14, { color: PALETTE.inkSoft }),
    wordWrap: { width, useAdvancedWrap: true },
    lineSpacing: 3,
  });
  return scene.add.container(0, 0, [g, ...labels, note]);
}

/** A gauge and the explanation it shows on hover, drawn as an example. */
export function drawCauseExample(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
): Phaser.GameObjects.Container {
  const ex = H.causeExample;
  const g = scene.add.graphics();
  const name = scene.add.text(x + 12, y + 8, ex.name, textStyle(14, { weight: 700 }));
  const value = scene.add
    .text(0, y + 8, `${ex.value}  ▼6`, textStyle(14, { weight: 700 }))
    .setOrigin(1, 0);
  // A long gauge name (Vietnamese's "Quan hệ với Trung Quốc") widens the gauge, up to half the
  // row, then takes a smaller size: it never runs under its value.
  const gaugeW = Math.round(Math.min(width / 2, Math.max(220, name.width + value.width + 36)));
  for (let size = 13; size >= 12 && name.width + value.width + 36 > gaugeW; size--)
    name.setFontSize(size);
  value.setX(x + gaugeW - 12);
  g.fillStyle(PALETTE.paperDeep).fillRoundedRect(x, y, gaugeW, 64, 6);
  g.lineStyle(4, 0xffd24a).strokeRoundedRect(x - 4, y - 4, gaugeW + 8, 72, 8);
  g.lineStyle(1.5, PALETTE.ink).strokeRoundedRect(x - 4, y - 4, gaugeW + 8, 72, 8);
  g.fillStyle(0xffffff).fillRect(x + 12, y + 38, gaugeW - 24, 12);
  g.fillStyle(PALETTE.bamboo).fillRect(x + 12, y + 38, (gaugeW - 24) * 0.58, 12);
  g.lineStyle(1, PALETTE.border).strokeRect(x + 12, y + 38, gaugeW - 24, 12);
  const tipX = x + gaugeW + 24;
  const tipW = width - gaugeW - 24;
  const lines = ex.lines.map((line, i) =>
    scene.add.text(tipX + 12, y + 12 + i * 44, line.trim(), {
      ...textStyle(13, { weight: i === 0 ? 700 : 400 }),
      wordWrap: { width: tipW - 24 - (i === 0 ? 0 : 12), useAdvancedWrap: true },
    }),
  );
  lines.forEach((l, i) => {
    if (i > 0) l.setX(tipX + 24);
  });
  let ty = y + 12;
  for (const l of lines) {
    l.setY(ty);
    ty += l.height + 4;
  }
  const tipH = ty - y + 8;
  g.fillStyle(PALETTE.paper).fillRect(tipX, y, tipW, tipH);
  g.lineStyle(1.5, PALETTE.ink).strokeRect(tipX, y, tipW, tipH);
  g.lineStyle(1.5, PALETTE.ink).lineBetween(x + gaugeW + 4, y + 32, tipX, y + 32);
  return scene.add.container(0, 0, [g, name, value, ...lines]);
}
