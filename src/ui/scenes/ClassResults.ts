import Phaser from 'phaser';
import {
  applyClassFilter,
  type ClassCodeFilter,
  classResultsChart,
  type FileVerdict,
  type PathSeries,
  type ClassResults as Results,
  readClassFilter,
  summarizeClass,
  verifyReplayFile,
} from '../../classroom';
import { classResultsCsv } from '../../view/class-csv';
import { type ClassTable, type ClassTableRow, classTable } from '../../view/class-table';
import { app } from '../app';
import { drawPathsChart } from '../classroom/paths-chart';
import { refusedPages, type TableArea, tablePages } from '../classroom/results-table';
import { downloadText } from '../files/download';
import { dropHint } from '../files/drop-hint';
import { listenForDrops } from '../files/drop-zone';
import { filePicker } from '../files/file-picker';
import { readTextFile } from '../files/read-file';
import { openReplayText } from '../replay/open-replay';
import { type ClassResultsReport, REPLAY_SCREENS } from '../replay/screen-keys';
import { showInViewer } from '../replay/viewed';
import { onRelayout } from '../screen-form';
import { announce } from '../screens/announce';
import { drawFrame } from '../screens/frame';
import { fitPage, type PageLayout } from '../screens/page-layout';
import { PageScroll } from '../screens/page-scroll';
import { Pager } from '../screens/pager';
import { Tabs } from '../screens/tabs';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { Button, type FocusManager, TextField } from '../widgets';

const S = STRINGS.classroom.results;
const calendarOf = (id: string): readonly string[] =>
  app()
    .find(id)
    ?.scenario.calendar.map((t) => t.label) ?? [];
export const CLASS_FILES_INPUT = 'class-files';
const CHANGED = 'class-results-changed';
/** The filter's column at the right of the header on a wide screen: its label, field and note. */
const FILTER_W = 440;
/** Lines a phone keeps for the filter's note (a missing class code's warning is the longest). */
const NOTE_LINES = 3;
/** A phone's table area: taller than any class, so its rows are one page that scrolls. */
const UNPAGED = 100_000;
/** A phone's chart: its plot and axes, above the legend. */
const NARROW_CHART = 330;

interface Received {
  readonly name: string;
  /** Kept so a row can be opened in the viewer without asking for the file again. */
  readonly text: string | null;
  readonly verdict: FileVerdict;
}

/**
 * A class's replay files, dropped or chosen, each played again through the
 * rules one at a time (the page stays responsive and shows progress), then
 * ranked, charted against history, and exported. No server: everything
 * happens in this tab.
 */
export class ClassResults extends Phaser.Scene {
  private focus!: FocusManager;
  private received: Received[] = [];
  private queue: File[] = [];
  private busy = false;
  private generation = 0;
  private progress = { done: 0, total: 0 };
  private filter: ClassCodeFilter = { kind: 'none' };
  private results: Results = {
    rows: [],
    unfinished: [],
    flagged: [],
    invalid: [],
    duplicates: [],
    classes: [],
  };
  private table: ClassTable = {
    rows: [],
    unfinished: [],
    flagged: [],
    invalid: [],
    duplicates: [],
    mixedClasses: null,
  };
  private tabs!: Tabs;
  private pager!: Pager;
  private content?: Phaser.GameObjects.Container;
  private status?: Phaser.GameObjects.Text;
  private filterNote?: Phaser.GameObjects.Text;
  /** The series charted: the first relation until the teacher picks another. */
  private series: PathSeries | null = null;
  private seriesButtons: { button: Button; series: PathSeries }[] = [];
  private initialCode = '';
  private layout!: PageLayout;
  /** A phone's scrolling page and the container it moves (null elsewhere). */
  private scroll: PageScroll | null = null;
  private page: Phaser.GameObjects.Container | null = null;
  /** Where the table, the chart and the refused list draw, below the tabs. */
  private area!: TableArea;

  constructor() {
    super('ClassResults');
  }

  init(data: { code?: string }): void {
    this.initialCode = data.code ?? '';
  }

  create(): void {
    this.seriesButtons = [];
    const layout = fitPage(this);
    this.layout = layout;
    const frame = drawFrame(this, S.title, () => this.scene.start('Title'), layout);
    this.focus = frame.focus;
    // The filter's code typed so far survives a turn of the screen.
    onRelayout(this, () => this.scene.restart({ code: this.currentCode() }));
    // A phone: everything under the title scrolls, the whole class in one table.
    this.scroll = layout.narrow
      ? new PageScroll(this, frame.titleBottom, layout.width, layout.height)
      : null;
    const before = new Set(this.children.list);
    const top = layout.narrow ? frame.titleBottom + 4 : Math.min(92, frame.titleBottom + 6);
    const intro = this.add.text(layout.x, top, S.intro, {
      ...textStyle(15),
      wordWrap: {
        width: layout.narrow ? layout.contentWidth : Math.min(700, layout.contentWidth - FILTER_W),
        useAdvancedWrap: true,
      },
      lineSpacing: 2,
    });
    const filterBottom = this.addFilter(layout.narrow ? intro.y + intro.height + 10 : top);
    const actionsY = layout.narrow
      ? filterBottom + 8
      : Math.max(162, intro.y + intro.height + 10, filterBottom + 4);
    const actionsBottom = this.addActions(actionsY);
    this.pager = new Pager(
      this,
      this.focus,
      layout.x + layout.contentWidth,
      layout.footerY,
      layout.touch,
    );
    this.tabs = new Tabs(
      this,
      layout.x,
      layout.narrow ? actionsBottom + 10 : Math.max(212, actionsBottom + 10),
      S.tabs,
      () => this.render(),
      this.focus,
      { width: layout.contentWidth, touch: layout.touch },
    );
    // 262 on a laptop, as designed: eight rows to a page.
    const areaY = this.tabs.bottom + (layout.narrow ? 6 : 2);
    this.area = {
      x: layout.x,
      y: areaY,
      width: layout.contentWidth,
      // A phone's page grows with what it shows and scrolls: one page, never turned.
      height: layout.narrow ? UNPAGED : layout.footerY - areaY - 14,
      touch: layout.touch,
    };
    if (this.scroll) {
      // One container for the page: the scroll measures its parts, and graphics have no bounds.
      const page = this.add.container(0, 0);
      page.add(this.children.list.filter((o) => !before.has(o) && o !== page));
      this.scroll.content.add(page);
      this.page = page;
    }
    this.addFileInputs();
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.registry.remove(REPLAY_SCREENS.classResults);
      // Files still waiting are dropped with the screen; those verified stay for the return.
      this.generation++;
      this.queue = [];
      this.busy = false;
      this.progress = { done: 0, total: 0 };
    });
    this.recompute();
    this.tabs.select(0);
  }

  private filterField?: TextField;

  private currentCode(): string {
    return this.filterField?.current ?? this.initialCode;
  }

  /** The class-code filter: at the right of the header, or below the intro on a phone. */
  private addFilter(top: number): number {
    const { layout } = this;
    const x = layout.narrow ? layout.x : layout.x + layout.contentWidth - FILTER_W + 100;
    this.add.text(x, top, S.filter, textStyle(15, { weight: 700 }));
    const field = new TextField(
      this,
      x,
      top + 24,
      this.initialCode,
      {
        width: 200,
        maxLength: 12,
        placeholder: S.filterHelp,
        label: S.filter,
        onChange: (value) => {
          this.filter = readClassFilter(value);
          this.recompute();
          this.render();
        },
      },
      this.focus,
    );
    this.filterField = field;
    // A phone's note goes under the field, across the column; elsewhere beside it.
    const noteX = layout.narrow ? x : x + 212;
    const noteY = layout.narrow ? top + 24 + 44 : top + 26;
    this.filterNote = this.add.text(noteX, noteY, '', {
      ...textStyle(12, { color: PALETTE.inkSoft }),
      wordWrap: {
        width: layout.narrow ? layout.contentWidth : layout.x + layout.contentWidth - noteX,
        useAdvancedWrap: true,
      },
      ...(layout.narrow ? { maxLines: NOTE_LINES } : {}),
    });
    this.filter = readClassFilter(field.current);
    return layout.narrow ? noteY + NOTE_LINES * 17 : top + 24 + 38;
  }

  /** Choose files, export, clear, and the progress line; returns where they end. */
  private addActions(y: number): number {
    const { layout } = this;
    const touch = layout.touch ? { height: 44 } : {};
    const choose = new Button(
      this,
      layout.x,
      y,
      S.choose,
      () => this.picker?.choose(),
      { hotkey: 'F', fontSize: 15, ...touch },
      this.focus,
    );
    const exportCsv = new Button(
      this,
      choose.container.x + choose.width + 10,
      y,
      S.exportCsv,
      () => this.exportCsv(),
      {
        variant: 'secondary',
        hotkey: 'E',
        fontSize: 15,
        ...touch,
        enabled: () => !this.busy && this.received.length > 0,
      },
      this.focus,
    );
    const clear = new Button(
      this,
      exportCsv.container.x + exportCsv.width + 10,
      y,
      S.clear,
      () => this.clear(),
      {
        variant: 'quiet',
        fontSize: 15,
        ...touch,
        enabled: () => !this.busy && this.received.length > 0,
      },
      this.focus,
    );
    // A row too long for a phone goes on below: Clear under Choose, the progress under them.
    if (clear.container.x + clear.width > layout.x + layout.contentWidth)
      clear.container.setPosition(layout.x, y + choose.height + 8);
    let bottom = clear.container.y + clear.height;
    if (layout.narrow) {
      this.status = this.add.text(layout.x, bottom + 6, '', {
        ...textStyle(15, { weight: 700 }),
        wordWrap: { width: layout.contentWidth, useAdvancedWrap: true },
        maxLines: 2,
      });
      bottom += 6 + 2 * 20;
    } else {
      this.status = this.add
        .text(
          clear.container.x + clear.width + 20,
          clear.container.y + clear.height / 2,
          '',
          textStyle(15, { weight: 700 }),
        )
        .setOrigin(0, 0.5);
    }
    const unbind = this.focus.bindKeys({
      f: () => choose.activate(),
      e: () => exportCsv.activate(),
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unbind);
    const refresh = () => {
      exportCsv.refresh();
      clear.refresh();
    };
    // Scene events outlive a shutdown: the listener goes with the buttons it refreshes.
    this.events.on(CHANGED, refresh);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.events.off(CHANGED, refresh));
    return bottom;
  }

  private picker?: ReturnType<typeof filePicker>;

  private addFileInputs(): void {
    const onFiles = (files: File[]) => this.enqueue(files);
    this.picker = filePicker(CLASS_FILES_INPUT, { multiple: true }, onFiles);
    const stopDrops = listenForDrops(onFiles, dropHint(this, S.dropHint));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.picker?.stop();
      stopDrops();
    });
  }

  private enqueue(files: File[]): void {
    this.queue.push(...files);
    this.progress = { done: this.progress.done, total: this.progress.total + files.length };
    if (!this.busy) void this.drain();
  }

  /**
   * One file per frame: replaying a year takes a few milliseconds, a class a
   * second or two, and the progress line must keep moving meanwhile.
   */
  private async drain(): Promise<void> {
    this.busy = true;
    const generation = this.generation;
    const alive = () => generation === this.generation && this.sys.isActive();
    this.showProgress();
    while (this.queue.length > 0) {
      const file = this.queue.shift() as File;
      const read = await readTextFile(file);
      if (!alive()) return;
      const verdict = read.ok
        ? verifyReplayFile({ name: read.name, text: read.text }, app().find)
        : read.refusal;
      const entry: Received = { name: file.name, text: read.ok ? read.text : null, verdict };
      // The same file dropped again replaces the first copy rather than counting twice.
      const at = this.received.findIndex((r) => r.name === file.name);
      if (at >= 0) this.received[at] = entry;
      else this.received.push(entry);
      this.progress = { ...this.progress, done: this.progress.done + 1 };
      this.showProgress();
      this.publish();
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      if (!alive()) return;
    }
    this.busy = false;
    this.progress = { done: 0, total: 0 };
    this.recompute();
    this.render();
    announce(this.status?.text ?? '');
  }

  private showProgress(): void {
    if (this.busy) this.status?.setText(S.progress(this.progress.done, this.progress.total));
    this.events.emit(CHANGED);
  }

  private clear(): void {
    this.received = [];
    this.recompute();
    this.render();
  }

  private recompute(): void {
    const verdicts = applyClassFilter(
      this.received.map((r) => r.verdict),
      this.filter,
    );
    this.results = summarizeClass(verdicts);
    this.table = classTable(this.results, calendarOf, (id) => app().find(id)?.scenario.powers);
    if (!this.busy) {
      this.status?.setText(
        this.received.length === 0
          ? ''
          : S.done(
              this.results.rows.length,
              this.results.unfinished.length + this.results.flagged.length,
              this.results.invalid.length,
            ),
      );
    }
    // Without a class code, files from other seeds rank with the class: say so loudly.
    const missing = this.filter.kind === 'none' && this.received.length > 0;
    this.filterNote?.setText(
      this.filter.kind === 'error'
        ? S.filterError(this.filter.message)
        : this.filter.kind === 'code'
          ? S.filterOn(this.filter.code)
          : missing
            ? (this.table.mixedClasses ?? S.filterMissing)
            : '',
    );
    this.filterNote?.setColor(this.filter.kind === 'error' || missing ? '#a8321f' : '#55635f');
    this.filterNote?.setFontStyle(missing ? 'bold' : 'normal');
    this.events.emit(CHANGED);
    this.publish();
  }

  private render(): void {
    if (!this.tabs) return;
    const before = new Set(this.children.list);
    this.draw();
    if (this.scroll && this.page) {
      const page = this.page;
      page.add(this.children.list.filter((o) => !before.has(o) && o !== page));
      this.scroll.refresh(this.scroll.scrolled);
    }
  }

  private draw(): void {
    this.content?.destroy(true);
    this.content = undefined;
    this.pager.setPages([]);
    for (const { button } of this.seriesButtons) button.container.destroy(true);
    this.seriesButtons = [];
    const tab = this.tabs.index;
    if (this.received.length === 0 && !this.busy) {
      this.content = this.add.container(0, 0, [
        this.add.text(
          this.area.x,
          this.area.y + 10,
          S.empty,
          textStyle(17, { color: PALETTE.inkSoft }),
        ),
      ]);
      return;
    }
    const t = this.table;
    if (tab === 0 && t.rows.length === 0 && !this.busy) {
      this.content = this.add.container(0, 0, [
        this.add.text(this.area.x, this.area.y + 10, S.noneRanked(S.tabs[2] ?? ''), {
          ...textStyle(17, { color: PALETTE.inkSoft }),
          wordWrap: { width: this.area.width, useAdvancedWrap: true },
        }),
      ]);
    } else if (tab === 0) {
      this.pager.setPages(
        tablePages(
          this,
          this.focus,
          this.area,
          this.table,
          (row) => this.openRow(row),
          (page) => this.tabs.index === 0 && this.pager.index === page,
        ),
      );
    } else if (tab === 1) {
      this.drawChart();
    } else {
      this.pager.setPages(refusedPages(this, this.area, this.table));
    }
  }

  private drawChart(): void {
    const filter = this.filter.kind === 'code' ? { seed: this.filter.code } : {};
    const chart = classResultsChart(this.results, app().find, filter);
    if (!chart) {
      this.content = this.add.container(0, 0, [
        this.add.text(
          this.area.x,
          this.area.y + 10,
          S.chartNone,
          textStyle(17, { color: PALETTE.inkSoft }),
        ),
      ]);
      return;
    }
    const root = this.add.container(0, 0);
    this.content = root;
    const title = app().find(chart.scenario)?.scenario.title ?? chart.scenario;
    let x = this.area.x;
    const label = this.add.text(x, this.area.y + 6, S.chartSeries, textStyle(14, { weight: 700 }));
    root.add(label);
    x += label.width + 12;
    const short: Record<PathSeries, string> = S.series;
    if (this.series === null || !chart.series.includes(this.series))
      this.series = chart.series[0] ?? 'score';
    let y = this.area.y;
    for (const series of chart.series) {
      const button = new Button(
        this,
        x,
        y,
        `${series === this.series ? '● ' : ''}${short[series] ?? chart.info[series]?.label ?? series}`,
        () => {
          this.series = series;
          this.render();
        },
        {
          variant: series === this.series ? 'secondary' : 'quiet',
          fontSize: 13,
          height: this.layout.touch ? 44 : 30,
        },
        this.focus,
      );
      // A phone's row wraps: the series go on below rather than off the screen.
      if (x > this.area.x && x + button.width > this.area.x + this.area.width) {
        x = this.area.x;
        y += button.height + 6;
        button.container.setPosition(x, y);
      }
      this.seriesButtons.push({ button, series });
      x += button.width + 6;
    }
    const rowBottom = y + (this.seriesButtons.at(-1)?.button.height ?? 30);
    const scope = S.chartScope(title, chart.seed);
    const narrow = this.layout.narrow;
    const scopeText = narrow
      ? this.add.text(this.area.x, rowBottom + 6, scope, {
          ...textStyle(13, { color: PALETTE.inkSoft }),
          wordWrap: { width: this.area.width, useAdvancedWrap: true },
        })
      : this.add
          .text(this.area.x + this.area.width, this.area.y + 6, scope, {
            ...textStyle(13, { color: PALETTE.inkSoft }),
          })
          .setOrigin(1, 0);
    root.add(scopeText);
    const chartY = narrow
      ? scopeText.y + scopeText.height + 8
      : Math.max(this.area.y + 44, rowBottom + 8);
    // A phone's chart is as tall as its plot and a legend naming every student.
    const height = narrow
      ? NARROW_CHART + (chart.students.length + 6) * 19
      : this.area.y + this.area.height - chartY;
    root.add(
      drawPathsChart(this, this.area.x, chartY, this.area.width, height, chart, this.series),
    );
  }

  private openRow(row: ClassTableRow): void {
    const text = this.received.find((r) => r.name === row.file)?.text;
    if (!text) return;
    const opened = openReplayText(text, row.file);
    if (!opened.ok) return;
    showInViewer(opened.viewed);
    this.scene.start('ReplayViewer', { show: 'held', from: 'ClassResults' });
  }

  private exportCsv(): void {
    const csv = classResultsCsv(this.results, {
      bom: true,
      calendar: calendarOf,
      powers: (id) => app().find(id)?.scenario.powers,
    });
    const code = this.filter.kind === 'code' ? this.filter.code : 'all';
    const name = `bamboo-class-results-${code}.csv`;
    downloadText(name, csv, 'text/csv;charset=utf-8');
    this.status?.setText(S.exported(name));
    announce(S.exported(name));
  }

  /** Read by the test handle: the table as plain data. */
  private publish(): void {
    this.registry.set(REPLAY_SCREENS.classResults, {
      busy: this.busy,
      progress: this.progress,
      files: this.received.length,
      filter: this.filter.kind === 'code' ? this.filter.code : null,
      rows: this.table.rows.map((r) => ({
        rank: r.rank,
        name: r.name,
        file: r.file,
        score: r.score,
        outcome: r.outcome,
        keyDecisions: r.keyDecisions,
        duplicate: r.duplicate,
        scenario: r.scenario,
        seed: r.seed,
        progress: r.progress,
        beyondBots: r.beyondBots,
      })),
      held: [...this.table.unfinished, ...this.table.flagged].map((h) => ({ ...h })),
      warning: this.filterNote?.text ?? '',
      invalid: this.table.invalid.map((e) => ({
        file: e.file,
        name: e.name,
        code: e.code,
        reason: e.reason,
      })),
      duplicates: this.table.duplicates,
    } satisfies ClassResultsReport);
  }
}
