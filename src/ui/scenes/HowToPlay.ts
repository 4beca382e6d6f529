import Phaser from 'phaser';
import { shippedIndicators } from '../../scenario/indicators';
import { chartGroups, GROUP_LABELS, indicatorLabel } from '../../view';
import { app } from '../app';
import { headingBlock, termBlock } from '../screens/blocks';
import { CONTENT } from '../screens/frame';
import type { Pager } from '../screens/pager';
import { contentPages, drawTabbedFrame } from '../screens/tabbed-frame';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { unitWord } from '../turn-words';
import { drawCauseExample, drawDriftMeter } from './how-to-play-art';

const H = STRINGS.help;
const COL = (CONTENT.width - 48) / 2;
const RIGHT = CONTENT.x + COL + 48;

/** The rules in the player's words, one tab per question a new player asks. */
export class HowToPlay extends Phaser.Scene {
  private page?: Phaser.GameObjects.Container;
  private pager!: Pager;

  constructor() {
    super('HowToPlay');
  }

  create(): void {
    const { pager, tabs } = drawTabbedFrame(this, H.title, H.tabs, (i) => this.show(i));
    this.pager = pager;
    tabs.select(0);
  }

  private show(tab: number): void {
    this.page?.destroy(true);
    this.pager.setPages([]);
    const root = this.add.container(0, 0);
    this.page = root;
    if (tab === 0) this.goal(root);
    else if (tab === 1) this.turn(root);
    else if (tab === 2) this.indicators();
    else this.keysAndEnd(root);
  }

  private paragraphs(
    root: Phaser.GameObjects.Container,
    x: number,
    y: number,
    width: number,
    lines: readonly string[],
    size = 16,
  ): number {
    let at = y;
    for (const line of lines) {
      const t = this.add.text(x, at, line, {
        ...textStyle(size),
        wordWrap: { width, useAdvancedWrap: true },
        lineSpacing: 4,
      });
      root.add(t);
      at += t.height + 14;
    }
    return at;
  }

  private heading(root: Phaser.GameObjects.Container, x: number, y: number, text: string): number {
    const t = this.add.text(x, y, text, textStyle(20, { weight: 700, color: PALETTE.bambooDark }));
    root.add(t);
    return y + t.height + 10;
  }

  /**
   * What a turn is called in the game being played (or kept to resume): a fortnight scenario's
   * rules speak of fortnights. null with no game: the main campaign's months are described.
   */
  private unit(): string | null {
    const { compiled } = app().store.getState();
    return compiled ? unitWord(compiled) : null;
  }

  private goal(root: Phaser.GameObjects.Container): void {
    const y = this.heading(root, CONTENT.x, CONTENT.y, H.goalTitle);
    this.paragraphs(root, CONTENT.x, y, COL + 60, H.goal);
    root.add(drawDriftMeter(this, RIGHT + 60, CONTENT.y + 10, COL - 60));
  }

  private turn(root: Phaser.GameObjects.Container): void {
    const unit = this.unit();
    let y = this.heading(root, CONTENT.x, CONTENT.y, H.turnTitle(unit));
    H.turn(unit ?? STRINGS.units.word.month).forEach(([name, text], i) => {
      const disc = this.add.circle(CONTENT.x + 16, y + 16, 16, PALETTE.bambooDark);
      const n = this.add
        .text(disc.x, disc.y, String(i + 1), textStyle(16, { weight: 700, color: PALETTE.paper }))
        .setOrigin(0.5);
      const title = this.add.text(CONTENT.x + 44, y, name, textStyle(16, { weight: 700 }));
      const body = this.add.text(CONTENT.x + 44, y + title.height, text, {
        ...textStyle(15, { color: PALETTE.inkSoft }),
        wordWrap: { width: COL - 44, useAdvancedWrap: true },
      });
      root.add([disc, n, title, body]);
      y += Math.max(36, title.height + body.height) + 12;
    });
    this.paragraphs(
      root,
      CONTENT.x + 44,
      y + 4,
      COL - 44,
      [H.undo(unit ?? STRINGS.units.word.month)],
      14,
    );
    const y2 = this.heading(root, RIGHT, CONTENT.y, H.causeTitle);
    const p = this.paragraphs(root, RIGHT, y2, COL, [H.cause], 15);
    root.add(drawCauseExample(this, RIGHT, p + 6, COL));
  }

  private indicators(): void {
    // Each per-power family once, for "each power": the scenario names its own powers.
    const each = { each: { name: H.eachPower, capital: H.eachCapital } };
    const keys = shippedIndicators.defs.map((d) => (d.perPower ? `${d.key}.each` : d.key));
    const blocks = chartGroups(keys).flatMap((g, i) => [
      headingBlock(GROUP_LABELS[g.group] ?? g.group, i === 0 ? 0 : 16),
      ...g.keys.map((k) => {
        const label = indicatorLabel(each, k);
        return termBlock(label.name, label.help, 8);
      }),
    ]);
    this.pager.setPages(contentPages(this, blocks, 3, 36));
  }

  private keysAndEnd(root: Phaser.GameObjects.Container): void {
    let y = this.heading(root, CONTENT.x, CONTENT.y, H.keysTitle);
    for (const [keys, what] of H.keys(this.unit() ?? STRINGS.units.word.month)) {
      const k = this.add.text(CONTENT.x, y, keys, textStyle(15, { weight: 700 }));
      const w = this.add.text(CONTENT.x + 170, y, what, {
        ...textStyle(15),
        wordWrap: { width: COL - 170, useAdvancedWrap: true },
      });
      root.add([k, w]);
      y += Math.max(k.height, w.height) + 8;
    }
    let r = this.heading(root, RIGHT, CONTENT.y, H.endTitle);
    r = this.paragraphs(root, RIGHT, r, COL, H.end, 15);
    r = this.heading(root, RIGHT, r + 4, H.scoreTitle);
    this.paragraphs(root, RIGHT, r, COL, H.score, 15);
  }
}
