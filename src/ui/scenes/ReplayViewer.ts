import Phaser from 'phaser';
import type { ReplayStep } from '../../engine';
import { formatDecimal } from '../../i18n';
import { shortCalendarLabel } from '../../i18n/turn-label';
import { newGameLink, replayLink } from '../../share';
import { isBranchOf } from '../../view/compare';
import {
  clampIndex,
  nextMonth,
  previousMonth,
  startOfMonth,
  type ViewerFrame,
  viewerFrame,
} from '../../view/replay-viewer';
import { app } from '../app';
import { branchComparable } from '../replay/branch';
import { drawChangeList } from '../replay/change-list';
import { drawGaugeList } from '../replay/gauge-list';
import { drawMonthPanel } from '../replay/month-panel';
import type { Opened } from '../replay/open-replay';
import { openRefusal } from '../replay/refusal-dialog';
import { acceptReplayFiles } from '../replay/replay-files';
import { REPLAY_SCREENS, type ViewerReport } from '../replay/screen-keys';
import { downloadReplay, gameBase, linkLang } from '../replay/share';
import { openShareDialog } from '../replay/share-dialog';
import { rememberBranch, showInViewer, type ViewedReplay, viewedReplay } from '../replay/viewed';
import { onRelayout } from '../screen-form';
import { announce } from '../screens/announce';
import { drawFrame } from '../screens/frame';
import { goTo } from '../screens/navigate';
import { fitPage } from '../screens/page-layout';
import { PageScroll } from '../screens/page-scroll';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { unitTitle, unitWord } from '../turn-words';
import { Button, Dialog, type FocusManager } from '../widgets';

const S = STRINGS.replays.viewer;
export const VIEWER_FILE_INPUT = 'viewer-file';

/**
 * Where the viewer draws: the three columns side by side on a laptop or tablet; on a phone
 * (`narrow`) one column that scrolls, the gauges, then the changes, then the month.
 */
interface ViewerGeometry {
  readonly narrow: boolean;
  readonly touch: boolean;
  readonly x: number;
  readonly width: number;
  /** Rows above the columns: the heading, the month strip, the step buttons. */
  headingY: number;
  stripY: number;
  navY: number;
  /** The columns' top and (side by side) bottom. */
  top: number;
  readonly bottom: number;
  readonly footerY: number;
  readonly columns: {
    readonly gauges: { readonly x: number; readonly width: number };
    readonly changes: { readonly x: number; readonly width: number };
    readonly month: { readonly x: number; readonly width: number };
  };
}

/** On a phone the change list and the month panel get this much height each, and scroll. */
const NARROW_LIST_HEIGHT = 380;

export interface ViewerData {
  /**
   * 'game' shows the player's own game; otherwise the replay last opened
   * (`showInViewer`), or the player's game when none was.
   */
  readonly show?: 'held' | 'game';
  /** The scene Back returns to. */
  readonly from?: string;
  readonly at?: number;
}

/**
 * A verified replay, step by step: the gauges, what each decision changed and
 * why, and the month around it. Looking never touches the player's own game;
 * only "Play on from here" starts a new one, branched with the same seed.
 */
export class ReplayViewer extends Phaser.Scene {
  private focus!: FocusManager;
  private viewed: ViewedReplay | null = null;
  private index = 0;
  private from = 'Title';
  private startAt = 0;
  private dynamic?: Phaser.GameObjects.Container;
  private position?: Phaser.GameObjects.Text;
  private scoreText?: Phaser.GameObjects.Text;
  private heading?: Phaser.GameObjects.Text;
  private status?: Phaser.GameObjects.Text;
  private strip: { button: Button; turn: number }[] = [];
  private stripRoot?: Phaser.GameObjects.Container;
  private buttons: Button[] = [];
  /** Hidden while no replay is open: there is nothing to step through. */
  private navigation: Button[] = [];
  private keysHint?: Phaser.GameObjects.Text;
  private geo!: ViewerGeometry;
  /** A phone's page: everything under the title scrolls, the footer buttons last. */
  private scroll: PageScroll | null = null;
  private footer?: Phaser.GameObjects.Container;

  constructor() {
    super('ReplayViewer');
  }

  init(data: ViewerData): void {
    this.from = data.from ?? 'Title';
    this.viewed = (data.show === 'game' ? null : viewedReplay()) ?? this.storeReplay();
    this.startAt = data.at ?? 0;
  }

  create(): void {
    this.strip = [];
    this.buttons = [];
    this.stripRoot = undefined;
    this.dynamic = undefined;
    const layout = fitPage(this);
    const frame = drawFrame(this, S.title, () => this.back(), layout);
    this.focus = frame.focus;
    onRelayout(this, () =>
      this.scene.restart({ show: 'held', from: this.from, at: this.index } satisfies ViewerData),
    );
    const narrow = layout.narrow;
    const x = layout.x;
    const width = layout.contentWidth;
    this.geo = {
      narrow,
      touch: layout.touch,
      x,
      width,
      headingY: narrow ? frame.titleBottom + 4 : layout.headerY + 60,
      stripY: 112,
      navY: 152,
      top: 200,
      bottom: layout.height - 72,
      footerY: layout.height - 44,
      // The landscape design's columns (370, 370 and 304 of 1100); a tablet's narrower page
      // keeps the gauges' width (their names and bars need it) and shares out the rest.
      columns: narrow
        ? { gauges: { x, width }, changes: { x, width }, month: { x, width } }
        : width >= 1100
          ? {
              gauges: { x, width: 370 },
              changes: { x: x + 396, width: 370 },
              month: { x: x + 796, width: width - 796 },
            }
          : {
              gauges: { x, width: 350 },
              changes: { x: x + 372, width: width - 372 - 272 },
              month: { x: x + width - 250, width: 250 },
            },
    };
    this.scroll = narrow
      ? new PageScroll(this, frame.titleBottom, layout.width, layout.height)
      : null;
    this.heading = this.add.text(x, this.geo.headingY, '', {
      ...textStyle(15, { color: PALETTE.inkSoft }),
      wordWrap: { width: narrow ? width : width - 340, useAdvancedWrap: true },
      maxLines: narrow ? 2 : 1,
    });
    this.scroll?.content.add(this.heading);
    this.status = this.add
      .text(x + width, this.geo.footerY - 14, '', {
        ...textStyle(13, { color: PALETTE.inkSoft }),
        ...(narrow ? { wordWrap: { width, useAdvancedWrap: true } } : {}),
      })
      .setOrigin(narrow ? 0 : 1, 0.5);
    this.addNavigation();
    this.addFooter();
    this.addFileInputs();
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.registry.remove(REPLAY_SCREENS.viewer);
    });
    this.openViewed(this.viewed, this.startAt);
  }

  private storeReplay(): ViewedReplay | null {
    const { store } = app();
    const { compiled, steps } = store.getState();
    const replay = store.getState().replay();
    if (!compiled || !replay || steps.length === 0) return null;
    return { compiled, replay, steps: steps as readonly ReplayStep[], source: S.yourGame };
  }

  private back(): void {
    if (!goTo(this, this.from)) this.scene.start('Title');
  }

  private openViewed(viewed: ViewedReplay | null, at: number): void {
    this.viewed = viewed;
    for (const b of this.navigation) b.container.setVisible(viewed !== null);
    this.keysHint
      ?.setText(S.keys(viewed ? unitWord(viewed.compiled) : STRINGS.units.word.month))
      .setVisible(viewed !== null && !this.geo.narrow);
    this.stripRoot?.destroy(true);
    this.strip = [];
    if (!viewed) {
      this.dynamic?.destroy(true);
      this.dynamic = this.add.container(0, 0, [
        this.add.text(this.geo.x, this.geo.top, S.empty, {
          ...textStyle(18),
          wordWrap: { width: Math.min(700, this.geo.width), useAdvancedWrap: true },
        }),
      ]);
      this.scroll?.content.add(this.dynamic);
      this.fitScroll();
      this.heading?.setText('');
      this.position?.setText('');
      this.scoreText?.setText('');
      this.publish(null);
      this.refreshButtons();
      return;
    }
    const { compiled, replay, source } = viewed;
    this.heading?.setText(
      S.heading(compiled.scenario.title, replay.seed, replay.player ?? '', source),
    );
    this.addStrip(viewed);
    this.show(at);
  }

  private addStrip(viewed: ViewedReplay): void {
    const calendar = viewed.compiled.scenario.calendar;
    const { x, width: all, narrow, stripY } = this.geo;
    const label = this.add
      .text(x, stripY + 17, S.months, textStyle(14, { weight: 700, color: PALETTE.inkSoft }))
      .setOrigin(0, 0.5);
    // On a phone the months go under their label, six to a row.
    const left = narrow ? x : x + label.width + 14;
    const gap = 6;
    const perRow = narrow ? 6 : calendar.length;
    const width = Math.min(92, (x + all - left - gap * (perRow - 1)) / perRow);
    const height = narrow ? 44 : 34;
    const rowsTop = narrow ? stripY + 34 : stripY;
    const parts: Phaser.GameObjects.GameObject[] = [label];
    calendar.forEach((turn, i) => {
      const button = new Button(
        this,
        left + (i % perRow) * (width + gap),
        rowsTop + Math.floor(i / perRow) * (height + gap),
        shortCalendarLabel(turn, i),
        () => this.jumpToMonth(i),
        {
          variant: 'quiet',
          width,
          height,
          fontSize: 14,
          enabled: () => this.viewed !== null && startOfMonth(this.viewed.steps, i) !== null,
        },
        this.focus,
      );
      this.strip.push({ button, turn: i });
      parts.push(button.container);
    });
    this.stripRoot = this.add.container(0, 0, parts);
    this.scroll?.content.add(this.stripRoot);
  }

  private unit(): string {
    return this.viewed ? unitTitle(this.viewed.compiled) : STRINGS.units.title.month;
  }

  private addNavigation(): void {
    const geo = this.geo;
    if (geo.narrow) {
      // A phone: the heading, the position, the step buttons two to a row, then the months.
      geo.navY = geo.headingY + 88;
    }
    this.position = this.add.text(
      geo.x,
      geo.narrow ? geo.headingY + 50 : geo.navY + 4,
      '',
      textStyle(20, { weight: 700 }),
    );
    this.scroll?.content.add(this.position);
    let x = geo.x + geo.width;
    const specs: [string, string, () => void][] = [
      [S.nextTurn(this.unit()), 'PgDn', () => this.moveMonth(1)],
      [S.nextStep, ']', () => this.step(1)],
      [S.prevStep, '[', () => this.step(-1)],
      [S.prevTurn(this.unit()), 'PgUp', () => this.moveMonth(-1)],
    ];
    const made: Button[] = [];
    for (const [label, key, act] of specs) {
      const b = new Button(this, 0, geo.navY, label, act, {
        variant: 'secondary',
        hotkey: key,
        fontSize: 14,
        height: geo.touch ? 44 : 34,
        ...(geo.narrow ? { width: (geo.width - 8) / 2 } : {}),
        enabled: () => this.viewed !== null,
      });
      x -= b.width;
      b.container.setX(x);
      x -= 8;
      made.unshift(b);
    }
    if (geo.narrow) {
      // Two rows of two, in reading order: back a month, back a step; on a step, on a month.
      made.forEach((b, i) => {
        b.container.setPosition(geo.x + (i % 2) * (b.width + 8), geo.navY + Math.floor(i / 2) * 52);
      });
      geo.stripY = geo.navY + 2 * 52 + 8;
      geo.top = geo.stripY + 34 + 2 * 50 + 16;
      this.scroll?.content.add(made.map((b) => b.container));
    }
    // Added left to right so Tab walks them in reading order.
    for (const b of made) this.focus.add(b);
    this.buttons.push(...made);
    this.navigation = made;
    const unbind = this.focus.bindKeys({
      '[': () => this.step(-1),
      ']': () => this.step(1),
      PageUp: () => this.moveMonth(-1),
      PageDown: () => this.moveMonth(1),
      Home: () => this.show(0),
      End: () => this.show(Number.MAX_SAFE_INTEGER),
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unbind);
  }

  private addFooter(): void {
    const geo = this.geo;
    const y = geo.narrow ? 0 : geo.footerY - 4;
    let x = geo.x;
    let rowY = y;
    const footer = this.add.container(0, 0);
    this.footer = footer;
    const add = (
      label: string,
      hotkey: string,
      act: () => void,
      enabled: () => boolean,
      variant: 'primary' | 'secondary' = 'secondary',
    ) => {
      const b = new Button(
        this,
        x,
        rowY,
        label,
        act,
        { hotkey, enabled, variant, fontSize: 15, ...(geo.touch ? { height: 44 } : {}) },
        this.focus,
      );
      // A row too long for the screen (a phone, a tablet) goes on below.
      if (x > geo.x && x + b.width > geo.x + geo.width) {
        x = geo.x;
        rowY += b.height + 8;
        b.container.setPosition(x, rowY);
      }
      x += b.width + 10;
      this.buttons.push(b);
      footer.add(b.container);
      return b;
    };
    const has = () => this.viewed !== null;
    const playOn = add(
      S.playOn,
      'P',
      () => this.playOn(),
      () => this.frame()?.canPlayOn ?? false,
      'primary',
    );
    const compare = add(
      S.compare,
      'K',
      () => this.compare(),
      () => this.comparable(),
    );
    const open = add(
      S.open,
      'O',
      () => this.chooseFile?.(),
      () => true,
    );
    const share = add(S.share, 'S', () => this.share(), has);
    const download = add(S.download, 'D', () => this.download(), has);
    const debrief = add(S.debrief, 'B', () => this.debrief(), has);
    this.keysHint = this.add
      .text(
        geo.x + geo.width,
        geo.headingY + 10,
        S.keys(this.viewed ? unitWord(this.viewed.compiled) : STRINGS.units.word.month),
        textStyle(12, { color: PALETTE.inkSoft }),
      )
      .setOrigin(1, 0.5);
    if (geo.narrow) {
      this.status?.setPosition(geo.x, rowY + 60);
      if (this.status) footer.add(this.status);
      this.scroll?.content.add(footer);
    } else if (rowY > y) {
      // Two rows of buttons: the first moves up so the second ends where one would.
      footer.setY(y - rowY);
      this.status?.setY(y - (rowY - y) - 14);
    } else this.status?.setY(y - 14);
    const unbind = this.focus.bindKeys({
      p: () => playOn.activate(),
      k: () => compare.activate(),
      o: () => open.activate(),
      s: () => share.activate(),
      d: () => download.activate(),
      b: () => debrief.activate(),
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unbind);
  }

  private chooseFile?: () => void;

  private addFileInputs(): void {
    this.chooseFile = acceptReplayFiles(this, VIEWER_FILE_INPUT, S.dropHint, (opened) =>
      this.onOpened(opened),
    );
  }

  private onOpened(opened: Opened): void {
    if (!opened.ok) {
      openRefusal(this, this.focus, opened.check, opened.message);
      return;
    }
    showInViewer(opened.viewed);
    this.openViewed(opened.viewed, 0);
  }

  private frame(): ViewerFrame | null {
    return this.viewed ? viewerFrame(this.viewed.compiled, this.viewed.steps, this.index) : null;
  }

  private step(delta: number): void {
    this.show(this.index + delta);
  }

  private moveMonth(direction: 1 | -1): void {
    if (!this.viewed) return;
    const steps = this.viewed.steps;
    this.show(direction > 0 ? nextMonth(steps, this.index) : previousMonth(steps, this.index));
  }

  private jumpToMonth(turn: number): void {
    if (!this.viewed) return;
    const at = startOfMonth(this.viewed.steps, turn);
    if (at !== null) this.show(at);
  }

  private show(at: number): void {
    const viewed = this.viewed;
    if (!viewed) return;
    this.index = clampIndex(viewed.steps, at);
    const frame = viewerFrame(viewed.compiled, viewed.steps, this.index);
    const keep = this.focus.focused();
    this.dynamic?.destroy(true);
    const root = this.add.container(0, 0);
    this.dynamic = root;
    this.scroll?.content.add(root);
    this.position?.setText(S.position(frame.turnLabel, frame.index, frame.total));
    const geo = this.geo;
    const COLUMNS = geo.columns;
    const TOP = geo.top;
    // A heading wraps in its column (a tablet's are narrow); what follows starts below it.
    const head = (x: number, text: string, width: number, top = TOP) => {
      const t = this.add.text(x, top, text, {
        ...textStyle(16, { weight: 700, color: PALETTE.bambooDark }),
        wordWrap: { width, useAdvancedWrap: true },
      });
      root.add(t);
      return Math.max(top + 30, t.y + t.height + 6);
    };
    head(COLUMNS.gauges.x, S.indicators, COLUMNS.gauges.width - 150);
    this.scoreText?.destroy();
    this.scoreText = this.add
      .text(
        COLUMNS.gauges.x + COLUMNS.gauges.width,
        TOP + 2,
        S.score(formatDecimal(frame.score)),
        textStyle(14, { weight: 700 }),
      )
      .setOrigin(1, 0);
    root.add(this.scoreText);
    const gauges = drawGaugeList(
      this,
      COLUMNS.gauges.x,
      TOP + 30,
      COLUMNS.gauges.width,
      frame.gauges,
    );
    root.add(gauges);
    // On a phone the changes go on below the gauges, and the month below them.
    const changesTop = geo.narrow ? gauges.getBounds().bottom + 20 : TOP;
    let y = head(COLUMNS.changes.x, S.changes, COLUMNS.changes.width, changesTop);
    if (frame.decision) {
      const d = this.add.text(COLUMNS.changes.x, y, frame.decision.label, {
        ...textStyle(15, { weight: 700, color: PALETTE.ink }),
        wordWrap: { width: COLUMNS.changes.width, useAdvancedWrap: true },
        maxLines: 2,
      });
      root.add(d);
      y += d.height + 4;
    }
    if (frame.over && frame.outcome) {
      const o = this.add.text(COLUMNS.changes.x, y, S.ended(frame.outcome), {
        ...textStyle(14, { weight: 700, color: PALETTE.marker }),
        wordWrap: { width: COLUMNS.changes.width, useAdvancedWrap: true },
      });
      root.add(o);
      y += o.height + 4;
    }
    const g = this.add.graphics();
    g.lineStyle(1, PALETTE.paperDeep).lineBetween(
      COLUMNS.changes.x,
      y + 2,
      COLUMNS.changes.x + COLUMNS.changes.width,
      y + 2,
    );
    root.add(g);
    root.add(
      drawChangeList(
        this,
        COLUMNS.changes.x,
        y + 10,
        COLUMNS.changes.width,
        geo.narrow ? NARROW_LIST_HEIGHT : geo.bottom - y - 10,
        frame.changes,
      ),
    );
    const monthTop = geo.narrow ? y + 10 + NARROW_LIST_HEIGHT + 20 : TOP;
    root.add(
      drawMonthPanel(
        this,
        this.focus,
        COLUMNS.month.x,
        monthTop,
        COLUMNS.month.width,
        geo.narrow ? NARROW_LIST_HEIGHT : geo.bottom - TOP,
        frame,
        (i) => this.show(i),
      ),
    );
    for (const { button, turn } of this.strip) {
      button.setLabel(
        `${turn === frame.turn ? '● ' : ''}${shortCalendarLabel(viewed.compiled.scenario.calendar[turn], turn)}`,
      );
      button.refresh();
    }
    this.refreshButtons();
    this.fitScroll();
    // A step rebuilds the month's buttons: keep the focus on what survives.
    if (keep && this.buttons.includes(keep as Button)) this.focus.focus(keep);
    this.publish(frame);
  }

  /** A phone's page: the footer buttons go after what the step shows; the page keeps its place. */
  private fitScroll(): void {
    if (!this.scroll || !this.footer) return;
    const at = this.scroll.scrolled;
    this.scroll.content.setY(0);
    const bottom = this.dynamic?.getBounds().bottom ?? this.geo.top;
    this.footer.setY(bottom + 24);
    this.scroll.refresh(at);
  }

  private refreshButtons(): void {
    for (const b of this.buttons) b.refresh();
    for (const { button } of this.strip) button.refresh();
  }

  /** Read by the test handle: what the viewer shows, as plain data. */
  private publish(frame: ViewerFrame | null): void {
    const v = this.viewed;
    this.registry.set(
      REPLAY_SCREENS.viewer,
      frame && v
        ? ({
            scenario: v.compiled.scenario.id,
            seed: v.replay.seed,
            player: v.replay.player ?? '',
            source: v.source,
            turn: frame.turn,
            turnLabel: frame.turnLabel,
            step: frame.index,
            total: frame.total,
            decision: frame.decision?.label ?? null,
            changes: frame.changes.length,
            over: frame.over,
            canPlayOn: frame.canPlayOn,
            comparable: this.comparable(),
          } satisfies ViewerReport)
        : null,
    );
  }

  private say(message: string): void {
    this.status?.setText(message);
    announce(message);
  }

  private download(): void {
    if (!this.viewed) return;
    this.say(S.downloaded(downloadReplay(this.viewed.replay)));
  }

  private share(): void {
    const v = this.viewed;
    if (!v) return;
    const R = STRINGS.replays.share;
    openShareDialog(this, this.focus, R.title, [
      {
        heading: R.replayHeading,
        help: R.replayHelp,
        url: replayLink(gameBase(), v.replay, linkLang()),
      },
      {
        heading: R.newHeading,
        help: R.newHelp,
        url: newGameLink(gameBase(), v.compiled.scenario.id, v.replay.seed, linkLang()),
      },
    ]);
  }

  private comparable(): boolean {
    return branchComparable();
  }

  private compare(): void {
    if (this.comparable()) this.scene.start('Compare', { from: 'ReplayViewer' });
  }

  private playOn(): void {
    const v = this.viewed;
    const frame = this.frame();
    if (!v || !frame) return;
    if (!frame.canPlayOn) {
      this.say(S.playOnOver);
      return;
    }
    const go = () => {
      const { store } = app();
      const actions = v.replay.actions.slice(0, frame.index);
      if (!store.getState().startFrom(v.compiled, v.replay.seed, actions, v.replay.player ?? ''))
        return;
      showInViewer(v);
      rememberBranch({ original: v, shared: frame.index, branchedIn: frame.turn });
      this.scene.start('Game');
    };
    this.unlessItLosesAGame(v, S.replaceBody, S.replaceYes, go);
  }

  /** The viewed replay's debrief: the Debrief reads the player's game, so the replay becomes it. */
  private debrief(): void {
    const v = this.viewed;
    if (!v) return;
    const go = () => {
      const { store } = app();
      const current = store.getState().replay();
      const already =
        current !== null &&
        current.seed === v.replay.seed &&
        current.actions.length === v.replay.actions.length &&
        isBranchOf(
          { scenario: v.replay.scenario.id, seed: v.replay.seed, actions: v.replay.actions },
          { scenario: current.scenario.id, seed: current.seed, actions: current.actions },
          current.actions.length,
        );
      if (
        !already &&
        !store
          .getState()
          .startFrom(v.compiled, v.replay.seed, v.replay.actions, v.replay.player ?? '')
      )
        return;
      this.scene.start('Debrief');
    };
    this.unlessItLosesAGame(v, S.replaceDebrief, S.debrief, go);
  }

  private unlessItLosesAGame(v: ViewedReplay, body: string, yes: string, go: () => void): void {
    if (!this.wouldLoseGame(v)) {
      go();
      return;
    }
    new Dialog(this, this.focus, {
      title: S.replaceTitle,
      width: 560,
      body: (root, width) => {
        const t = this.add.text(0, 0, body, {
          ...textStyle(15),
          wordWrap: { width, useAdvancedWrap: true },
        });
        root.add(t);
        return t.height;
      },
      buttons: [
        {
          label: yes,
          onClick: () => {
            this.time.delayedCall(0, go);
            return undefined;
          },
        },
        { label: S.cancel, variant: 'secondary', onClick: () => undefined },
      ],
    });
  }

  /** An unfinished game of the player's own, other than the replay shown, would be replaced. */
  private wouldLoseGame(v: ViewedReplay): boolean {
    const { store } = app();
    const state = store.getState().current();
    if (!state || state.phase === 'over') return false;
    const current = store.getState().replay();
    if (!current) return false;
    return !(
      current.scenario.id === v.replay.scenario.id &&
      current.seed === v.replay.seed &&
      current.actions.length <= v.replay.actions.length &&
      isBranchOf(
        { scenario: current.scenario.id, seed: current.seed, actions: v.replay.actions },
        { scenario: current.scenario.id, seed: current.seed, actions: current.actions },
        current.actions.length,
      )
    );
  }
}
