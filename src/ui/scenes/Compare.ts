import Phaser from 'phaser';
import type { GameAction } from '../../engine';
import { formatDecimal, formatNumber } from '../../i18n';
import { type Comparison, compareEndings, type EndingSide, isBranchOf } from '../../view/compare';
import { app } from '../app';
import { TONE_COLOR } from '../game/colors';
import { type CompareReport, REPLAY_SCREENS } from '../replay/screen-keys';
import { pendingComparison } from '../replay/viewed';
import { onRelayout } from '../screen-form';
import { drawFrame } from '../screens/frame';
import { goTo } from '../screens/navigate';
import { fitPage, type PageLayout } from '../screens/page-layout';
import { PageScroll } from '../screens/page-scroll';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { Button } from '../widgets';

const S = STRINGS.replays.compare;
const CARD_H = 150;
const ROW_H = 25;

/** A difference with its sign, in the reader's decimals (2,5 in Vietnamese). */
function signed(n: number): string {
  const size = formatNumber(Math.abs(n), { maximumFractionDigits: 1 });
  return n > 0 ? `+${size}` : n < 0 ? `\u2212${size}` : '±0';
}

/**
 * A replay and the game branched from it, ending beside ending: same scenario,
 * same dice, different decisions after the branch point.
 */
export class Compare extends Phaser.Scene {
  private from = 'ReplayViewer';

  constructor() {
    super('Compare');
  }

  init(data: { from?: string }): void {
    this.from = data.from ?? 'ReplayViewer';
  }

  create(): void {
    const layout = fitPage(this);
    this.layout = layout;
    const frame = drawFrame(this, S.title, () => this.back(), layout);
    onRelayout(this, () => this.scene.restart({ from: this.from }));
    // A phone: everything under the title scrolls, the two ways on last.
    const scroll = layout.narrow
      ? new PageScroll(this, frame.titleBottom, layout.width, layout.height)
      : null;
    const before = new Set(this.children.list);
    const touch = layout.touch ? { height: 44 } : {};
    const toViewer = new Button(
      this,
      layout.x,
      layout.footerY - 4,
      S.toViewer,
      () => this.scene.start('ReplayViewer', { show: 'held' }),
      { variant: 'secondary', hotkey: 'V', ...touch },
      frame.focus,
    );
    const toGame = new Button(
      this,
      toViewer.container.x + toViewer.width + 10,
      layout.footerY - 4,
      S.toGame,
      () => this.scene.start('Game'),
      { variant: 'secondary', hotkey: 'G', ...touch },
      frame.focus,
    );
    if (layout.narrow && toGame.container.x + toGame.width > layout.x + layout.contentWidth)
      toGame.container.setPosition(layout.x, toViewer.container.y + toViewer.height + 8);
    const ways = [toViewer.container, toGame.container];
    const unbind = frame.focus.bindKeys({
      v: () => toViewer.activate(),
      g: () => toGame.activate(),
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unbind();
      this.registry.remove(REPLAY_SCREENS.compare);
    });
    const comparison = this.comparison();
    this.top = layout.narrow ? frame.titleBottom + 6 : layout.headerY + 66;
    if (typeof comparison === 'string') {
      this.add.text(layout.x, layout.narrow ? this.top : layout.contentY - 30, comparison, {
        ...textStyle(18),
        wordWrap: { width: Math.min(760, layout.contentWidth), useAdvancedWrap: true },
      });
      this.registry.set(REPLAY_SCREENS.compare, null);
    } else this.draw(comparison);
    if (scroll) {
      // One container for the page: graphics have no bounds, a container measures its texts.
      const page = this.add.container(0, 0);
      page.add(
        this.children.list.filter(
          (o) => !before.has(o) && o !== page && !ways.includes(o as never),
        ),
      );
      const shift = Math.max(this.top, page.getBounds().bottom) + 24 - toViewer.container.y;
      for (const w of ways) w.setY(w.y + shift);
      page.add(ways);
      scroll.content.add(page);
      scroll.refresh();
    }
    if (typeof comparison === 'string') return;
    this.registry.set(REPLAY_SCREENS.compare, {
      shared: comparison.shared,
      original: { score: comparison.original.score, outcome: comparison.original.outcome },
      branch: { score: comparison.branch.score, outcome: comparison.branch.outcome },
      scoreDelta: comparison.scoreDelta,
      rows: comparison.rows.length,
    } satisfies CompareReport);
  }

  private layout!: PageLayout;
  /** Where the page starts, below the title. */
  private top = 0;

  private back(): void {
    if (!goTo(this, this.from, this.from === 'ReplayViewer' ? { show: 'held' } : undefined))
      this.scene.start('Title');
  }

  /** The two endings, or why there is nothing to compare. */
  private comparison(): Comparison | string {
    const pending = pendingComparison();
    if (!pending) return S.none;
    const { compiled, steps } = app().store.getState();
    const first = steps[0];
    const last = steps.at(-1);
    const original = pending.original;
    const originalEnd = original.steps.at(-1);
    if (!compiled || !first || !last || !originalEnd) return S.none;
    const branch = {
      scenario: compiled.scenario.id,
      seed: first.state.seed,
      actions: steps.slice(1).map((s) => s.action as GameAction),
    };
    const source = {
      scenario: original.compiled.scenario.id,
      seed: original.replay.seed,
      actions: original.replay.actions,
    };
    if (!isBranchOf(source, branch, pending.shared)) return S.stale;
    return compareEndings(
      original.compiled,
      originalEnd.state,
      last.state,
      pending.shared,
      pending.branchedIn,
    );
  }

  private draw(c: Comparison): void {
    const { x, contentWidth: width, narrow } = this.layout;
    const intro = this.add.text(x, this.top, S.intro(c.branchedIn, c.shared), {
      ...textStyle(15, { color: PALETTE.inkSoft }),
      wordWrap: { width, useAdvancedWrap: true },
    });
    const gap = 30;
    // On a phone the two endings go one above the other.
    const cardW = narrow ? width : (width - gap) / 2;
    const top = narrow ? intro.y + intro.height + 12 : this.top + 36;
    this.card(x, top, cardW, S.original, c.original, false);
    const second = narrow ? top + CARD_H + 12 : top;
    this.card(narrow ? x : x + cardW + gap, second, cardW, S.branch, c.branch, true);
    const delta = this.add
      .text(
        x + width / 2,
        second + CARD_H + 16,
        S.scoreDelta(signed(c.scoreDelta)),
        textStyle(16, {
          weight: 700,
          color:
            c.scoreDelta > 0 ? TONE_COLOR.good : c.scoreDelta < 0 ? TONE_COLOR.bad : PALETTE.ink,
        }),
      )
      .setOrigin(0.5, 0);
    this.table(c, delta.y + delta.height + 12);
  }

  private card(
    x: number,
    y: number,
    width: number,
    heading: string,
    side: EndingSide,
    branch: boolean,
  ): void {
    const g = this.add.graphics();
    g.fillStyle(branch ? PALETTE.paperDeep : 0xfbf7ec).fillRoundedRect(x, y, width, CARD_H, 8);
    // Told apart by the frame's weight and by their headings, not only by colour.
    g.lineStyle(branch ? 3 : 1.5, branch ? PALETTE.bambooDark : PALETTE.border);
    g.strokeRoundedRect(x, y, width, CARD_H, 8);
    const textW = width - (this.layout.narrow ? 130 : 190);
    this.add.text(x + 18, y + 12, heading, textStyle(15, { weight: 700, color: PALETTE.inkSoft }));
    const name = this.add.text(x + 18, y + 36, side.outcome ?? S.unfinished, {
      ...textStyle(22, { weight: 700, color: side.collapse ? TONE_COLOR.bad : PALETTE.bambooDark }),
      wordWrap: { width: textW, useAdvancedWrap: true },
    });
    this.add.text(x + 18, name.y + name.height + 4, side.outcomeHelp ?? S.unfinishedHelp, {
      ...textStyle(13),
      wordWrap: { width: textW, useAdvancedWrap: true },
      maxLines: 2,
    });
    this.add.text(
      x + 18,
      y + CARD_H - 26,
      S.ended(side.turnLabel, side.decisions),
      textStyle(13, { color: PALETTE.inkSoft }),
    );
    this.add
      .text(x + width - 18, y + 14, S.score, textStyle(14, { weight: 700, color: PALETTE.inkSoft }))
      .setOrigin(1, 0);
    this.add
      .text(
        x + width - 18,
        y + 36,
        formatDecimal(side.score),
        textStyle(this.layout.narrow ? 34 : 44, { weight: 700 }),
      )
      .setOrigin(1, 0);
  }

  private table(c: Comparison, top: number): void {
    const { x: left, contentWidth: width, narrow } = this.layout;
    if (narrow) {
      this.narrowTable(c, top);
      return;
    }
    // The landscape table's columns (0, 420, 720 and 1100 of 1100), in proportion.
    const at = (units: number) => left + (width * units) / 1100;
    const cols = [left, at(420), at(720), at(1100)];
    const g = this.add.graphics();
    S.columns.forEach((label, i) => {
      const x = cols[i] as number;
      this.add
        .text(
          i === 0 ? x : i === 3 ? x : x + 130,
          top,
          label,
          textStyle(14, { weight: 700, color: PALETTE.inkSoft }),
        )
        .setOrigin(i === 0 ? 0 : 1, 0);
    });
    g.lineStyle(1.5, PALETTE.ink).lineBetween(left, top + 22, left + width, top + 22);
    c.rows.forEach((row, i) => {
      const y = top + 28 + i * ROW_H;
      if (i % 2 === 0) g.fillStyle(0xfbf7ec, 1).fillRect(left - 6, y - 3, width + 12, ROW_H);
      this.add.text(cols[0] as number, y, row.name, textStyle(14));
      // A value in words ("Comprehensive strategic partnership") shrinks to its column's room
      // on a narrower screen rather than run into its neighbour.
      const room = (cols[2] as number) - (cols[1] as number) - 12;
      shrinkToFit(
        this.add.text((cols[1] as number) + 130, y, row.original, textStyle(14)).setOrigin(1, 0),
        room,
      );
      shrinkToFit(
        this.add
          .text((cols[2] as number) + 130, y, row.branch, textStyle(14, { weight: 700 }))
          .setOrigin(1, 0),
        room,
      );
      this.delta(row, cols[3] as number, y);
    });
  }

  /** A row's difference, right-aligned at `right`: arrow, amount and word, in the row's tone. */
  private delta(row: Comparison['rows'][number], right: number, y: number) {
    const word = row.tone === 'good' ? S.better : row.tone === 'bad' ? S.worse : S.same;
    const arrow = row.tone === 'good' ? '▲' : row.tone === 'bad' ? '▼' : '=';
    const text = row.delta !== 0 ? `${arrow} ${signed(row.delta)}  ${word}` : `${arrow} ${word}`;
    return this.add
      .text(right, y, text, textStyle(14, { weight: 700, color: TONE_COLOR[row.tone] }))
      .setOrigin(1, 0);
  }

  /**
   * A phone's table: each row's name on a line of its own, its numbers under it in three
   * columns; a value in words (a partnership's tier) too long for its column gets a line of its
   * own instead, the replay's above the branch's, beside the difference.
   */
  private narrowTable(c: Comparison, top: number): void {
    const { x: left, contentWidth: width } = this.layout;
    const original = left + width * 0.3;
    const branch = left + width * 0.6;
    const column = width * 0.3 - 8;
    const g = this.add.graphics();
    const head = (x: number, label: string | undefined) =>
      this.add
        .text(x, top, label ?? '', textStyle(14, { weight: 700, color: PALETTE.inkSoft }))
        .setOrigin(1, 0);
    head(original, S.columns[1]);
    head(branch, S.columns[2]);
    head(left + width, S.columns[3]);
    g.lineStyle(1.5, PALETTE.ink).lineBetween(left, top + 22, left + width, top + 22);
    let y = top + 28;
    c.rows.forEach((row, i) => {
      const rowTop = y;
      this.add.text(left, y, row.name, {
        ...textStyle(14),
        wordWrap: { width, useAdvancedWrap: true },
      });
      y += ROW_H;
      const delta = this.delta(row, left + width, y);
      const a = this.add.text(original, y, row.original, textStyle(14)).setOrigin(1, 0);
      const b = this.add
        .text(branch, y, row.branch, textStyle(14, { weight: 700 }))
        .setOrigin(1, 0);
      if (a.width > column || b.width > column) {
        // In words: each value on its own lines, left of the difference.
        const wrap = width - delta.width - 12;
        a.setOrigin(0, 0).setPosition(left, y).setWordWrapWidth(wrap, true);
        b.setOrigin(0, 0)
          .setPosition(left, y + a.height + 2)
          .setWordWrapWidth(wrap, true);
        y = b.y + b.height + 4;
      } else y += ROW_H;
      if (i % 2 === 0)
        g.fillStyle(0xfbf7ec, 1).fillRect(left - 6, rowTop - 3, width + 12, y - rowTop);
    });
  }
}

/** Steps a text's size down, no smaller than 12 px, until it is at most `width` wide. */
function shrinkToFit(text: Phaser.GameObjects.Text, width: number): void {
  for (let size = 14; size > 12 && text.width > width; size--) text.setFontSize(size - 1);
}
