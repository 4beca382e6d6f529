import type Phaser from 'phaser';
import type { GuideNumbers } from '../../i18n/en';
import { calendarLabel } from '../../i18n/turn-label';
import { viewSize } from '../screen-form';
import { settings, updateSettings } from '../settings';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { unitWord } from '../turn-words';
import { Dialog } from '../widgets';
import type { GameContext, GuideTarget } from './context';
import { LAYOUT } from './layout';

/** A part of the real board a guide step points at, in design coordinates. */
type Target = GuideTarget;

const L = LAYOUT;
const TARGETS: Readonly<Record<string, Target | null>> = {
  goal: null,
  drift: L.drift,
  powers: L.powers,
  capital: { x: 240, y: 2, width: 150, height: L.topBar.height - 4 },
  cards: L.actions,
  event: L.news,
};

/** The guide's steps in order: what each says comes from the catalog, by the same key. */
const STEPS = ['goal', 'drift', 'powers', 'capital', 'cards', 'event'] as const;

/**
 * True when a new player should be walked through the first month: never seen (or asked for
 * by the page's address, `?guide=on`), and the game has not begun. A class link that starts a
 * game at once leaves it out unless it asks for it.
 */
export function guideDue(fresh: boolean): boolean {
  if (!fresh || settings().guideSeen) return false;
  return !LAUNCH_QUERY.has('scenario') || LAUNCH_QUERY.get('guide') === 'on';
}

/**
 * The page's address as it was opened: the title screen drops a launch link's `scenario` and
 * `seed` from the address before the game screen starts, so it cannot be read there later.
 */
const LAUNCH_QUERY = new URLSearchParams(window.location.search);

/**
 * The guided first month: one short step at a time on the real board, each pointing at the
 * panel it explains. Next (Enter) goes on; Skip (Esc) ends it; either way it is remembered.
 * `onDone` runs when the guide closes, so the month's first event can open.
 */
export function openGuide(
  ctx: GameContext,
  track: (dialog: Dialog) => Dialog,
  onDone: () => void,
  step = 0,
  at?: { readonly x: number; readonly y: number },
): Dialog {
  const g = STRINGS.game.guide;
  const key = STEPS[step] ?? 'goal';
  const last = step === STEPS.length - 1;
  const finish = () => {
    updateSettings({ guideSeen: true });
    ctx.scene.time.delayedCall(0, onDone);
  };
  const targets = ctx.guideTargets ?? TARGETS;
  const target = targets[key] ?? null;
  const frame = target ? drawFrame(ctx.scene, target) : null;
  const dialog = new Dialog(ctx.scene, ctx.focus, {
    title: g.title(step + 1, STEPS.length, g.steps[key].title),
    // Narrow enough to sit over the map between the side columns of a landscape board.
    width: 440,
    onCancel: finish,
    body: (container, width) => {
      const style = {
        ...textStyle(15),
        wordWrap: { width, useAdvancedWrap: true },
        lineSpacing: 3,
      };
      const t = ctx.scene.add.text(0, 0, g.steps[key].text(numbers(ctx)), style);
      container.add(t);
      // Every step takes the height of the longest, so Next stays under the same finger.
      const probe = ctx.scene.add.text(0, 0, '', style).setVisible(false);
      const tallest = Math.max(
        t.height,
        ...STEPS.map((k) => probe.setText(g.steps[k].text(numbers(ctx))).height),
      );
      // A title that wraps on a phone pushes the body down: the shorter ones make up for it.
      const title = ctx.scene.add
        .text(0, 0, '', {
          ...textStyle(22, { weight: 700 }),
          wordWrap: { width, useAdvancedWrap: true },
        })
        .setVisible(false);
      const titleOf = (i: number) =>
        title.setText(g.title(i + 1, STEPS.length, g.steps[STEPS[i] ?? 'goal'].title)).height;
      const titles = STEPS.map((_, i) => titleOf(i));
      const lift = Math.max(...titles) - (titles[step] ?? 0);
      probe.destroy();
      title.destroy();
      return tallest + lift;
    },
    buttons: [
      {
        label: last ? g.start : g.next,
        hotkey: 'Enter',
        onClick: () => {
          if (last) finish();
          else {
            // The next step opens where this one stands, whatever the board does meanwhile.
            const here = panelOf(dialog);
            const place = here ? { x: here.x, y: here.y } : undefined;
            ctx.scene.time.delayedCall(0, () => openGuide(ctx, track, onDone, step + 1, place));
          }
          return undefined;
        },
      },
      {
        label: g.skip,
        hotkey: 'Esc',
        variant: 'secondary',
        onClick: () => {
          finish();
          return undefined;
        },
      },
    ],
  });
  // The frame sits above the dialog's shade.
  if (frame) dialog.root.addAt(frame, 1);
  // One place for every step, clear of the panels the steps point at, so Next never moves.
  if (at) panelOf(dialog)?.setPosition(at.x, at.y);
  else
    placeClear(
      ctx.scene,
      dialog,
      STEPS.map((k) => targets[k]).filter((t): t is Target => !!t),
    );
  return track(dialog);
}

function numbers(ctx: GameContext): GuideNumbers {
  const { scenario } = ctx.cs;
  const first = scenario.calendar[0];
  const year = (first ? calendarLabel(first) : '').match(/\d{4}/)?.[0] ?? '';
  return {
    year,
    band: scenario.rules.drift.band,
    lost: scenario.thresholds.autonomyLost,
    rupture: scenario.thresholds.rupture,
    unit: unitWord(ctx.cs),
    upkeepFrom: scenario.rules.home.capitalUpkeep
      ? (scenario.rules.home.capitalUpkeepFrom ?? 0)
      : null,
    neglect: Boolean(
      scenario.rules.neglect && (scenario.rules.neglect.rate || scenario.rules.neglect.base),
    ),
  };
}

function drawFrame(scene: Phaser.Scene, t: Target): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  // Undo the shade over the panel, then ring it.
  g.fillStyle(PALETTE.paper, 0.35).fillRect(t.x - 4, t.y - 4, t.width + 8, t.height + 8);
  g.lineStyle(4, 0xffd24a, 1).strokeRoundedRect(t.x - 6, t.y - 6, t.width + 12, t.height + 12, 8);
  g.lineStyle(2, PALETTE.ink, 1).strokeRoundedRect(
    t.x - 6,
    t.y - 6,
    t.width + 12,
    t.height + 12,
    8,
  );
  return g;
}

/** The dialog's panel: the container that holds its title, body and buttons. */
function panelOf(dialog: Dialog): Phaser.GameObjects.Container | undefined {
  return dialog.root.list.find((o): o is Phaser.GameObjects.Container => o.type === 'Container');
}

/**
 * Moves the dialog's panel to the one place, among a few, that covers least of all the steps'
 * targets together: the same for every step, so the panel and its buttons never move between
 * steps, and as clear as the screen allows of each panel a step points at.
 */
function placeClear(scene: Phaser.Scene, dialog: Dialog, targets: readonly Target[]): void {
  const panel = panelOf(dialog);
  if (!panel) return;
  const { width: sw, height: sh } = viewSize(scene);
  const w = panel.width;
  const h = panel.height;
  const fitX = (x: number) => Math.round(Math.max(8, Math.min(sw - w - 8, x)));
  const fitY = (y: number) => Math.round(Math.max(8, Math.min(sh - h - 8, y)));
  // The centre first (it wins a tie), then beside and above or below each target.
  const xs = [(sw - w) / 2, ...targets.flatMap((t) => [t.x + t.width + 12, t.x - w - 12])].map(
    fitX,
  );
  const ys = [
    (sh - h) / 2,
    8,
    sh - h - 8,
    ...targets.flatMap((t) => [t.y + t.height + 12, t.y - h - 12]),
  ].map(fitY);
  /** The largest share of any one target covered, then the area covered in all. */
  const cover = (x: number, y: number): [number, number] => {
    let worst = 0;
    let area = 0;
    for (const t of targets) {
      const dx = Math.min(x + w, t.x + t.width) - Math.max(x, t.x);
      const dy = Math.min(y + h, t.y + t.height) - Math.max(y, t.y);
      const a = dx > 0 && dy > 0 ? dx * dy : 0;
      worst = Math.max(worst, a / Math.max(1, t.width * t.height));
      area += a;
    }
    return [worst, area];
  };
  let best = {
    x: xs[0] as number,
    y: ys[0] as number,
    score: cover(xs[0] as number, ys[0] as number),
  };
  for (const y of ys)
    for (const x of xs) {
      const score = cover(x, y);
      const better =
        score[0] < best.score[0] - 0.01 ||
        (Math.abs(score[0] - best.score[0]) <= 0.01 && score[1] < best.score[1]);
      if (better) best = { x, y, score };
    }
  panel.setPosition(best.x, best.y);
}
