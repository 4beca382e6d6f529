import type Phaser from 'phaser';
import type { NewsView } from '../../view';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { unitWord } from '../turn-words';
import type { GameContext } from './context';
import { drawNewsItem } from './news-item';
import { panelFrame } from './panel-frame';

/** The powers' reactions and the month's events, as short items; the rest in the review. */
export class NewsFeed {
  private readonly heading: Phaser.GameObjects.Text;
  private readonly list: Phaser.GameObjects.Container;

  constructor(
    private readonly ctx: GameContext,
    private readonly x: number,
    private readonly y: number,
    private readonly width: number,
    private readonly height: number,
  ) {
    this.heading = panelFrame(ctx.scene, x, y, width, height, '');
    this.list = ctx.scene.add.container(x + 10, y + 28);
  }

  update(month: string, items: readonly NewsView[]): void {
    const { scene } = this.ctx;
    const n = STRINGS.game.news;
    this.heading.setText(n.heading(month).toUpperCase());
    this.list.removeAll(true);
    const bottom = this.height - 28 - 22;
    let y = 0;
    let shown = 0;
    for (const item of items) {
      const probe = scene.add.container(0, y);
      const h = drawNewsItem(scene, probe, item, 0, 0, this.width - 20, 3);
      if (y + h > bottom) {
        probe.destroy(true);
        break;
      }
      this.list.add(probe);
      y += h + 8;
      shown++;
    }
    if (items.length === 0) {
      this.list.add(
        scene.add.text(0, 0, n.emptyOf(unitWord(this.ctx.cs)), {
          ...textStyle(12, { color: PALETTE.inkSoft }),
          wordWrap: { width: this.width - 20, useAdvancedWrap: true },
        }),
      );
    }
    if (shown < items.length) {
      this.list.add(
        scene.add.text(
          0,
          this.height - 28 - 18,
          n.more(items.length - shown, unitWord(this.ctx.cs)),
          textStyle(11, { weight: 700, color: PALETTE.inkSoft }),
        ),
      );
    }
  }

  /** Top edge, for a review button placed by the scene. */
  get top(): number {
    return this.y;
  }

  get right(): number {
    return this.x + this.width;
  }
}
