import Phaser from 'phaser';
import { LOCALE_NAMES, LOCALES, locale } from '../../i18n';
import { turnLabel } from '../../i18n/turn-label';
import { parseLaunchUrl } from '../../share/launch-url';
import { app } from '../app';
import { chooseLanguage } from '../language';
import { drawLegend } from '../map/legend';
import { MapView } from '../map/MapView';
import type { RegionMap } from '../map/region-types';
import { type Opened, openReplayText } from '../replay/open-replay';
import { openRefusal } from '../replay/refusal-dialog';
import { acceptReplayFiles } from '../replay/replay-files';
import { showInViewer } from '../replay/viewed';
import { DEFAULT_SCENARIO } from '../scenario-catalog';
import { announce } from '../screens/announce';
import { goTo, hasScene } from '../screens/navigate';
import { STRINGS } from '../strings';
import { css, PALETTE, textStyle } from '../theme';
import { type NewGameChoice, openNewGameDialog } from '../title/new-game-dialog';
import { showNoticeBanner } from '../title/notice-banner';
import { Button, Dialog, FocusManager } from '../widgets';
import { drawBamboo } from './bamboo-art';
import { REGISTRY } from './keys';

const MAP_X = 488;
const MAP_Y = 50;
const COLUMN_X = 108;
const COLUMN_WIDTH = 350;
const S = STRINGS.title;
/** The title's file input: browser tests set files on it by this id. */
export const REPLAY_FILE_INPUT = 'replay-file';

/** A launch link is honoured once per page load, not every time the title comes back. */
let launchHandled = false;

export class Title extends Phaser.Scene {
  private map?: MapView;
  private focus!: FocusManager;
  private status?: Phaser.GameObjects.Text;
  private chooseFile?: () => void;

  constructor() {
    super('Title');
  }

  create(): void {
    const region = this.registry.get(REGISTRY.region) as RegionMap;
    this.cameras.main.setBackgroundColor(css(PALETTE.paper));
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

    this.addMap(region);
    this.addLanguageSwitch(MAP_X + region.width, 6);
    const first = this.addMenu(298);
    drawLegend(this, COLUMN_X, 622);
    this.addReplayInput();
    this.showNotice();
    performance.mark('bamboo:title-ready');
    if (!this.launchFromUrl()) this.focus.focus(first);
  }

  private addMap(region: RegionMap): void {
    const frame = this.add.graphics();
    frame.fillStyle(PALETTE.paperDeep).fillRect(MAP_X + 6, MAP_Y + 6, region.width, region.height);
    this.map = new MapView(this, region, MAP_X, MAP_Y);
    frame.lineStyle(1.5, PALETTE.ink).strokeRect(MAP_X, MAP_Y, region.width, region.height);
    this.add
      .text(MAP_X, MAP_Y - 10, STRINGS.mapCaption, textStyle(14, { weight: 700 }))
      .setOrigin(0, 1);
    this.add
      .text(
        MAP_X + region.width,
        MAP_Y + region.height + 6,
        STRINGS.mapCredit,
        textStyle(11, { color: PALETTE.inkSoft }),
      )
      .setOrigin(1, 0);
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
    this.map.placeMarker('capital', 'hanoi');
    this.map.pulse('capital', 3);
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
          { variant: l === locale() ? 'primary' : 'quiet', fontSize: 13, height: 30 },
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

  /** The menu, top to bottom; returns the button that takes the first focus. */
  private addMenu(top: number): Button {
    const store = app().store;
    const resumable = () => {
      const state = store.getState().current();
      return state !== null && state.phase !== 'over';
    };
    const wide = { width: COLUMN_WIDTH, height: 42, align: 'left' as const, fontSize: 16 };
    let y = top;
    const add = (label: string, hotkey: string, onClick: () => void, extra = {}) => {
      const button = new Button(
        this,
        COLUMN_X,
        y,
        label,
        onClick,
        { ...wide, hotkey, ...extra },
        this.focus,
      );
      y += button.height + 8;
      return button;
    };
    const newGame = add(S.newGame, 'N', () => this.openNewGame(null, null));
    const resume = add(this.continueLabel(), 'C', () => this.go('Game'), {
      enabled: resumable,
      variant: 'secondary',
    });
    add(S.loadReplay, 'L', () => this.chooseFile?.(), { variant: 'secondary' });
    add(S.howToPlay, 'H', () => this.go('HowToPlay'), { variant: 'secondary' });
    add(S.credits, 'S', () => this.go('Credits'), { variant: 'secondary' });

    this.add.text(
      COLUMN_X,
      y + 4,
      S.teachers,
      textStyle(13, { weight: 700, color: PALETTE.inkSoft }),
    );
    let x = COLUMN_X;
    const rowY = y + 26;
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
          fontSize: 13,
          height: 32,
          enabled: () => hasScene(this, key),
        },
        this.focus,
      );
      x += b.width + 6;
    }

    const unbind = this.focus.bindKeys({
      n: () => newGame.activate(),
      c: () => resume.activate(),
      l: () => this.chooseFile?.(),
      h: () => this.go('HowToPlay'),
      '?': () => this.go('HowToPlay'),
      s: () => this.go('Credits'),
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unbind);
    return resumable() ? resume : newGame;
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

  private openNewGame(scenarioId: string | null, seed: string | null, message?: string): void {
    const { catalog, store } = app();
    openNewGameDialog(this, this.focus, {
      catalog,
      scenarioId: scenarioId ?? DEFAULT_SCENARIO,
      seed,
      player: store.getState().player,
      ...(message ? { message } : {}),
      onStart: (choice) => this.startGame(choice),
    });
  }

  private startGame({ compiled, seed, player }: NewGameChoice): void {
    app().store.getState().start(compiled, seed, player);
    this.go('Game');
  }

  /**
   * A launch link (`?scenario=…&seed=…`, `#new=…`, a shared `#replay=…`): acted on at once;
   * a broken or unknown one opens the picker with the reason.
   */
  private launchFromUrl(): boolean {
    if (launchHandled) return false;
    launchHandled = true;
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
        const compiled = app().find(request.scenario);
        if (!compiled) {
          this.openNewGame(null, request.seed, S.launchUnknown(request.scenario));
          return true;
        }
        // A class link asks for the student's name first: it goes into their replay file.
        if (request.classCode) {
          this.openNewGame(
            request.scenario,
            request.classCode,
            STRINGS.classroom.setup.welcome(request.classCode),
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

  /** Replay files chosen with Load a replay [L] or dropped anywhere on the page. */
  private addReplayInput(): void {
    this.chooseFile = acceptReplayFiles(this, REPLAY_FILE_INPUT, S.dropHint, (opened) =>
      this.onOpened(opened),
    );
  }

  private onOpened(opened: Opened): void {
    if (!opened.ok) {
      openRefusal(this, this.focus, opened.check, opened.message, S.replayRefusedIntro);
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
      new Dialog(this, this.focus, {
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
      return;
    }
    open();
  }

  private showNotice(): void {
    const { store } = app();
    const notice = store.getState().notice;
    if (!notice) return;
    showNoticeBanner(this, this.focus, MAP_X + 20, MAP_Y + 20, 720, notice, () =>
      store.getState().dismissNotice(),
    );
  }
}
