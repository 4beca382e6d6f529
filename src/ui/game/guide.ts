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
): Dialog {
  const g = STRINGS.game.guide;
  const key = STEPS[step] ?? 'goal';
  const last = step === STEPS.length - 1;
  const finish = () => {
    updateSettings({ guideSeen: true });
    ctx.scene.time.delayedCall(0, onDone);
  };
  const target = (ctx.guideTargets ?? TARGETS)[key] ?? null;
  const frame = target ? drawFrame(ctx.scene, target) : null;
  const dialog = new Dialog(ctx.scene, ctx.focus, {
    title: g.title(step + 1, STEPS.length, g.steps[key].title),
    width: 520,
    onCancel: finish,
    body: (container, width) => {
      const t = ctx.scene.add.text(0, 0, g.steps[key].text(numbers(ctx)), {
        ...textStyle(15),
        wordWrap: { width, useAdvancedWrap: true },
        lineSpacing: 3,
      });
      container.add(t);
      return t.height;
    },
    buttons: [
      {
        label: last ? g.start : g.next,
        hotkey: 'Enter',
        onClick: () => {
          if (last) finish();
          else ctx.scene.time.delayedCall(0, () => openGuide(ctx, track, onDone, step + 1));
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
  if (frame) {
    // The frame sits above the dialog's shade, and the dialog moves aside so the panel shows.
    dialog.root.addAt(frame, 1);
    placeBeside(ctx.scene, dialog, target as Target);
  }
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

/** Moves the dialog's panel to the side of the screen away from the target. */
function placeBeside(scene: Phaser.Scene, dialog: Dialog, t: Target): void {
  const panel = dialog.root.list.find(
    (o): o is Phaser.GameObjects.Container => o.type === 'Container',
  );
  if (!panel) return;
  const { width: sw, height: sh } = viewSize(scene);
  const w = panel.width;
  const h = panel.height;
  const centre = t.x + t.width / 2;
  const x =
    centre < sw / 2 ? Math.min(sw - w - 16, t.x + t.width + 24) : Math.max(16, t.x - w - 24);
  // A target as wide as the screen's top bar: the panel goes below it instead.
  const below = t.width > sw / 2 || (t.y < 60 && t.height < 60);
  // On a phone a target low on the screen has the panel above it.
  const above = below && t.y + t.height / 2 > sh / 2;
  const y = above
    ? Math.max(12, t.y - h - 24)
    : below
      ? Math.min(sh - h - 12, t.y + t.height + 24)
      : Math.max(12, Math.round((sh - h) / 2));
  panel.setPosition(below ? Math.round((sw - w) / 2) : Math.round(x), y);
}
