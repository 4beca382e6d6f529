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
import { drawSummary } from '../debrief/summary';
import { timelineBlocks } from '../debrief/timeline-blocks';
import { addReplayActions } from '../replay/replay-actions';
import { announce } from '../screens/announce';
import { headingBlock, textBlock } from '../screens/blocks';
import type { Block } from '../screens/flow';
import { CONTENT, drawFrame, FOOTER_Y } from '../screens/frame';
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
const CHART_COLUMNS = 4;
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

  constructor() {
    super('Debrief');
  }

  create(): void {
    const { store } = app();
    const { compiled, steps, player } = store.getState();
    const frame = drawFrame(this, D.title, () => this.scene.start('Title'));
    this.focus = frame.focus;
    const first = steps[0];
    const last = steps.at(-1);
    if (!compiled || !first || !last) {
      this.add.text(CONTENT.x, CONTENT.y, D.noGame, textStyle(18));
      return;
    }
    this.history = historicalPath(compiled, first.state.seed);
    this.add
      .text(
        Math.max(250, frame.titleEnd + 18),
        44,
        D.heading(compiled.scenario.title, first.state.seed, player),
        {
          ...textStyle(15, { color: PALETTE.inkSoft }),
          wordWrap: { width: 560, useAdvancedWrap: true },
        },
      )
      .setOrigin(0, 0);
    this.addExportButtons(frame.back.container.x, compiled.scenario.id, first.state.seed);
    this.pager = new Pager(this, this.focus, CONTENT.x + CONTENT.width, FOOTER_Y);
    const actionsRight = addReplayActions(this, this.focus, CONTENT.x, FOOTER_Y, (m) =>
      this.status?.setText(m),
    );
    this.status = this.add
      .text(actionsRight + 16, FOOTER_Y + 18, '', textStyle(14, { color: PALETTE.inkSoft }))
      .setOrigin(0, 0.5);
    this.tabs = new Tabs(
      this,
      CONTENT.x,
      96,
      D.tabs,
      (i) => this.show(i, steps, last.state),
      this.focus,
    );
    this.tabs.select(0);
  }

  private addExportButtons(right: number, scenarioId: string, seed: string): void {
    const print = new Button(
      this,
      0,
      28,
      D.print,
      () => void this.exportPages('print', ''),
      {
        variant: 'secondary',
        hotkey: 'P',
      },
      this.focus,
    );
    print.container.setX(right - 10 - print.width);
    const file = debriefFileName(scenarioId, seed);
    const save = new Button(
      this,
      0,
      28,
      D.savePng,
      () => void this.exportPages('png', file),
      {
        hotkey: 'S',
      },
      this.focus,
    );
    save.container.setX(print.container.x - 10 - save.width);
    const unbind = this.focus.bindKeys({
      s: () => save.activate(),
      p: () => print.activate(),
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unbind);
  }

  private show(tab: number, steps: readonly Step[], state: GameState): void {
    this.page?.destroy(true);
    this.page = undefined;
    this.pager.setPages([]);
    const { compiled } = app().store.getState();
    if (!compiled) return;
    if (tab === 0) {
      const ending = state.ending;
      this.page = drawSummary(this, CONTENT.x, CONTENT.y, CONTENT.width, {
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
      this.pager.setPages(contentPages(this, blocks));
    }
  }

  private chartPages(steps: readonly Step[]): Phaser.GameObjects.Container[] {
    const { compiled } = app().store.getState();
    if (!compiled) return [];
    const calendar = compiled.scenario.calendar;
    const xLabels = [...calendar.map((t, i) => shortCalendarLabel(t, i)), D.endLabel];
    const groups = chartGroups(compiled.tables.vocab.keys);
    const powers = compiled.scenario.powers;
    const cellW = (CONTENT.width - CHART_GAP * (CHART_COLUMNS - 1)) / CHART_COLUMNS;
    return CHART_PAGES.map((names) => {
      const root = this.add.container(0, 0);
      const g = this.add.graphics();
      root.add(g);
      drawLegendMark(g, 'you', CONTENT.x, CONTENT.y + 9, 36);
      const a = this.add.text(
        CONTENT.x + 44,
        CONTENT.y,
        D.legendYou,
        textStyle(14, { weight: 700 }),
      );
      drawLegendMark(g, 'history', a.x + a.width + 30, CONTENT.y + 9, 36);
      const b = this.add.text(
        a.x + a.width + 74,
        CONTENT.y,
        `${D.legendHistory} — ${D.historyHelp}`,
        textStyle(14),
      );
      root.add([a, b]);
      let y = CONTENT.y + 30;
      for (const name of names) {
        const group = groups.find((gr) => gr.group === name);
        if (!group) continue;
        root.add(
          this.add.text(
            CONTENT.x,
            y,
            GROUP_LABELS[name] ?? name,
            textStyle(17, { weight: 700, color: PALETTE.bambooDark }),
          ),
        );
        y += 28;
        group.keys.forEach((key, i) => {
          const col = i % CHART_COLUMNS;
          const rowY = y + Math.floor(i / CHART_COLUMNS) * (CHART_HEIGHT + 10);
          root.add(
            drawChart(
              this,
              CONTENT.x + col * (cellW + CHART_GAP),
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
        if (only) {
          // A lone chart leaves a row empty: say what it measures there.
          root.add(
            this.add.text(
              CONTENT.x + cellW + CHART_GAP,
              y + 26,
              indicatorLabel(powers, only).help,
              {
                ...textStyle(15, { color: PALETTE.inkSoft }),
                wordWrap: { width: cellW * 2, useAdvancedWrap: true },
                lineSpacing: 3,
              },
            ),
          );
        }
        y += Math.ceil(group.keys.length / CHART_COLUMNS) * (CHART_HEIGHT + 10) + 6;
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
      textBlock(compiled.scenario.historicalPath.summary, 14, { color: PALETTE.inkSoft }),
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
