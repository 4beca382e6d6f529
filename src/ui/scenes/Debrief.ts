import Phaser from 'phaser';
import { type GameState, score } from '../../engine';
import { shortCalendarLabel, turnLabel } from '../../i18n/turn-label';
import type { Step } from '../../store';
import {
  chartGroups,
  eventsMet,
  GROUP_LABELS,
  historicalPath,
  indicatorLabel,
  type PlayedPath,
  series,
  timeline,
} from '../../view';
import { app } from '../app';
import { drawChart, drawLegendMark } from '../debrief/chart';
import { capturePages, downloadStacked, printPages } from '../debrief/export';
import { debriefFileName } from '../debrief/file-name';
import { withoutHeading } from '../debrief/heading-text';
import { drawSummary } from '../debrief/summary';
import { timelineBlocks } from '../debrief/timeline-blocks';
import { addReplayActions } from '../replay/replay-actions';
import { onRelayout } from '../screen-form';
import { announce } from '../screens/announce';
import { headingBlock, textBlock } from '../screens/blocks';
import type { Block } from '../screens/flow';
import { drawFrame } from '../screens/frame';
import { fitPage, type PageLayout } from '../screens/page-layout';
import { PageScroll } from '../screens/page-scroll';
import { Pager } from '../screens/pager';
import { eventSourcesBlocks } from '../screens/source-blocks';
import { contentPages } from '../screens/tabbed-frame';
import { Tabs } from '../screens/tabs';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { Button, type FocusManager } from '../widgets';

const D = STRINGS.debrief;
/** Which indicator groups share a page of charts. */
const CHART_PAGES = [
  ['relations', 'suspicion'],
  ['autonomy', 'economy'],
  ['sea', 'home'],
] as const;
const CHART_GAP = 24;
const CHART_HEIGHT = 134;

/**
 * The end of a game read back: the verdict beside history's, every indicator
 * over time, what was decided and answered, where the events come from, and
 * questions to argue about. It reads the store and draws; it decides nothing.
 */
export class Debrief extends Phaser.Scene {
  private focus!: FocusManager;
  private tabs!: Tabs;
  private pager!: Pager;
  private page?: Phaser.GameObjects.Container;
  private history: PlayedPath | null = null;
  private busy = false;
  private status?: Phaser.GameObjects.Text;
  private layout!: PageLayout;
  /** Where a tab's content starts (y). */
  private contentY = 0;
  /** A phone's page scrolls; its subtitle and buttons go in the scroll, around the tab. */
  private scroll: PageScroll | null = null;
  /** On a phone: the subtitle above the tab's content, and the buttons row below it. */
  private lead: Phaser.GameObjects.Text | null = null;
  private trail: Phaser.GameObjects.Container | null = null;
  /** The open tab, kept when a turned screen lays the page out again. */
  private keepTab = 0;

  constructor() {
    super('Debrief');
  }

  init(data: { tab?: number } = {}): void {
    this.keepTab = data.tab ?? 0;
  }

  create(): void {
    const { store } = app();
    const { compiled, steps, player } = store.getState();
    const layout = fitPage(this);
    this.layout = layout;
    this.scroll = null;
    this.lead = null;
    this.trail = null;
    const frame = drawFrame(this, D.title, () => this.scene.start('Title'), layout);
    this.focus = frame.focus;
    onRelayout(this, () => this.scene.restart({ tab: this.tabs?.index ?? 0 }));
    const first = steps[0];
    const last = steps.at(-1);
    if (!compiled || !first || !last) {
      this.add.text(layout.x, frame.titleBottom + 20, D.noGame, {
        ...textStyle(18),
        wordWrap: { width: layout.contentWidth, useAdvancedWrap: true },
      });
      return;
    }
    this.history = historicalPath(compiled, first.state.seed);
    const heading = D.heading(compiled.scenario.title, first.state.seed, player);
    const show = (i: number) => this.show(i, steps, last.state);
    if (layout.narrow) {
      // A phone: the title and tabs stay on top; the rest scrolls in one column.
      this.pager = new Pager(this, this.focus, layout.x + layout.contentWidth, layout.height, true);
      this.tabs = new Tabs(this, layout.x, frame.titleBottom, D.tabs, show, this.focus, {
        width: layout.contentWidth,
        touch: true,
      });
      this.scroll = new PageScroll(this, this.tabs.bottom + 8, layout.width, layout.height);
      this.lead = this.add.text(layout.x, this.tabs.bottom + 14, heading, {
        ...textStyle(15, { color: PALETTE.inkSoft }),
        wordWrap: { width: layout.contentWidth, useAdvancedWrap: true },
      });
      this.contentY = this.lead.y + this.lead.height + 16;
      this.trail = this.add.container(0, 0);
      const before = new Set(this.children.list);
      const saveBottom = this.addExportButtons(0, compiled.scenario.id, first.state.seed, 0).bottom;
      addReplayActions(this, this.focus, layout.x, saveBottom + 10, (m) => this.status?.setText(m));
      this.status = this.add.text(layout.x, saveBottom + 64, '', {
        ...textStyle(14, { color: PALETTE.inkSoft }),
        wordWrap: { width: layout.contentWidth, useAdvancedWrap: true },
      });
      // The row's buttons were added to the scene: they go into the page, to move with it.
      this.trail.add(this.children.list.filter((o) => !before.has(o)));
      this.scroll.content.add([this.lead, this.trail]);
    } else {
      const exports = this.addExportButtons(
        frame.back.container.x,
        compiled.scenario.id,
        first.state.seed,
        layout.headerY + 2,
      );
      const subtitleX = Math.max(layout.x + 130, frame.titleEnd + 18);
      this.add
        .text(subtitleX, layout.headerY + 18, heading, {
          ...textStyle(15, { color: PALETTE.inkSoft }),
          wordWrap: {
            width: Math.min(560, exports.left - 18 - subtitleX),
            useAdvancedWrap: true,
          },
        })
        .setOrigin(0, 0);
      this.contentY = layout.contentY;
      this.pager = new Pager(
        this,
        this.focus,
        layout.x + layout.contentWidth,
        layout.footerY,
        layout.touch,
      );
      const actionsRight = addReplayActions(this, this.focus, layout.x, layout.footerY, (m) =>
        this.status?.setText(m),
      );
      this.pager.keepLabelRightOf(actionsRight + 12);
      this.status = this.add
        .text(actionsRight + 16, layout.footerY + 18, '', textStyle(14, { color: PALETTE.inkSoft }))
        .setOrigin(0, 0.5);
      this.tabs = new Tabs(this, layout.x, layout.tabsY, D.tabs, show, this.focus, {
        touch: layout.touch,
      });
    }
    this.tabs.select(Math.min(this.keepTab, D.tabs.length - 1));
  }

  /** "Save as PNG" and "Print", ending at `right` (from the left on a phone); where they are. */
  private addExportButtons(
    right: number,
    scenarioId: string,
    seed: string,
    y: number,
  ): { left: number; bottom: number } {
    const touch = this.layout.touch ? { height: 44 } : {};
    const print = new Button(
      this,
      0,
      y,
      D.print,
      () => void this.exportPages('print', ''),
      {
        variant: 'secondary',
        hotkey: 'P',
        ...touch,
      },
      this.focus,
    );
    const file = debriefFileName(scenarioId, seed);
    const save = new Button(
      this,
      0,
      y,
      D.savePng,
      () => void this.exportPages('png', file),
      {
        hotkey: 'S',
        ...touch,
      },
      this.focus,
    );
    if (this.layout.narrow) {
      save.container.setX(this.layout.x);
      print.container.setX(save.container.x + save.width + 10);
    } else {
      print.container.setX(right - 10 - print.width);
      save.container.setX(print.container.x - 10 - save.width);
    }
    const unbind = this.focus.bindKeys({
      s: () => save.activate(),
      p: () => print.activate(),
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unbind);
    return { left: save.container.x, bottom: y + save.height };
  }

  private show(tab: number, steps: readonly Step[], state: GameState): void {
    this.page?.destroy(true);
    this.page = undefined;
    this.pager.setPages([]);
    const { compiled } = app().store.getState();
    if (!compiled) return;
    if (tab === 0) {
      const ending = state.ending;
      this.page = drawSummary(this, this.layout.x, this.contentY, this.layout.contentWidth, {
        you: { ending, score: ending?.score ?? score(compiled, state) },
        history: this.history ? { ending: this.history.ending, score: this.history.score } : null,
        endedAt: ending ? turnLabel(compiled, ending.turn) : null,
        tiers: state.tiers,
        powers: compiled.scenario.powers,
      });
    } else if (tab === 1) {
      this.pager.setPages(this.chartPages(steps));
    } else {
      const blocks = tab === 2 ? this.timelineBlocks(steps) : this.sourceBlocks(steps);
      this.pager.setPages(
        contentPages(this, blocks, 2, 48, {
          layout: this.layout,
          contentY: this.contentY,
          scroll: this.scroll,
        }),
      );
    }
    this.fitScroll();
  }

  /** A phone's page: the tab's content scrolls, with the buttons row after it. */
  private fitScroll(): void {
    const scroll = this.scroll;
    if (!scroll || !this.trail) return;
    if (this.page) scroll.content.add(this.page);
    let bottom = this.contentY;
    for (const o of scroll.content.list) {
      if (o === this.trail || o === this.lead) continue;
      const shown = o as unknown as { visible: boolean; getBounds(): Phaser.Geom.Rectangle };
      if (shown.visible) bottom = Math.max(bottom, shown.getBounds().bottom);
    }
    this.trail.setY(bottom + 24);
    scroll.refresh();
  }

  private chartPages(steps: readonly Step[]): Phaser.GameObjects.Container[] {
    const { compiled } = app().store.getState();
    if (!compiled) return [];
    const calendar = compiled.scenario.calendar;
    const xLabels = [...calendar.map((t, i) => shortCalendarLabel(t, i)), D.endLabel];
    const groups = chartGroups(compiled.tables.vocab.keys);
    const powers = compiled.scenario.powers;
    const { narrow, contentWidth } = this.layout;
    const left = this.layout.x;
    const top = this.contentY;
    const columns = narrow ? 1 : contentWidth >= 1000 ? 4 : 3;
    const cellW = (contentWidth - CHART_GAP * (columns - 1)) / columns;
    // A phone scrolls through every chart on one page.
    const chartPages = narrow ? [CHART_PAGES.flat()] : CHART_PAGES;
    return chartPages.map((names: readonly string[]) => {
      const root = this.add.container(0, 0);
      this.scroll?.content.add(root);
      const g = this.add.graphics();
      root.add(g);
      drawLegendMark(g, 'you', left, top + 9, 36);
      const a = this.add.text(left + 44, top, D.legendYou, textStyle(14, { weight: 700 }));
      // On a phone the history's mark goes on the next line, its words wrapped beside it.
      const hx = narrow ? left : a.x + a.width + 30;
      const hy = narrow ? top + a.height + 8 : top;
      drawLegendMark(g, 'history', hx, hy + 9, 36);
      const b = this.add.text(hx + 44, hy, `${D.legendHistory} — ${D.historyHelp}`, {
        ...textStyle(14),
        wordWrap: { width: left + contentWidth - hx - 44, useAdvancedWrap: true },
      });
      root.add([a, b]);
      let y = b.y + b.height + 12;
      for (const name of names) {
        const group = groups.find((gr) => gr.group === name);
        if (!group) continue;
        root.add(
          this.add.text(
            left,
            y,
            GROUP_LABELS[name] ?? name,
            textStyle(17, { weight: 700, color: PALETTE.bambooDark }),
          ),
        );
        y += 28;
        group.keys.forEach((key, i) => {
          const col = i % columns;
          const rowY = y + Math.floor(i / columns) * (CHART_HEIGHT + 10);
          root.add(
            drawChart(
              this,
              left + col * (cellW + CHART_GAP),
              rowY,
              cellW,
              CHART_HEIGHT,
              key,
              indicatorLabel(powers, key).name,
              series(steps, key),
              this.history ? series(this.history.steps, key) : null,
              xLabels,
            ),
          );
        });
        const only = group.keys.length === 1 ? group.keys[0] : undefined;
        if (only && !narrow) {
          // A lone chart leaves a row empty: say what it measures there.
          root.add(
            this.add.text(left + cellW + CHART_GAP, y + 26, indicatorLabel(powers, only).help, {
              ...textStyle(15, { color: PALETTE.inkSoft }),
              wordWrap: { width: cellW * 2, useAdvancedWrap: true },
              lineSpacing: 3,
            }),
          );
        }
        y += Math.ceil(group.keys.length / columns) * (CHART_HEIGHT + 10) + 6;
      }
      return root;
    });
  }

  private timelineBlocks(steps: readonly Step[]): Block[] {
    const { compiled } = app().store.getState();
    if (!compiled) return [];
    const turns = timeline(compiled, steps);
    return turns.length > 0 ? timelineBlocks(turns) : [textBlock(D.timelineEmpty, 15)];
  }

  private sourceBlocks(steps: readonly Step[]): Block[] {
    const { compiled } = app().store.getState();
    if (!compiled) return [];
    const { questions } = compiled.scenario.debrief;
    const met = eventsMet(compiled, steps);
    const labels = {
      random: D.randomEvent,
      dispute: D.dispute,
      heldBy: D.heldBy,
      whatIf: D.whatIf,
    };
    return [
      headingBlock(D.questions, 0),
      ...questions.map((q, i) => textBlock(`${i + 1}.  ${q}`, 15, { gap: 10 })),
      headingBlock(D.historyTitle, 22),
      textBlock(withoutHeading(compiled.scenario.historicalPath.summary, D.historyTitle), 14, {
        color: PALETTE.inkSoft,
      }),
      headingBlock(D.sourcesMet, 22),
      ...(met.length > 0
        ? met.flatMap((ev) => eventSourcesBlocks(ev, labels))
        : [textBlock(D.noSources, 14)]),
    ];
  }

  /** Every tab and page in order, each snapshotted, then saved or printed. */
  private async exportPages(kind: 'png' | 'print', fileName: string): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const keepTab = this.tabs.index;
    const keepPage = this.pager.index;
    const focused = this.focus.focused();
    this.focus.focus(null);
    this.status?.setText(D.saving);
    const shows: (() => void)[] = [];
    // Page counts are known only once a tab is laid out, so tabs are opened to count them.
    for (let tab = 0; tab < this.tabs.count; tab++) {
      this.tabs.select(tab);
      const pages = Math.max(1, this.pager.count);
      for (let p = 0; p < pages; p++)
        shows.push(() => {
          if (this.tabs.index !== tab) this.tabs.select(tab);
          this.pager.show(p);
          this.status?.setText('');
        });
    }
    try {
      const images = await capturePages(this.game, shows);
      if (kind === 'png') {
        await downloadStacked(images, fileName);
        announce(D.saved(fileName));
      } else printPages(images);
    } catch (err) {
      console.warn('debrief export failed', err);
    } finally {
      this.tabs.select(keepTab);
      this.pager.show(keepPage);
      this.focus.focus(focused);
      this.status?.setText(kind === 'png' ? D.saved(fileName) : '');
      this.busy = false;
    }
  }
}
