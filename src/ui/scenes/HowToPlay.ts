import Phaser from 'phaser';
import { shippedIndicators } from '../../scenario/indicators';
import { chartGroups, GROUP_LABELS, indicatorLabel } from '../../view';
import { app } from '../app';
import { onRelayout } from '../screen-form';
import { headingBlock, termBlock } from '../screens/blocks';
import { fitPage } from '../screens/page-layout';
import { contentPages, drawTabbedFrame, type TabbedFrame } from '../screens/tabbed-frame';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { unitWord } from '../turn-words';
import { drawCauseExample, drawDriftMeter } from './how-to-play-art';

const H = STRINGS.help;
const GUTTER = 48;

/** The rules in the player's words, one tab per question a new player asks. */
export class HowToPlay extends Phaser.Scene {
  private page?: Phaser.GameObjects.Container;
  private frame!: TabbedFrame;
  /** The open tab, kept when a turned screen lays the page out again. */
  private tab = 0;
  /**
   * The two columns of a tab's page: side by side on a wide screen; on a phone the second
   * goes on below the first (see `rightTop`), in one column as wide as the screen.
   */
  private left = { x: 0, y: 0, width: 0 };
  private right = { x: 0, y: 0, width: 0 };

  constructor() {
    super('HowToPlay');
  }

  init(data: { tab?: number } = {}): void {
    this.tab = data.tab ?? 0;
  }

  create(): void {
    this.frame = drawTabbedFrame(this, H.title, H.tabs, (i) => this.show(i), fitPage(this));
    const keep = this.tab;
    onRelayout(this, () => this.scene.restart({ tab: this.frame.tabs.index }));
    this.frame.tabs.select(keep);
  }

  private show(tab: number): void {
    this.tab = tab;
    this.page?.destroy(true);
    this.frame.pager.setPages([]);
    const root = this.add.container(0, 0);
    this.page = root;
    this.frame.scroll?.content.add(root);
    const { layout, contentY } = this.frame;
    const col = layout.narrow ? layout.contentWidth : (layout.contentWidth - GUTTER) / 2;
    this.left = { x: layout.x, y: contentY, width: col };
    this.right = { x: layout.narrow ? layout.x : layout.x + col + GUTTER, y: contentY, width: col };
    if (tab === 0) this.goal(root);
    else if (tab === 1) this.turn(root);
    else if (tab === 2) this.indicators();
    else this.keysAndEnd(root);
    this.frame.scroll?.refresh();
  }

  /** Where the second column starts: beside the first, or below `leftEnd` on a phone. */
  private rightTop(leftEnd: number): number {
    return this.frame.layout.narrow ? leftEnd + 12 : this.right.y;
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
    const t = this.add.text(x, y, text, {
      ...textStyle(20, { weight: 700, color: PALETTE.bambooDark }),
      wordWrap: { width: this.left.width, useAdvancedWrap: true },
    });
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
    const { left, right } = this;
    const narrow = this.frame.layout.narrow;
    const y = this.heading(root, left.x, left.y, H.goalTitle);
    const end = this.paragraphs(root, left.x, y, left.width + (narrow ? 0 : 60), H.goal);
    const top = this.rightTop(end) + (narrow ? 0 : 10);
    root.add(
      drawDriftMeter(this, right.x + (narrow ? 0 : 60), top, right.width - (narrow ? 0 : 60)),
    );
  }

  private turn(root: Phaser.GameObjects.Container): void {
    const unit = this.unit();
    const { left, right } = this;
    let y = this.heading(root, left.x, left.y, H.turnTitle(unit));
    H.turn(unit ?? STRINGS.units.word.month).forEach(([name, text], i) => {
      const disc = this.add.circle(left.x + 16, y + 16, 16, PALETTE.bambooDark);
      const n = this.add
        .text(disc.x, disc.y, String(i + 1), textStyle(16, { weight: 700, color: PALETTE.paper }))
        .setOrigin(0.5);
      const title = this.add.text(left.x + 44, y, name, {
        ...textStyle(16, { weight: 700 }),
        wordWrap: { width: left.width - 44, useAdvancedWrap: true },
      });
      const body = this.add.text(left.x + 44, y + title.height, text, {
        ...textStyle(15, { color: PALETTE.inkSoft }),
        wordWrap: { width: left.width - 44, useAdvancedWrap: true },
      });
      root.add([disc, n, title, body]);
      y += Math.max(36, title.height + body.height) + 12;
    });
    const end = this.paragraphs(
      root,
      left.x + 44,
      y + 4,
      left.width - 44,
      [H.undo(unit ?? STRINGS.units.word.month)],
      14,
    );
    const y2 = this.heading(root, right.x, this.rightTop(end), H.causeTitle);
    // A finger cannot hover: a touch screen is told to tap.
    const touch = window.matchMedia?.('(pointer: coarse)').matches ?? false;
    const p = this.paragraphs(root, right.x, y2, right.width, [touch ? H.causeTouch : H.cause], 15);
    root.add(drawCauseExample(this, right.x, p + 6, right.width));
  }

  private indicators(): void {
    // Each per-power family once, for "each power": the scenario names its own powers.
    const each = { each: { name: H.eachPower, capital: H.eachCapital } };
    const keys = shippedIndicators.defs.map((d) => (d.perPower ? `${d.key}.each` : d.key));
    const blocks = chartGroups(keys).flatMap((g, i) => [
      headingBlock(GROUP_LABELS[g.group] ?? g.group, i === 0 ? 0 : 16),
      ...g.keys.map((k) => {
        const label = indicatorLabel(each, k);
        // A family's name and help may start with "each capital" ("thủ đô từng cường quốc"):
        // as a heading and as a sentence each starts with a capital letter.
        const upper = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
        return termBlock(upper(label.name), upper(label.help), 8);
      }),
    ]);
    this.frame.pager.setPages(contentPages(this, blocks, 3, 36, this.frame));
  }

  private keysAndEnd(root: Phaser.GameObjects.Container): void {
    const { left, right } = this;
    const keyWidth = this.frame.layout.narrow ? 120 : 170;
    let y = this.heading(root, left.x, left.y, H.keysTitle);
    for (const [keys, what] of H.keys(this.unit() ?? STRINGS.units.word.month)) {
      const k = this.add.text(left.x, y, keys, {
        ...textStyle(15, { weight: 700 }),
        wordWrap: { width: keyWidth - 10, useAdvancedWrap: true },
      });
      const w = this.add.text(left.x + keyWidth, y, what, {
        ...textStyle(15),
        wordWrap: { width: left.width - keyWidth, useAdvancedWrap: true },
      });
      root.add([k, w]);
      y += Math.max(k.height, w.height) + 8;
    }
    let r = this.heading(root, right.x, this.rightTop(y), H.endTitle);
    r = this.paragraphs(root, right.x, r, right.width, H.end, 15);
    r = this.heading(root, right.x, r + 4, H.scoreTitle);
    this.paragraphs(root, right.x, r, right.width, H.score, 15);
  }
}
