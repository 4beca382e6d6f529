import Phaser from 'phaser';
import { legalActions, type OutcomeId, type Replay, runReplay, score, stateHash } from '../engine';
import { locale } from '../i18n';
import { parseReplayData } from '../replay/parse';
import { noticeText } from '../store';
import type { App } from './app';
import {
  type ClassResultsReport,
  type ClassSetupReport,
  type CompareReport,
  REPLAY_SCREENS,
  type ViewerReport,
} from './replay/screen-keys';
import { REGISTRY } from './scenes/keys';
import { readableTexts } from './screens/readable-texts';

/** The game as plain JSON, for tests: what a person would read off the screen. */
export interface Snapshot {
  readonly scene: string;
  /** The language the screens speak now ("en", "vi"). */
  readonly locale: string;
  readonly scenario: string | null;
  /**
   * The scenario the screen shows: the game's, or on Class set-up the one selected; null on
   * screens with none.
   */
  readonly scenarioId: string | null;
  /** What a turn is called in that scenario (month, fortnight, week). */
  readonly turnUnit: string | null;
  readonly seed: string | null;
  readonly player: string;
  readonly turn: number | null;
  readonly turnLabel: string | null;
  readonly phase: string | null;
  readonly over: boolean;
  readonly outcome: OutcomeId | null;
  readonly score: number | null;
  readonly stateHash: string | null;
  readonly pending: readonly string[];
  readonly capital: number | null;
  readonly decisions: number;
  readonly legal: readonly string[];
  readonly indicators: Readonly<Record<string, number>> | null;
  readonly tiers: Readonly<Record<string, string>> | null;
  readonly notice: string | null;
  /** The topmost dialog a scene reports (its kind and buttons, for clicking), or null. */
  readonly dialog: DialogSnapshot | null;
  /**
   * True while the game screen is about to show its next step (the new month's card, the month
   * in review, the next event): a key or click sent now would meet the board, not that step.
   */
  readonly settling: boolean;
  /** What the replay and class screens show, as they publish it (null when not open). */
  readonly viewer: ViewerReport | null;
  readonly compare: CompareReport | null;
  readonly classSetup: ClassSetupReport | null;
  readonly classResults: ClassResultsReport | null;
  /** The advisor section of the open preview, as shown (null when no preview has asked it). */
  readonly advisor: string | null;
}

export interface DialogSnapshot {
  readonly kind: string;
  /** Buttons in the dialog's order, in game coordinates (1280×720). */
  readonly buttons: readonly {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    readonly enabled: boolean;
  }[];
  /** A guide step's part of the board it points at (game coordinates). */
  readonly spotlight?: Rect;
  /** The dialog's panel (game coordinates): on the game screen, every dialog's. */
  readonly panel?: Rect;
}

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Read-only hooks for browser tests (test/browser). Nothing here changes the game. */
export interface BambooTestHandle {
  /** Key of the topmost running scene, or 'none' before the game has started. */
  scene(): string;
  /**
   * Resolves once the game has drawn `count` more frames: input given before the call has been
   * handled and drawn. Tests wait on this, never on a clock (the machine may be slow).
   */
  frames(count?: number): Promise<void>;
  /** The open dialog's kind, without the cost of a snapshot (benchmarks poll it each frame). */
  dialogKind(): string | null;
  /** As `snapshot().settling`, but cheap: tests poll it before they act. */
  settling(): boolean;
  /** The advisor section of the open preview, as `snapshot().advisor`, but cheap. */
  advisorText(): string | null;
  /**
   * This turn's marks on the game screen's map: their kind, the place named beside them, and
   * where they show on the top scene's main camera (the centre, and how far the drawing
   * reaches), as dialog buttons are given: a phone's map tab is placed where it shows now.
   */
  mapMarks(): MapMarkSpot[];
  /**
   * The names written on the game screen's map (its own and this turn's news labels) and the
   * map's frame, in game coordinates as the map lays them out (a phone's map tab pans them all
   * alike); null off the game screen.
   */
  mapLabels(): MapLabelsShown | null;
  /** The renderer the game draws with ('none' before it has started). */
  renderer(): 'canvas' | 'webgl' | 'none';
  snapshot(): Snapshot;
  /** Every visible text of the running scenes, top scene last: what a person reads, and where. */
  texts(): ShownText[];
  /**
   * The texts a person can read right now, in canvas pixels: as `texts()`, but texts under an
   * open dialog's shade are left out (they are dimmed and covered), and so are empty ones.
   */
  textBoxes(): ShownText[];
  /** The sound cues played so far, in order (a headless browser cannot be listened to). */
  cues(): string[];
  /**
   * Every text a camera shows now, as the player sees it: its box in CSS pixels from the
   * canvas's top-left corner and its font size in CSS pixels (through camera zoom, container
   * scale and the canvas's displayed size). For tapping, and for the smallest-text checks.
   */
  screenTexts(): ScreenText[];
  /** A point of the top scene's main camera (dialog buttons), in CSS pixels from the canvas. */
  toScreen(x: number, y: number): { x: number; y: number };
  /** The current game's replay, in the same format the command line reads. */
  replay(): Replay | null;
  /**
   * Replays a replay through this page's engine and returns the state hashes it reaches,
   * so tests can compare the browser's determinism with Node's. Pure: the game is untouched.
   */
  verify(replay: unknown): VerifyResult;
}

export interface MapLabelsShown {
  readonly bounds: Rect;
  readonly labels: readonly (Rect & { readonly id: string; readonly text: string })[];
  /** Where each capital's star is (its middle), which a hover or a tap explains. */
  readonly capitals: readonly { readonly id: string; readonly x: number; readonly y: number }[];
}

export interface MapMarkSpot {
  readonly kind: string;
  readonly place: string;
  readonly x: number;
  readonly y: number;
  readonly reach: number;
}

/** A text on screen and its bounds in game coordinates (1280×720). */
export interface ShownText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A text as shown on the screen, in CSS pixels relative to the canvas. */
export interface ScreenText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  /** True for a dialog's or tooltip's text (drawn above the screen, which it dims or covers). */
  readonly modal: boolean;
}

export type VerifyResult =
  | { readonly ok: true; readonly stateHash: string; readonly checkpoints: readonly string[] }
  | { readonly ok: false; readonly problem: string };

declare global {
  interface Window {
    bamboo?: BambooTestHandle;
  }
}

export function installTestHandle(
  getGame: () => Phaser.Game | undefined,
  getApp: () => App | null,
): void {
  const scene = () => {
    const running = getGame()?.scene.getScenes(true) ?? [];
    return running[running.length - 1]?.scene.key ?? 'none';
  };
  const settling = () =>
    Boolean((getGame()?.registry.get(REGISTRY.settling) as (() => boolean) | null | undefined)?.());
  const handle: BambooTestHandle = {
    scene,
    settling,
    dialogKind() {
      return (getGame()?.registry.get(REGISTRY.dialog) as DialogSnapshot | null)?.kind ?? null;
    },
    mapMarks() {
      if (scene() !== 'Game') return [];
      const spots = getGame()?.registry.get(REGISTRY.mapMarks) as (() => MapMarkSpot[]) | undefined;
      return structuredClone(spots?.() ?? []);
    },
    mapLabels() {
      if (scene() !== 'Game') return null;
      const shown = getGame()?.registry.get(REGISTRY.mapLabels) as
        | (() => MapLabelsShown)
        | undefined;
      return shown ? structuredClone(shown()) : null;
    },
    advisorText() {
      return (getGame()?.registry.get(REGISTRY.advisor) as string | undefined) ?? null;
    },
    renderer() {
      const type = getGame()?.renderer?.type;
      // Phaser.CANVAS is 1 and Phaser.WEBGL 2; the Phaser namespace is not imported here.
      return type === 2 ? 'webgl' : type === 1 ? 'canvas' : 'none';
    },
    frames(count = 2) {
      const game = getGame();
      if (!game?.loop.running) return Promise.resolve();
      return new Promise((resolve) => {
        let left = count;
        const onFrame = () => {
          left -= 1;
          if (left > 0) return;
          game.events.off('postrender', onFrame);
          resolve();
        };
        game.events.on('postrender', onFrame);
      });
    },
    snapshot() {
      const a = getApp();
      const data = a?.store.getState();
      const state = data?.current() ?? null;
      const cs = data?.compiled ?? null;
      const setup = getGame()?.registry.get(REPLAY_SCREENS.classSetup) as
        | ClassSetupReport
        | null
        | undefined;
      const shown = scene() === 'ClassSetup' && setup ? a?.find(setup.scenario) : cs;
      return structuredClone({
        scene: scene(),
        locale: locale(),
        scenario: cs?.scenario.id ?? null,
        scenarioId: shown?.scenario.id ?? null,
        turnUnit: shown ? (shown.scenario.turnUnit ?? 'month') : null,
        seed: state?.seed ?? null,
        player: data?.player ?? '',
        turn: state?.turn ?? null,
        turnLabel: (state && cs?.scenario.calendar[state.turn]?.label) ?? null,
        phase: state?.phase ?? null,
        over: state?.phase === 'over',
        outcome: state?.ending?.outcome ?? null,
        score: state && cs ? score(cs, state).total : null,
        stateHash: state ? stateHash(state) : null,
        pending: state?.pending ?? [],
        capital: state?.ind['home.capital'] ?? null,
        decisions: state?.step ?? 0,
        legal: state && cs ? legalActions(cs, state).map((a) => JSON.stringify(a)) : [],
        indicators: state ? { ...state.ind } : null,
        tiers: state?.tiers ?? null,
        notice: data ? noticeText(data) : null,
        dialog: (getGame()?.registry.get(REGISTRY.dialog) as DialogSnapshot | undefined) ?? null,
        settling: settling(),
        advisor: (getGame()?.registry.get(REGISTRY.advisor) as string | undefined) ?? null,
        viewer: (getGame()?.registry.get(REPLAY_SCREENS.viewer) as ViewerReport | null) ?? null,
        compare: (getGame()?.registry.get(REPLAY_SCREENS.compare) as CompareReport | null) ?? null,
        classSetup:
          (getGame()?.registry.get(REPLAY_SCREENS.classSetup) as ClassSetupReport | null) ?? null,
        classResults:
          (getGame()?.registry.get(REPLAY_SCREENS.classResults) as ClassResultsReport | null) ??
          null,
      });
    },
    texts() {
      const out: ShownText[] = [];
      const visit = (objects: readonly Phaser.GameObjects.GameObject[]) => {
        for (const o of objects) {
          if (!(o as unknown as { visible?: boolean }).visible) continue;
          if (o instanceof Phaser.GameObjects.Text && o.text) {
            const b = o.getBounds();
            out.push({ text: o.text, x: b.x, y: b.y, width: b.width, height: b.height });
          } else if (o instanceof Phaser.GameObjects.Container) visit(o.list);
        }
      };
      for (const s of getGame()?.scene.getScenes(true) ?? []) visit(s.children.list);
      return out;
    },
    cues() {
      return [...(getApp()?.session.getState().cues ?? [])];
    },
    textBoxes() {
      return [...readableTexts(getGame()?.scene.getScenes(true) ?? []).texts];
    },
    toScreen(x, y) {
      const game = getGame();
      const top = game?.scene.getScenes(true).at(-1);
      if (!game || !top) return { x, y };
      const cam = top.cameras.main;
      const css = game.canvas.getBoundingClientRect().width / game.scale.width;
      const v = shownArea(cam);
      return {
        x: ((x - v.x) * cam.zoom + cam.x) * css,
        y: ((y - v.y) * cam.zoom + cam.y) * css,
      };
    },
    screenTexts() {
      const game = getGame();
      if (!game) return [];
      const canvas = game.canvas.getBoundingClientRect();
      const css = canvas.width / game.scale.width;
      const out: ScreenText[] = [];
      for (const scene of game.scene.getScenes(true)) {
        const cameras = scene.cameras.cameras.filter((c) => c.visible);
        const visit = (objects: readonly Phaser.GameObjects.GameObject[], modal: boolean) => {
          for (const o of objects) {
            if (!(o as unknown as { visible?: boolean }).visible) continue;
            if (o instanceof Phaser.GameObjects.Container) visit(o.list, modal || o.depth >= 5_000);
            if (!(o instanceof Phaser.GameObjects.Text) || !o.text.trim()) continue;
            const b = o.getBounds();
            const m = o.getWorldTransformMatrix();
            const scale = Math.hypot(m.c, m.d) || 1;
            const size = Number.parseFloat(String(o.style.fontSize)) * scale;
            for (const cam of cameras) {
              const v = shownArea(cam);
              if (b.right <= v.x || b.x >= v.right || b.bottom <= v.y || b.y >= v.bottom) continue;
              out.push({
                text: o.text,
                x: ((b.x - v.x) * cam.zoom + cam.x) * css,
                y: ((b.y - v.y) * cam.zoom + cam.y) * css,
                width: b.width * cam.zoom * css,
                height: b.height * cam.zoom * css,
                fontSize: size * cam.zoom * css,
                modal,
              });
              break;
            }
          }
        };
        visit(scene.children.list, false);
      }
      return out;
    },
    replay() {
      const replay = getApp()?.store.getState().replay() ?? null;
      return replay ? structuredClone(replay) : null;
    },
    verify(data) {
      const parsed = parseReplayData(structuredClone(data), 'replay');
      if (!parsed.ok) return { ok: false, problem: parsed.message };
      const cs = getApp()?.find(parsed.replay.scenario.id);
      if (!cs)
        return { ok: false, problem: `no scenario "${parsed.replay.scenario.id}" in this game` };
      const result = runReplay(cs, parsed.replay, true);
      if (!result.ok)
        return { ok: false, problem: `${result.problem.code}: ${result.problem.message}` };
      const checkpoints = (result.steps ?? [])
        .filter((s) => s.action?.type === 'end-turn')
        .map((s) => stateHash(s.state));
      return { ok: true, stateHash: stateHash(result.state), checkpoints };
    },
  };
  Object.defineProperty(window, 'bamboo', { value: Object.freeze(handle), configurable: true });
}

/**
 * The world area a camera shows. Every camera of the game has its origin at its top-left
 * corner (see screen-form.ts), where Phaser's `worldView` assumes a centred origin once zoomed.
 */
function shownArea(cam: Phaser.Cameras.Scene2D.Camera): Phaser.Geom.Rectangle {
  const width = cam.width / cam.zoom;
  const height = cam.height / cam.zoom;
  const x = cam.originX === 0 ? cam.scrollX : cam.scrollX + (cam.width - width) * cam.originX;
  const y = cam.originY === 0 ? cam.scrollY : cam.scrollY + (cam.height - height) * cam.originY;
  return new Phaser.Geom.Rectangle(x, y, width, height);
}
