import Phaser from 'phaser';
import { drawLegend } from '../map/legend';
import { MapView } from '../map/MapView';
import type { RegionMap } from '../map/region-types';
import { STRINGS } from '../strings';
import { css, PALETTE, textStyle } from '../theme';
import { drawBamboo } from './bamboo-art';
import { REGISTRY } from './keys';

const MAP_X = 488;
const MAP_Y = 50;
const COLUMN_X = 108;
const COLUMN_WIDTH = 350;

export class Title extends Phaser.Scene {
  private map?: MapView;

  constructor() {
    super('Title');
  }

  create(): void {
    const region = this.registry.get(REGISTRY.region) as RegionMap;
    drawBamboo(this, 0, this.scale.height);

    this.add.text(COLUMN_X, 64, STRINGS.title.replace(' ', '\n'), {
      ...textStyle(60, { weight: 700, color: PALETTE.bambooDark }),
      lineSpacing: -6,
    });
    this.add.rectangle(COLUMN_X, 246, 72, 4, PALETTE.bamboo).setOrigin(0, 0.5);
    this.add.text(COLUMN_X, 264, STRINGS.subtitle, {
      ...textStyle(18),
      wordWrap: { width: COLUMN_WIDTH, useAdvancedWrap: true },
      lineSpacing: 4,
    });
    this.add.text(COLUMN_X, 366, STRINGS.namesLine.replaceAll(' · ', '\n'), {
      ...textStyle(16, { color: PALETTE.inkSoft }),
      lineSpacing: 2,
    });

    drawLegend(this, COLUMN_X, 494);
    this.addStartButton();
    this.addMap(region);
    performance.mark('bamboo:title-ready');
  }

  private addMap(region: RegionMap): void {
    const frame = this.add.graphics();
    frame.fillStyle(PALETTE.paperDeep).fillRect(MAP_X + 6, MAP_Y + 6, region.width, region.height);
    this.map = new MapView(this, region, MAP_X, MAP_Y);
    frame.lineStyle(1.5, PALETTE.ink).strokeRect(MAP_X, MAP_Y, region.width, region.height);
    this.add
      .text(MAP_X, MAP_Y - 10, STRINGS.mapCaption, textStyle(14, { weight: 700 }))
      .setOrigin(0, 1);
    this.add
      .text(
        MAP_X + region.width,
        MAP_Y + region.height + 6,
        STRINGS.mapCredit,
        textStyle(11, { color: PALETTE.inkSoft }),
      )
      .setOrigin(1, 0);
    this.map.placeMarker('capital', 'hanoi');
    this.map.pulse('capital', 3);
  }

  private addStartButton(): void {
    const y = 640;
    const label = this.add
      .text(
        COLUMN_X + 20,
        y,
        STRINGS.startPrompt,
        textStyle(17, { weight: 700, color: PALETTE.paper }),
      )
      .setOrigin(0, 0.5);
    const width = label.width + 40;
    const button = this.add
      .rectangle(COLUMN_X, y, width, 46, PALETTE.bambooDark)
      .setOrigin(0, 0.5)
      .setInteractive({ useHandCursor: true });
    label.setDepth(1);
    button.on(Phaser.Input.Events.POINTER_OVER, () => button.setFillStyle(PALETTE.bamboo));
    button.on(Phaser.Input.Events.POINTER_OUT, () => button.setFillStyle(PALETTE.bambooDark));
    button.on(Phaser.Input.Events.POINTER_UP, () => this.begin());
    this.input.keyboard?.on('keydown-ENTER', () => this.begin());
    this.cameras.main.setBackgroundColor(css(PALETTE.paper));
  }

  /** Until the campaign screen exists, starting shows where the first crisis will be. */
  private begin(): void {
    this.map?.placeMarker('first-event', 'paracels', { label: STRINGS.demoMarker });
    this.map?.pulse('first-event', 4);
  }
}
