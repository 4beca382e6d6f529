import type Phaser from 'phaser';
import { baseIncome, growthIncome } from '../../engine';
import type { GuideNumbers } from '../../i18n/en';
import { calendarLabel } from '../../i18n/turn-label';
import { currentForm, viewSize } from '../screen-form';
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
  // A phone's column has no place clear of every step's panel: each step finds its own, and
  // is only as tall as its own text.
  const ownPlace = currentForm(ctx.scene) === 'portrait';
  /**
   * How much taller the tallest step's panel is than this one's: the panel is sized to its own
   * text and stands on the same bottom line as the tallest, so Next keeps its place.
   */
  let shorter = 0;
  const dialog = new Dialog(ctx.scene, ctx.focus, {
    title: g.title(step + 1, STEPS.length, g.steps[key].title),
    // Narrow enough to sit over the map between the side columns of a landscape board.
    width: 440,
    onCancel: finish,
    body: (container, width) => {
      // A phone's column is short: a size smaller, so the panel leaves the step's part clear.
      const style = {
        ...textStyle(ownPlace ? 14 : 15),
        wordWrap: { width, useAdvancedWrap: true },
        lineSpacing: ownPlace ? 2 : 3,
      };
      const t = ctx.scene.add.text(0, 0, g.steps[key].text(numbers(ctx)), style);
      container.add(t);
      if (ownPlace) return t.height;
      const probe = ctx.scene.add.text(0, 0, '', style).setVisible(false);
      const tallest = Math.max(
        t.height,
        ...STEPS.map((k) => probe.setText(g.steps[k].text(numbers(ctx))).height),
      );
      // A title that wraps pushes the body down: the shorter titles make up for it.
      const title = ctx.scene.add
        .text(0, 0, '', {
          ...textStyle(22, { weight: 700 }),
          wordWrap: { width, useAdvancedWrap: true },
        })
        .setVisible(false);
      const titleOf = (i: number) =>
        title.setText(g.title(i + 1, STEPS.length, g.steps[STEPS[i] ?? 'goal'].title)).height;
      const titles = STEPS.map((_, i) => titleOf(i));
      shorter = tallest - t.height + Math.max(...titles) - (titles[step] ?? 0);
      probe.destroy();
      title.destroy();
      return t.height;
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
            const place = here ? { x: here.x, y: here.y - shorter } : undefined;
            ctx.scene.time.delayedCall(0, () => openGuide(ctx, track, onDone, step + 1, place));
          }
          return undefined;
        },
      },
      // The last step's Start already ends the guide: a Skip beside it would ask to skip nothing.
      ...(last
        ? []
        : [
            {
              label: ownPlace ? g.skipShort : g.skip,
              hotkey: 'Esc',
              variant: 'secondary' as const,
              onClick: () => {
                finish();
                return undefined;
              },
            },
          ]),
    ],
  });
  if (target) spotlight(ctx.scene, dialog, target);
  const all = STEPS.map((k) => targets[k]).filter((t): t is Target => !!t);
  // One place for every step, found for the tallest panel, clear of the panels the steps point
  // at, so Next never moves; on a phone, the place clear of this step's panel (the goal's: of
  // the next step's).
  if (ownPlace)
    placeClear(
      ctx.scene,
      dialog,
      [target ?? all[0]].filter((t): t is Target => !!t),
    );
  else if (at) panelOf(dialog)?.setPosition(at.x, at.y + shorter);
  else placeClear(ctx.scene, dialog, all, shorter);
  // Kept with the dialog for the test handle (its data goes with it).
  if (target) dialog.root.setData(SPOTLIGHT, target);
  return track(dialog);
}

/** The data key under which a guide step's dialog keeps the part of the board it points at. */
const SPOTLIGHT = 'guideSpotlight';

/**
 * Where a guide step's panel and the panel it points at stand (design coordinates), or null
 * for any other dialog: the test handle reports both, so a test can see the one never covers
 * the other.
 */
export function spotlitOf(dialog: Dialog): { target: Target; panel: Target } | null {
  const target = dialog.root.getData(SPOTLIGHT) as Target | undefined;
  const panel = panelOf(dialog);
  if (!target || !panel) return null;
  return {
    target,
    panel: { x: panel.x, y: panel.y, width: panel.width, height: panel.height },
  };
}

/** What the first turn's end brings in, from the start's legitimacy and growth. */
function startIncome(ctx: GameContext): number {
  const { home } = ctx.cs.scenario.rules;
  const ind = ctx.store.getState().current()?.ind;
  if (!ind) return home.capitalPerTurn;
  return (
    baseIncome(home, ind['home.legitimacy'] ?? 50) +
    growthIncome(home, ind['economy.growth'] ?? home.moodGrowthPivot)
  );
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
    upkeepShare: scenario.rules.home.capitalUpkeep ?? 0,
    income: startIncome(ctx),
    start: Math.round(ctx.cs.scenario.start.indicators['home.capital'] ?? 0),
    neglect: Boolean(
      scenario.rules.neglect && (scenario.rules.neglect.rate || scenario.rules.neglect.base),
    ),
    ...(scenario.rules.warmth?.rate ? { warmthFrom: scenario.rules.warmth.from } : {}),
  };
}

/** How dark the board around the spotlit panel goes (the dialog's usual shade is 0.45). */
const DIM = 0.6;

/**
 * The step's panel as the clearest thing on the board: the dialog's shade is lifted over it
 * (drawn around it instead, a little darker), so it shows at full contrast, and a dark and a
 * gold ring outline it. The shade itself stays, invisible, to keep the board from clicks.
 */
function spotlight(scene: Phaser.Scene, dialog: Dialog, t: Target): void {
  const { shade } = dialog;
  shade.setFillStyle(PALETTE.ink, 0);
  const { width: sw, height: sh } = viewSize(scene);
  const x0 = Math.max(0, t.x - 4);
  const y0 = Math.max(0, t.y - 4);
  const x1 = Math.min(sw, t.x + t.width + 4);
  const y1 = Math.min(sh, t.y + t.height + 4);
  const g = scene.add.graphics();
  g.fillStyle(PALETTE.ink, DIM);
  g.fillRect(0, 0, sw, y0);
  g.fillRect(0, y1, sw, sh - y1);
  g.fillRect(0, y0, x0, y1 - y0);
  g.fillRect(x1, y0, sw - x1, y1 - y0);
  const ring = (width: number, color: number) =>
    g.lineStyle(width, color, 1).strokeRoundedRect(x0 - 3, y0 - 3, x1 - x0 + 6, y1 - y0 + 6, 8);
  ring(8, PALETTE.ink);
  ring(4, GOLD);
  // Above the shade, under the dialog's panel.
  dialog.root.addAt(g, dialog.root.getIndex(shade) + 1);
}

/** The ring's gold: the colour keyboard focus wears, so it reads as "here". */
const GOLD = 0xffd24a;

/** The dialog's panel: the container that holds its title, body and buttons. */
function panelOf(dialog: Dialog): Phaser.GameObjects.Container | undefined {
  return dialog.root.list.find((o): o is Phaser.GameObjects.Container => o.type === 'Container');
}

/**
 * Moves the dialog's panel to the one place, among a few, that covers least of all the steps'
 * targets together: the same for every step, so the panel and its buttons never move between
 * steps, and as clear as the screen allows of each panel a step points at. The place is found
 * for a panel `shorter` taller (the tallest step's), whose bottom this one shares.
 */
function placeClear(
  scene: Phaser.Scene,
  dialog: Dialog,
  targets: readonly Target[],
  shorter = 0,
): void {
  const panel = panelOf(dialog);
  if (!panel) return;
  const { width: sw, height: sh } = viewSize(scene);
  const w = panel.width;
  const h = panel.height + shorter;
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
  panel.setPosition(best.x, best.y + shorter);
}
