import type Phaser from 'phaser';
import QRCode from 'qrcode';

/**
 * Draws a QR code for `text` as squares in a Graphics, `size` pixels wide with
 * its quiet zone. Returns false (and draws nothing) when the text is too long
 * for any QR code.
 */
export function drawQr(
  graphics: Phaser.GameObjects.Graphics,
  text: string,
  x: number,
  y: number,
  size: number,
): boolean {
  let modules: { size: number; get(row: number, col: number): number | boolean };
  try {
    modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  } catch {
    return false;
  }
  const quiet = 4;
  const cell = Math.floor(size / (modules.size + 2 * quiet));
  const drawn = cell * (modules.size + 2 * quiet);
  graphics.fillStyle(0xffffff, 1).fillRect(x, y, drawn, drawn);
  graphics.fillStyle(0x000000, 1);
  for (let r = 0; r < modules.size; r++)
    for (let c = 0; c < modules.size; c++)
      if (modules.get(r, c))
        graphics.fillRect(x + (c + quiet) * cell, y + (r + quiet) * cell, cell, cell);
  return true;
}
