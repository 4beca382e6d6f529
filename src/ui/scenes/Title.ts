import Phaser from 'phaser';
import { LOCALE_NAMES, LOCALES, locale } from '../../i18n';
import { turnLabel } from '../../i18n/turn-label';
import { unpackLinkScenario } from '../../share/class-invite';
import { parseLaunchUrl } from '../../share/launch-url';
import { noticeText, readSaveRecord } from '../../store';
import { app } from '../app';
import { filePicker } from '../files/file-picker';
import { readTextFile } from '../files/read-file';
import { chooseLanguage } from '../language';

import { drawLegend } from '../map/legend';
import { MapView } from '../map/MapView';
import type { RegionMap } from '../map/region-types';
import { type Opened, openReplayText } from '../replay/open-replay';
import { openRefusal } from '../replay/refusal-dialog';
import { acceptReplayFiles } from '../replay/replay-files';
import { downloadCurrentReplay } from '../replay/share';
import { showInViewer } from '../replay/viewed';
import { type CatalogEntry, DEFAULT_SCENARIO, openedEntry } from '../scenario-catalog';
import { forgetScenario, keepScenario } from '../scenario-store';
import { currentForm, fitPortrait, onRelayout, viewSize } from '../screen-form';
import { announce } from '../screens/announce';
import { goTo, hasScene } from '../screens/navigate';
import { updateSettings } from '../settings';
import { STRINGS } from '../strings';
import { css, PALETTE, textStyle } from '../theme';
import { type NewGameChoice, openNewGameDialog } from '../title/new-game-dialog';
import { showNoticeBanner } from '../title/notice-banner';
import { isScenarioLike, openScenarioText } from '../title/open-scenario';
import { showProblems } from '../title/problems-dialog';
import {
  downloadSetAside,
  downloadStoredSave,
  openSetAsideDialog,
} from '../title/set-aside-dialog';
import { Button, Dialog, FocusManager } from '../widgets';
import { drawBamboo } from './bamboo-art';
import { REGISTRY } from './keys';

const MAP_X = 488;
const MAP_Y = 50;
const COLUMN_X = 108;
const COLUMN_WIDTH = 350;
/** A tablet's menu column, left of the map. */
const TABLET_COLUMN = 340;
/** Where a tablet's map starts: below the language buttons and the caption above it. */
const TABLET_MAP_TOP = 100;
const S = STRINGS.title;
/** The title's file input: browser tests set files on it by this id. */
export const REPLAY_FILE_INPUT = 'replay-file';
/** The input behind "Open a scenario file…". */
export const SCENARIO_FILE_INPUT = 'scenario-file';

export class Title extends Phaser.Scene {
  private map?: MapView;
  private focus!: FocusManager;
  private status?: Phaser.GameObjects.Text;
  private chooseFile?: () => void;
  private chooseScenario?: () => void;
  /** The dialog open when the screen was turned or resized: opened again as it was. */
  private reopen: (() => void) | null = null;
  /** Set while the scene restarts for a new layout: its closing dialog is to be reopened. */
  private relayingOut = false;

  constructor() {
    super('Title');
  }

  create(): void {
    this.cameras.main.setBackgroundColor(css(PALETTE.paper));
    onRelayout(this, () => {
      this.relayingOut = true;
      this.scene.restart();
    });
    const reopen = this.reopen;
    this.reopen = null;
    this.relayingOut = false;
    if (currentForm(this) === 'landscape') this.createLandscape();
    else this.createColumn();
    reopen?.();
  }

  private createLandscape(): void {
    const region = this.registry.get(REGISTRY.region) as RegionMap;
    drawBamboo(this, 0, this.scale.height);
    this.focus = new FocusManager(this);

    this.add.text(COLUMN_X, 36, S.nameLines, {
      ...textStyle(54, { weight: 700, color: PALETTE.bambooDark }),
      lineSpacing: -8,
    });
    this.add.rectangle(COLUMN_X, 190, 72, 4, PALETTE.bamboo).setOrigin(0, 0.5);
    this.add.text(COLUMN_X, 204, S.subtitle, {
      ...textStyle(17),
      wordWrap: { width: COLUMN_WIDTH, useAdvancedWrap: true },
      lineSpacing: 3,
    });

    this.addMap(region, MAP_X, MAP_Y);
    this.status = this.add
      .text(MAP_X + 12, MAP_Y + region.height - 12, '', {
        ...textStyle(15, { weight: 700 }),
        backgroundColor: css(PALETTE.paper),
        padding: { x: 10, y: 6 },
      })
      .setOrigin(0, 1)
      .setDepth(50)
      // Empty, its background and padding would still draw a small box on the map.
      .setVisible(false);
    this.addLanguageSwitch(MAP_X + region.width, 6);
    this.addSetAsideButton(MAP_X, MAP_Y + region.height + 10, 30);
    const first = this.addMenu(298);
    drawLegend(this, COLUMN_X, 634);
    this.addReplayInput();
    // The notice is read first: on a phone it lies over the menu, so the focus starts on it.
    const notice = this.showNotice();
    performance.mark('bamboo:title-ready');
    if (!this.launchFromUrl()) this.focus.focus(notice ?? first);
  }

  /**
   * A phone held upright or a tablet: the name, the menu a finger can press, the teachers'
   * screens and the languages, in one column. A tablet shows the map and its key beside it,
   * shrunk to the right half; a phone leaves it out (its names would be too small to read).
   */
  private createColumn(): void {
    const { width, height } = fitPortrait(this);
    const tablet = currentForm(this) === 'tablet';
    drawBamboo(this, tablet ? -12 : -30, height).setAlpha(tablet ? 1 : 0.4);
    this.focus = new FocusManager(this);
    // A tablet's column clears the bamboo's leaves.
    const x = tablet ? 100 : 20;
    const inner = tablet ? TABLET_COLUMN : width - 2 * x;
    if (tablet) this.addTabletMap(x + inner + 36, width, height);
    const name = this.add.text(x, tablet ? 64 : 56, S.nameLines, {
      ...textStyle(tablet ? 46 : 36, { weight: 700, color: PALETTE.bambooDark }),
      lineSpacing: -6,
    });
    this.addLanguageSwitch(width - 8, 8);
    let y = name.y + name.height + 8;
    this.add.rectangle(x, y, 56, 4, PALETTE.bamboo).setOrigin(0, 0.5);
    const subtitle = this.add.text(x, y + 12, S.subtitle, {
      ...textStyle(15),
      wordWrap: { width: inner, useAdvancedWrap: true },
      lineSpacing: 2,
    });
    y = subtitle.y + subtitle.height + 16;
    const first = this.addMenu(y, { x, width: inner });
    const aside = this.addSetAsideButton(x, this.menuBottom + 10, 44);
    if (aside) this.menuBottom = aside.container.y + aside.height;
    this.status = this.add
      .text(x, this.menuBottom + 12, '', {
        ...textStyle(15, { weight: 700 }),
        wordWrap: { width: inner, useAdvancedWrap: true },
      })
      .setVisible(false);
    this.addReplayInput();
    // The notice is read first: on a phone it lies over the menu, so the focus starts on it.
    const notice = this.showNotice();
    performance.mark('bamboo:title-ready');
    if (!this.launchFromUrl()) this.focus.focus(notice ?? first);
  }

  /**
   * The region map with its caption and credit, at `scale` (a tablet's is shrunk into the right
   * half; its names keep their readable size, and those that would then collide give way).
   * Returns where its credit line ends.
   */
  /** A tablet's right half, from `left`: the map as large as it fits, its key under it. */
  private addTabletMap(left: number, width: number, height: number): void {
    const region = this.registry.get(REGISTRY.region) as RegionMap;
    const legendH = 3 * 24 + 8;
    const top = TABLET_MAP_TOP;
    const scale = Math.min(
      1,
      (width - left - 16) / region.width,
      (height - top - 40 - legendH) / region.height,
    );
    const bottom = this.addMap(region, left, top, scale);
    drawLegend(this, left, bottom + 8);
  }

  private addMap(region: RegionMap, x: number, y: number, scale = 1): number {
    const width = region.width * scale;
    const height = region.height * scale;
    const frame = this.add.graphics();
    frame.fillStyle(PALETTE.paperDeep).fillRect(x + 6, y + 6, width, height);
    this.map = new MapView(this, region, x, y, scale < 1 ? 1 / scale : 1);
    this.map.setScale(scale);
    frame.lineStyle(1.5, PALETTE.ink).strokeRect(x, y, width, height);
    this.add
      .text(x, y - 10, STRINGS.mapCaption, {
        ...textStyle(14, { weight: 700 }),
        wordWrap: { width, useAdvancedWrap: true },
      })
      .setOrigin(0, 1);
    const credit = this.add
      .text(x + width, y + height + 6, STRINGS.mapCredit, {
        ...textStyle(11, { color: PALETTE.inkSoft }),
        wordWrap: { width, useAdvancedWrap: true },
        align: 'right',
      })
      .setOrigin(1, 0);
    this.map.placeMarker('capital', 'hanoi');
    this.map.pulse('capital');
    return credit.y + credit.height;
  }

  /**
   * One button per language, each named in its own words, right-aligned at `right`. Choosing
   * one re-renders every running scene in it (see language.ts).
   */
  private addLanguageSwitch(right: number, top: number): void {
    const buttons = LOCALES.map(
      (l) =>
        new Button(
          this,
          0,
          top,
          LOCALE_NAMES[l],
          () => {
            if (l !== locale()) chooseLanguage(app(), l);
          },
          {
            variant: l === locale() ? 'primary' : 'quiet',
            fontSize: 13,
            height: currentForm(this) === 'landscape' ? 30 : 44,
          },
          this.focus,
        ),
    );
    let x = right;
    for (const button of [...buttons].reverse()) {
      x -= button.width;
      button.container.setX(x);
      x -= 6;
    }
  }

  /** Where the menu's last row ends (the portrait title writes its messages below). */
  private menuBottom = 0;

  /** The menu, top to bottom; returns the button that takes the first focus. */
  private addMenu(
    top: number,
    column: { x: number; width: number } = { x: COLUMN_X, width: COLUMN_WIDTH },
  ): Button {
    const portrait = column.x !== COLUMN_X;
    const store = app().store;
    const resumable = () => {
      const state = store.getState().current();
      return state !== null && state.phase !== 'over';
    };
    const wide = {
      width: column.width,
      height: portrait ? 44 : 38,
      align: 'left' as const,
      fontSize: 16,
    };
    let y = top;
    const add = (label: string, hotkey: string, onClick: () => void, extra = {}) => {
      const button = new Button(
        this,
        column.x,
        y,
        label,
        onClick,
        { ...wide, hotkey, ...extra },
        this.focus,
      );
      y += button.height + 6;
      return button;
    };
    const newGame = add(S.newGame, 'N', () => this.openNewGame(null, null));
    const resume = add(this.continueLabel(), 'C', () => this.go('Game'), {
      enabled: resumable,
      variant: 'secondary',
    });
    add(S.loadReplay, 'L', () => this.chooseFile?.(), { variant: 'secondary' });
    add(S.openScenario, 'O', () => this.chooseScenario?.(), { variant: 'secondary' });
    add(S.howToPlay, 'H', () => this.go('HowToPlay'), { variant: 'secondary' });
    add(S.credits, 'S', () => this.go('Credits'), { variant: 'secondary' });

    this.add.text(
      column.x,
      y + 4,
      S.teachers,
      textStyle(13, { weight: 700, color: PALETTE.inkSoft }),
    );
    let x = column.x;
    let rowY = y + 26;
    for (const [label, key] of [
      [S.replayViewer, 'ReplayViewer'],
      [S.classSetup, 'ClassSetup'],
      [S.classResults, 'ClassResults'],
    ] as const) {
      const b = new Button(
        this,
        x,
        rowY,
        label,
        () => this.go(key),
        {
          variant: 'quiet',
          // Small enough in landscape that the three fit on one row above the legend.
          fontSize: portrait ? 13 : 12,
          height: portrait ? 44 : 32,
          enabled: () => hasScene(this, key),
        },
        this.focus,
      );
      // On a phone the row wraps.
      if (x > column.x && x + b.width > column.x + column.width) {
        x = column.x;
        rowY += b.height + 6;
        b.container.setPosition(x, rowY);
      }
      x += b.width + 6;
      this.menuBottom = rowY + b.height;
    }

    const unbind = this.focus.bindKeys({
      n: () => newGame.activate(),
      c: () => resume.activate(),
      l: () => this.chooseFile?.(),
      o: () => this.chooseScenario?.(),
      h: () => this.go('HowToPlay'),
      '?': () => this.go('HowToPlay'),
      s: () => this.go('Credits'),
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unbind);
    return resumable() ? resume : newGame;
  }

  /**
   * "Saves set aside (n)", when there are any: games that could not be continued under these
   * rules, kept until the player deletes them. Returns the button, or null when there are none.
   */
  private addSetAsideButton(x: number, y: number, height: number): Button | null {
    const list = app().store.getState().setAsideSaves(app().find);
    // A storage that cannot be listed still gets the button: the dialog says why.
    const count = list.ok ? list.saves.length : 0;
    if (list.ok && count === 0) return null;
    const button = new Button(
      this,
      x,
      y,
      S.setAside.button(count),
      () => this.openSetAside(),
      { variant: 'quiet', fontSize: 13, height, hotkey: 'A' },
      this.focus,
    );
    const unbind = this.focus.bindKeys({ a: () => this.openSetAside() });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unbind);
    return button;
  }

  /** The saves set aside, with a line above them (`message`) after one was deleted. */
  private openSetAside(message?: string): void {
    const dialog = openSetAsideDialog(this, this.focus, {
      ...(message ? { message } : {}),
      publish: (kind, d, extra) => this.publishDialog(kind, d, extra),
      onDelete: (entry, download) => {
        if (download) downloadSetAside(entry);
        const failed = app().store.getState().deleteSetAside(entry.key);
        const said = failed ? S.setAside.deleteFailed(failed) : S.setAside.deleted;
        announce(said);
        // Rebuilt, so the count under the map and the list agree with what is stored now.
        this.reopen = () => this.openSetAside(said);
        this.scene.restart();
      },
    });
    this.keepOnRelayout(dialog, () => this.openSetAside(message));
  }

  private continueLabel(): string {
    const { compiled } = app().store.getState();
    const state = app().store.getState().current();
    const turn = state && compiled ? turnLabel(compiled, state.turn) : null;
    return turn && state?.phase !== 'over' ? `${S.continue} · ${turn}` : S.continue;
  }

  private go(key: string): void {
    if (!goTo(this, key)) this.say(S.notReady);
  }

  private say(message: string): void {
    this.status?.setText(message).setVisible(message !== '');
    announce(message);
  }

  private openNewGame(
    scenarioId: string | null,
    seed: string | null,
    message?: string,
    player?: string,
    askName = false,
  ): void {
    const { catalog, store } = app();
    let draft = () => ({ scenarioId, seed, player: player ?? store.getState().player });
    const dialog = openNewGameDialog(this, this.focus, {
      catalog,
      scenarioId: scenarioId ?? DEFAULT_SCENARIO,
      seed,
      player: player ?? store.getState().player,
      ...(message ? { message } : {}),
      askName,
      onDraft: (read) => {
        draft = read;
      },
      onStart: (choice) => this.startGame(choice),
      onRemove: (id) => {
        app().removeOpened(id);
        void forgetScenario(id);
        this.openNewGame(null, null);
      },
    });
    this.publishDialog('new-game', dialog);
    // Read as it closes: once the scene is shut down, its fields are gone.
    dialog.root.once(Phaser.GameObjects.Events.DESTROY, () => {
      if (!this.relayingOut) return;
      const d = draft();
      this.reopen = () => this.openNewGame(d.scenarioId, d.seed, message, d.player, askName);
    });
  }

  private showProblems(title: string, intro: string, problems: readonly string[]): void {
    const dialog = showProblems(this, this.focus, title, intro, problems);
    this.publishDialog('scenario-problems', dialog);
    this.keepOnRelayout(dialog, () => this.showProblems(title, intro, problems));
  }

  /**
   * A dialog open when the screen turns or is resized comes back, as it was, in the new layout:
   * the scene is rebuilt for its new form and `reopen` opens it again there.
   */
  private keepOnRelayout(dialog: Dialog, reopen: () => void): void {
    dialog.root.once(Phaser.GameObjects.Events.DESTROY, () => {
      if (this.relayingOut) this.reopen = reopen;
    });
  }

  /** Tells the test handle which dialog is open and where its buttons are, as the Game screen does. */
  private publishDialog(kind: string, dialog: Dialog, extra: readonly Button[] = []): void {
    this.registry.set(REGISTRY.dialog, {
      kind,
      buttons: [...extra, ...dialog.buttons].map((b) => {
        const r = b.bounds();
        return { x: r.x, y: r.y, width: r.width, height: r.height, enabled: b.enabled() };
      }),
    });
    dialog.root.once(Phaser.GameObjects.Events.DESTROY, () => {
      if (this.registry.get(REGISTRY.dialog)?.kind === kind)
        this.registry.set(REGISTRY.dialog, null);
    });
  }

  private startGame({ compiled, seed, player }: NewGameChoice): void {
    const begin = () => {
      app().store.getState().start(compiled, seed, player);
      this.go('Game');
    };
    this.confirmReplace(begin);
  }

  /**
   * A link or New game must not silently replace an unfinished game: ask,
   * and offer its replay as a download first.
   */
  private confirmReplace(then: () => void): void {
    const state = app().store.getState().current();
    if (!state || state.phase === 'over') {
      then();
      return;
    }
    const dialog = new Dialog(this, this.focus, {
      title: S.replaceTitle,
      width: 600,
      body: (root, width) => {
        const t = this.add.text(0, 0, S.replaceGameBody, {
          ...textStyle(15),
          wordWrap: { width, useAdvancedWrap: true },
        });
        root.add(t);
        return t.height;
      },
      buttons: [
        {
          label: S.replaceDownload,
          onClick: () => {
            downloadCurrentReplay();
            then();
            return undefined;
          },
        },
        {
          label: S.replaceStart,
          variant: 'secondary',
          onClick: () => {
            then();
            return undefined;
          },
        },
        { label: S.cancel, variant: 'quiet', onClick: () => undefined },
      ],
    });
    this.publishDialog('replace-game', dialog);
    this.keepOnRelayout(dialog, () => this.confirmReplace(then));
  }

  /**
   * A launch link (`?scenario=…&seed=…`, `#new=…`, a shared `#replay=…`): acted on at once;
   * a broken or unknown one opens the picker with the reason.
   */
  private launchFromUrl(): boolean {
    // Once per page load, not every time the title comes back.
    if (!app().session.getState().claimLaunch()) return false;
    const request = parseLaunchUrl(window.location.href);
    if (request.kind === 'none') return false;
    // Drop the request from the address, so reloading resumes the game instead of restarting it.
    const url = new URL(window.location.href);
    for (const key of ['scenario', 'seed', 'class']) url.searchParams.delete(key);
    url.hash = '';
    window.history.replaceState(null, '', url);
    switch (request.kind) {
      case 'error':
        this.openNewGame(null, null, request.message);
        return true;
      case 'replay':
        this.onOpened(openReplayText(JSON.stringify(request.replay), S.sharedReplay));
        return true;
      case 'new': {
        if (request.scenarioData !== undefined) {
          this.launchCarried(request.scenarioData, request.seed, request.classCode);
          return true;
        }
        const compiled = app().find(request.scenario);
        if (!compiled) {
          const broken = app().catalog.find(
            (e) => !e.compiled && e.file.endsWith(`/${request.scenario}.json`),
          );
          if (broken)
            this.showProblems(
              S.scenarioBrokenTitle,
              S.shippedBroken(request.scenario),
              broken.problems,
            );
          else this.openNewGame(null, request.seed, S.launchUnknown(request.scenario));
          return true;
        }
        // A class link asks for the student's name first: it goes into their replay file.
        if (request.classCode) {
          this.openNewGame(
            request.scenario,
            request.classCode,
            STRINGS.classroom.setup.welcome(request.classCode),
            undefined,
            true,
          );
          return true;
        }
        this.startGame({
          compiled,
          seed: request.seed ?? compiled.scenario.defaultSeed,
          player: app().store.getState().player,
        });
        return true;
      }
      default: {
        const unknown: never = request;
        return Boolean(unknown);
      }
    }
  }

  /**
   * Replay files chosen with Load a replay [L]; scenario and class files with Open a scenario
   * file [O]; either dropped anywhere on the page (told apart by their content).
   */
  private addReplayInput(): void {
    this.chooseFile = acceptReplayFiles(
      this,
      REPLAY_FILE_INPUT,
      S.dropHintAny,
      (opened) => this.onOpened(opened),
      (name, text) => {
        if (!isScenarioLike(name, text)) return false;
        this.onScenarioFile(name, text);
        return true;
      },
    );
    const picker = filePicker(SCENARIO_FILE_INPUT, {}, (files) => {
      const file = files[0];
      if (!file) return;
      void readTextFile(file).then((read) => {
        if (!this.sys.isActive()) return;
        if (read.ok) this.onScenarioFile(read.name, read.text);
        else
          this.showProblems(S.scenarioBrokenTitle, S.scenarioBrokenIntro(file.name, 1), [
            `${file.name}: ${read.refusal.reason}`,
          ]);
      });
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => picker.stop());
    this.chooseScenario = () => picker.choose();
  }

  /** A link that carries its own scenario: through the gate, then on as for a shipped one. */
  private launchCarried(data: string, seed: string | null, classCode?: string): void {
    const unpacked = unpackLinkScenario(data);
    if (!unpacked.ok) {
      this.openNewGame(null, null, S.linkDamaged(unpacked.message));
      return;
    }
    const entry = openedEntry('the class link', unpacked.text, app().catalog);
    if (!entry.compiled) {
      this.showProblems(
        S.scenarioBrokenTitle,
        S.linkScenarioBroken(entry.problems.length),
        entry.problems,
      );
      return;
    }
    const compiled = entry.compiled;
    void this.keep(entry).then(() => {
      if (!this.sys.isActive()) return;
      if (classCode) {
        this.joinClass(compiled.scenario.id, classCode);
        return;
      }
      this.startGame({
        compiled,
        seed: seed ?? compiled.scenario.defaultSeed,
        player: app().store.getState().player,
      });
    });
  }

  private onScenarioFile(name: string, text: string): void {
    const opened = openScenarioText(name, text, app().catalog);
    if (opened.kind === 'broken') {
      this.showProblems(
        S.scenarioBrokenTitle,
        S.scenarioBrokenIntro(opened.file, opened.problems.length),
        opened.problems,
      );
      return;
    }
    void this.keep(opened.entry).then((kept) => {
      if (!this.sys.isActive()) return;
      const id = opened.entry.compiled?.scenario.id ?? null;
      if (opened.kind === 'class') {
        this.joinClass(id, opened.invite.code, opened.invite.advisor);
        return;
      }
      this.openNewGame(
        id,
        null,
        S.scenarioOpened(opened.entry.compiled?.scenario.title ?? name, kept),
      );
    });
  }

  /** Adds an opened scenario to the list and keeps it in this browser; false if it cannot be kept. */
  private async keep(entry: CatalogEntry): Promise<boolean> {
    if (entry.origin !== 'opened' || !entry.compiled || entry.text === undefined) return true;
    app().addOpened(entry);
    return keepScenario({ id: entry.compiled.scenario.id, file: entry.file, text: entry.text });
  }

  private joinClass(scenarioId: string | null, code: string, advisor?: boolean): void {
    if (advisor === false) updateSettings({ advisor: false });
    this.openNewGame(scenarioId, code, STRINGS.classroom.setup.welcome(code), undefined, true);
  }

  private onOpened(opened: Opened): void {
    if (!opened.ok) {
      const dialog = openRefusal(
        this,
        this.focus,
        opened.check,
        opened.message,
        S.replayRefusedIntro,
      );
      this.publishDialog('replay-refused', dialog);
      this.keepOnRelayout(dialog, () => this.onOpened(opened));
      return;
    }
    const { store } = app();
    const open = () => {
      const { compiled, replay } = opened.viewed;
      // The viewer holds the replay itself: the player's own game and autosave stay as they are.
      showInViewer(opened.viewed);
      if (goTo(this, 'ReplayViewer', { show: 'held' })) return;
      if (!store.getState().startFrom(compiled, replay.seed, replay.actions, replay.player ?? ''))
        return;
      this.go('Debrief');
    };
    const state = store.getState().current();
    if (!hasScene(this, 'ReplayViewer') && state && state.phase !== 'over') {
      const dialog = new Dialog(this, this.focus, {
        title: S.replaceTitle,
        width: 560,
        body: (root, width) => {
          const t = this.add.text(0, 0, S.replaceBody, {
            ...textStyle(15),
            wordWrap: { width, useAdvancedWrap: true },
          });
          root.add(t);
          return t.height;
        },
        buttons: [
          {
            label: S.replaceYes,
            onClick: () => {
              open();
              return undefined;
            },
          },
          { label: S.cancel, variant: 'secondary', onClick: () => undefined },
        ],
      });
      this.publishDialog('replace-with-replay', dialog);
      this.keepOnRelayout(dialog, () => this.onOpened(opened));
      return;
    }
    open();
  }

  /** Shows the notice, if any; returns its Dismiss button. */
  private showNotice(): Button | null {
    const { store } = app();
    const notice = noticeText(store.getState());
    if (!notice) return null;
    const held = store.getState().unreadableSave();
    const setAside = store.getState().setAside;
    // An unreadable save that could not be moved aside: the player downloads it, then decides.
    // Downloaded as a replay when it reads as a save (of any engine version), else as found.
    const heldRecord = held ? readSaveRecord(held) : null;
    const actions = held
      ? [
          {
            label: heldRecord?.ok ? S.setAside.download : S.heldDownload,
            onClick: () =>
              downloadStoredSave(
                held,
                heldRecord?.ok ? heldRecord.record : null,
                'bamboo-unreadable-save.txt',
              ),
          },
          {
            label: S.heldDiscard,
            onClick: () => store.getState().discardUnreadable(),
          },
        ]
      : setAside?.kept
        ? [{ label: S.noticeSeeAside, onClick: () => this.openSetAside() }]
        : [];
    const portrait = currentForm(this) !== 'landscape';
    return showNoticeBanner(
      this,
      this.focus,
      portrait ? 8 : MAP_X + 20,
      portrait ? 48 : MAP_Y + 20,
      portrait ? viewSize(this).width - 16 : 720,
      notice,
      () => store.getState().dismissNotice(),
      actions,
    ).dismiss;
  }
}
