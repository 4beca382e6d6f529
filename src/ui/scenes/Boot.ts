import Phaser from 'phaser';
import regionUrl from '../../../assets/map/region.json?url';
import { parseRegion } from '../map/parse-region';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { REGISTRY } from './keys';

export { regionUrl };

/** The registry key under which main.ts hands over the map it fetched at start-up. */
export const PREFETCHED_REGION = 'prefetched-region';

/**
 * Loads the region map (fonts are already loaded by main.ts: Text made before they arrive
 * would be drawn in a fallback font and never redrawn). The map is fetched, not bundled, to
 * keep it out of the JavaScript budget. main.ts fetches it alongside the fonts and hands it
 * over in the registry; only when that failed does this scene load it (and say what failed).
 */
export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  preload(): void {
    performance.mark('bamboo:boot-preload');
    if (this.registry.has(PREFETCHED_REGION)) return;
    const { width, height } = this.scale;
    this.add
      .text(width / 2, height / 2, STRINGS.loading, textStyle(20, { color: PALETTE.inkSoft }))
      .setOrigin(0.5);
    this.load.json(REGISTRY.region, regionUrl);
  }

  create(): void {
    performance.mark('bamboo:boot-create');
    const parsed = parseRegion(
      this.registry.get(PREFETCHED_REGION) ?? this.cache.json.get(REGISTRY.region),
    );
    this.registry.remove(PREFETCHED_REGION);
    if (!parsed.ok) {
      this.showError(parsed.error);
      return;
    }
    this.registry.set(REGISTRY.region, parsed.region);
    this.scene.start('Title');
  }

  private showError(detail: string): void {
    console.error(detail);
    const { width, height } = this.scale;
    this.children.removeAll(true);
    this.add
      .text(width / 2, height / 2, `${STRINGS.errors.boot}\n\n${detail}`, {
        ...textStyle(18, { align: 'center' }),
        wordWrap: { width: width - 200 },
      })
      .setOrigin(0.5);
  }
}
