import Phaser from 'phaser';
import { scenarioSources } from '../../view';
import { app } from '../app';
import { onRelayout } from '../screen-form';
import { headingBlock, termBlock, textBlock } from '../screens/blocks';
import type { Block } from '../screens/flow';
import { fitPage } from '../screens/page-layout';
import { eventSourcesBlocks } from '../screens/source-blocks';
import { contentPages, drawTabbedFrame, type TabbedFrame } from '../screens/tabbed-frame';
import { STRINGS } from '../strings';
import { PALETTE } from '../theme';

const C = STRINGS.credits;

/** Who made the game, with what, and where every scenario's events come from. */
export class Credits extends Phaser.Scene {
  private frame!: TabbedFrame;
  /** The open tab and page, kept when a turned screen lays the page out again. */
  private tab = 0;

  constructor() {
    super('Credits');
  }

  init(data: { tab?: number } = {}): void {
    this.tab = data.tab ?? 0;
  }

  create(): void {
    this.frame = drawTabbedFrame(this, C.title, C.tabs, (i) => this.show(i), fitPage(this));
    const keep = this.tab;
    onRelayout(this, () => this.scene.restart({ tab: this.frame.tabs.index }));
    this.frame.tabs.select(keep);
  }

  private show(tab: number): void {
    this.tab = tab;
    const blocks = tab === 0 ? this.projectBlocks() : this.sourceBlocks();
    this.frame.pager.setPages(contentPages(this, blocks, 2, 48, this.frame));
    this.frame.scroll?.refresh();
  }

  private projectBlocks(): Block[] {
    return C.project.map(([term, text], i) => termBlock(term, text, i === 0 ? 0 : 18));
  }

  private sourceBlocks(): Block[] {
    const labels = {
      random: C.random,
      dispute: STRINGS.debrief.dispute,
      heldBy: STRINGS.debrief.heldBy,
      whatIf: C.whatIf,
    };
    return app().catalog.flatMap((entry, i): Block[] => {
      const cs = entry.compiled;
      if (!cs) return [textBlock(C.broken(entry.file), 14, { color: PALETTE.marker, gap: 18 })];
      const events = scenarioSources(cs);
      return [
        headingBlock(
          C.scenarioHeading(cs.scenario.title, events.filter((e) => e.sources.length > 0).length),
          i === 0 ? 0 : 22,
        ),
        ...events.flatMap((ev) => eventSourcesBlocks(ev, labels)),
      ];
    });
  }
}
