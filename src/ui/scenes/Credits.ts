import Phaser from 'phaser';
import { scenarioSources } from '../../view';
import { app } from '../app';
import { headingBlock, termBlock, textBlock } from '../screens/blocks';
import type { Block } from '../screens/flow';
import type { Pager } from '../screens/pager';
import { eventSourcesBlocks } from '../screens/source-blocks';
import { contentPages, drawTabbedFrame } from '../screens/tabbed-frame';
import { STRINGS } from '../strings';
import { PALETTE } from '../theme';

const C = STRINGS.credits;

/** Who made the game, with what, and where every scenario's events come from. */
export class Credits extends Phaser.Scene {
  private pager!: Pager;

  constructor() {
    super('Credits');
  }

  create(): void {
    const { pager, tabs } = drawTabbedFrame(this, C.title, C.tabs, (i) => this.show(i));
    this.pager = pager;
    tabs.select(0);
  }

  private show(tab: number): void {
    const blocks = tab === 0 ? this.projectBlocks() : this.sourceBlocks();
    this.pager.setPages(contentPages(this, blocks));
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
