/**
 * The debrief as pictures: every page is snapshotted by the renderer, then
 * stacked into one PNG to download, or laid out one per sheet for printing.
 * Nothing here reads the game; it only copies pixels.
 */
import type Phaser from 'phaser';
import { downloadBlob } from '../files/download';

const PRINT_AREA_ID = 'bamboo-print-area';

/** Shows each page in turn and snapshots it after it is drawn. */
export async function capturePages(
  game: Phaser.Game,
  pages: readonly (() => void)[],
): Promise<HTMLImageElement[]> {
  const images: HTMLImageElement[] = [];
  for (const show of pages) {
    show();
    const image = await new Promise<HTMLImageElement>((resolve, reject) => {
      game.renderer.snapshot((snap) => {
        if (!(snap instanceof HTMLImageElement)) {
          reject(new Error('the renderer returned no image'));
          return;
        }
        if (snap.complete && snap.naturalWidth > 0) resolve(snap);
        else {
          snap.onload = () => resolve(snap);
          snap.onerror = () => reject(new Error('the snapshot could not be decoded'));
        }
      });
    });
    images.push(image);
  }
  return images;
}

export async function downloadStacked(
  images: readonly HTMLImageElement[],
  fileName: string,
): Promise<void> {
  const width = Math.max(...images.map((i) => i.naturalWidth));
  const height = images.reduce((h, i) => h + i.naturalHeight, 0);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  let y = 0;
  for (const image of images) {
    ctx.drawImage(image, 0, y);
    y += image.naturalHeight;
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the image could not be encoded');
  downloadBlob(fileName, blob);
}

/**
 * Prints the pages, one per sheet: a print stylesheet hides the game and shows
 * only these images, so no pop-up window is needed.
 */
export function printPages(images: readonly HTMLImageElement[]): void {
  document.getElementById(PRINT_AREA_ID)?.remove();
  const area = document.createElement('div');
  area.id = PRINT_AREA_ID;
  for (const image of images) {
    const copy = document.createElement('img');
    copy.src = image.src;
    copy.alt = '';
    area.append(copy);
  }
  const style = document.createElement('style');
  style.textContent = `
    #${PRINT_AREA_ID} { display: none; }
    @media print {
      body > *:not(#${PRINT_AREA_ID}) { display: none !important; }
      html, body { height: auto; overflow: visible; background: #fff; }
      #${PRINT_AREA_ID} { display: block; }
      #${PRINT_AREA_ID} img { display: block; width: 100%; break-after: page; }
      @page { size: landscape; margin: 10mm; }
    }`;
  area.append(style);
  document.body.append(area);
  window.print();
}
