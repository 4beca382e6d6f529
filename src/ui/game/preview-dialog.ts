import type Phaser from 'phaser';
import {
  type CompiledScenario,
  type GameAction,
  type GameState,
  playerTendencies,
} from '../../engine';
import type { Forecast } from '../../engine/advisor';
import {
  type ForecastLine,
  forecastLines,
  type Preview,
  playerWaysLine,
  slidingGauges,
  standingLine,
} from '../../view';
import { requestForecast } from '../advisor/advisor-client';
import { REGISTRY } from '../scenes/keys';
import { settings, updateSettings } from '../settings';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { Dialog } from '../widgets';
import { PANEL, TONE_COLOR } from './colors';
import type { GameContext } from './context';
import { renderPreview } from './decision-preview';

/** What the advisor should simulate for this preview: the decision and what it is compared with. */
export interface AdvisorQuestion {
  readonly state: GameState;
  readonly decision: GameAction;
  readonly baseline: GameAction | null;
  readonly baselineLabel: string;
  /** Opens this preview again (after the advisor was switched on or off from it). */
  readonly reopen?: () => void;
}

/** Height the preview may take: the whole of it, risks included, whether the advisor is on or off. */
const PREVIEW_HEIGHT = 470;
/** The advisor's column beside the preview, when the screen is wide enough. */
const ADVISOR_COLUMN = 330;
const PREVIEW_WIDTH = 572;

/** An event's first answer is, by the scenarios' convention, the cautious one: the yardstick. */
export function cautiousAnswer(
  cs: CompiledScenario,
  eventId: string,
  choiceId: string,
): GameAction | null {
  const first = cs.events.get(eventId)?.choices?.[0];
  return first && first.id !== choiceId
    ? { type: 'choose', event: eventId, choice: first.id }
    : null;
}

/**
 * Before any decision is committed: what it will do, then Confirm (Enter) or Cancel (Esc).
 * The advisor is a second opinion the player asks for (its button or F): off, it takes no
 * room; on, it sits beside the preview, which keeps its full height so the risks always show.
 */
export function openPreviewDialog(
  ctx: GameContext,
  preview: Preview,
  capital: number,
  onConfirm: () => void,
  question?: AdvisorQuestion,
): Dialog {
  const p = STRINGS.game.preview;
  const a = STRINGS.game.advisor;
  const askable = question !== undefined && preview.blocked === null;
  const advisorOn = askable && settings().advisor;
  const wide = ctx.scene.scale.width >= PREVIEW_WIDTH + ADVISOR_COLUMN + 100;
  const side = advisorOn && wide;
  let cancel: (() => void) | null = null;
  let toggle: (() => void) | null = null;
  if (!question || preview.blocked !== null) ctx.scene.registry.set(REGISTRY.advisor, null);
  else if (!advisorOn) ctx.scene.registry.set(REGISTRY.advisor, a.off);
  const dialog = new Dialog(ctx.scene, ctx.focus, {
    ...(ctx.dialogTop ? { top: ctx.dialogTop } : {}),
    title: preview.title,
    width: side ? PREVIEW_WIDTH + ADVISOR_COLUMN + 48 + 20 : 620,
    body: (container, width) => {
      const previewWidth = side ? PREVIEW_WIDTH : width;
      const used = renderPreview(ctx.scene, container, preview, previewWidth, {
        withText: true,
        capital,
        maxHeight: PREVIEW_HEIGHT,
      });
      if (!question || !advisorOn) return used;
      if (side) {
        const at = PREVIEW_WIDTH + 20;
        const rule = ctx.scene.add.rectangle(at - 10, 0, 1, Math.max(used, 200), PANEL.stroke);
        container.add(rule.setOrigin(0));
        const { text, height } = addAdvisorSection(ctx.scene, container, at, 0, ADVISOR_COLUMN);
        cancel = askAdvisor(ctx, question, text, Math.max(used, height));
        return Math.max(used, height);
      }
      const { text, height } = addAdvisorSection(ctx.scene, container, 0, used + 8, width);
      cancel = askAdvisor(ctx, question, text, used + 8 + height);
      return used + 8 + height;
    },
    buttons: [
      {
        label: p.confirm,
        hotkey: 'Enter',
        enabled: () => preview.blocked === null,
        onClick: () => {
          // After this dialog has closed: the store's answer may open the next dialog.
          ctx.scene.time.delayedCall(0, onConfirm);
          return undefined;
        },
      },
      { label: p.cancel, hotkey: 'Esc', variant: 'secondary', onClick: () => undefined },
      ...(askable && question?.reopen
        ? [
            {
              label: advisorOn ? a.hide : a.ask,
              // F only ever asks: pressed again to ask once more, it must not hide the answer
              // and rebuild the dialog under the player. Hiding is this button, by mouse or Tab.
              ...(advisorOn ? {} : { hotkey: 'F' }),
              variant: 'quiet' as const,
              onClick: () => {
                toggle?.();
                return undefined;
              },
            },
          ]
        : []),
    ],
  });
  if (askable && question?.reopen) {
    const reopen = question.reopen;
    const depth = ctx.focus.depth();
    toggle = () => {
      updateSettings({ advisor: !settings().advisor });
      ctx.scene.time.delayedCall(0, reopen);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat || event.key.toLowerCase() !== 'f' || ctx.focus.depth() !== depth) return;
      // Already shown: the advisor has been asked, and the dialog stays as it is.
      if (advisorOn) return;
      if (ctx.focus.typing || event.ctrlKey || event.metaKey || event.altKey) return;
      dialog.close();
      toggle?.();
    };
    ctx.scene.input.keyboard?.on('keydown', onKey);
    dialog.root.once('destroy', () => ctx.scene.input.keyboard?.off('keydown', onKey));
  }
  dialog.root.once('destroy', () => cancel?.());
  return dialog;
}

/** Advisor section: heading, how its futures are played, then the forecast as it arrives. */
function addAdvisorSection(
  scene: Phaser.Scene,
  into: Phaser.GameObjects.Container,
  x: number,
  y: number,
  width: number,
): { text: Phaser.GameObjects.Text; height: number } {
  const a = STRINGS.game.advisor;
  const heading = scene.add.text(x, y, a.heading.toUpperCase(), {
    ...textStyle(11, { weight: 700, color: PANEL.heading }),
    wordWrap: { width, useAdvancedWrap: true },
  });
  const styles = scene.add.text(x, y + heading.height + 4, a.styles, {
    ...textStyle(11, { color: PALETTE.inkSoft }),
    wordWrap: { width, useAdvancedWrap: true },
  });
  const shown = a.thinking(0);
  scene.registry.set(REGISTRY.advisor, shown);
  const body = scene.add.text(x, styles.y + styles.height + 6, shown, {
    ...textStyle(12, { color: PALETTE.inkSoft }),
    wordWrap: { width, useAdvancedWrap: true },
    lineSpacing: 2,
  });
  into.add([heading, styles, body]);
  // Room for the forecast's lines once they arrive (they replace the progress line).
  const room = width < 400 ? 340 : 180;
  return { text: body, height: body.y - y + room };
}

function show(text: Phaser.GameObjects.Text, value: string): void {
  text.setText(value);
  text.scene.registry.set(REGISTRY.advisor, value);
}

/**
 * The forecast a line at a time under the progress line's place, each coloured by whether it
 * is good or bad news (a warning sign on the dangers), so the verdict reads before the figures.
 * Where the lines would run past `bottom` (the dialog's body), the spare ones (the figures a
 * verdict needs least) are left off the screen first, then the last; the whole forecast stays
 * in the test handle's copy.
 */
function showLines(
  body: Phaser.GameObjects.Text,
  lines: readonly ForecastLine[],
  bottom: number,
): void {
  const value = lines.map((l) => `${l.warn ? '⚠ ' : ''}${l.text}`).join('\n');
  body.scene.registry.set(REGISTRY.advisor, value);
  const parent = body.parentContainer;
  if (!parent) {
    body.setText(value);
    return;
  }
  const shown = lines.map((line) => {
    const color = line.tone ? TONE_COLOR[line.tone] : PALETTE.ink;
    const text = body.scene.add.text(body.x, 0, `${line.warn ? '⚠ ' : ''}${line.text}`, {
      ...textStyle(12, { color, ...(line.tone ? { weight: 700 as const } : {}) }),
      wordWrap: { width: body.style.wordWrapWidth ?? 300, useAdvancedWrap: true },
    });
    return { text, spare: line.spare };
  });
  const height = () => shown.reduce((h, s) => h + s.text.height + 3, 0);
  while (body.y + height() > bottom) {
    let drop = -1;
    shown.forEach((s, i) => {
      const least = shown[drop]?.spare ?? Number.POSITIVE_INFINITY;
      if (s.spare !== undefined && s.spare < least) drop = i;
    });
    if (drop < 0) break;
    shown[drop]?.text.destroy();
    shown.splice(drop, 1);
  }
  let y = body.y;
  for (const { text } of shown) {
    if (y + text.height > bottom) {
      text.destroy();
      continue;
    }
    parent.add(text.setY(y));
    y += text.height + 3;
  }
  body.setText('').setVisible(false);
}

function askAdvisor(
  ctx: GameContext,
  q: AdvisorQuestion,
  text: Phaser.GameObjects.Text,
  bottom: number,
): () => void {
  const a = STRINGS.game.advisor;
  const decisions = q.baseline ? [q.decision, q.baseline] : [q.decision];
  return requestForecast(ctx.cs.scenario, q.state, decisions, {
    onProgress: (done, total) => {
      if (text.active) show(text, a.thinking(Math.round((done / total) * 100)));
    },
    onResult: (results) => {
      if (!text.active) return;
      const [mine, base] = results;
      if (!mine?.ok) {
        show(text, a.failed);
        return;
      }
      const baseline: Forecast | undefined = base?.ok ? base.forecast : undefined;
      const lines = [
        standingLine(ctx.cs, q.state),
        playerWaysLine(ctx.cs, playerTendencies(ctx.cs, q.state, q.decision)),
        // A gauge sliding to its ending at the player's pace is named before the year's figures.
        ...slidingGauges(ctx.cs, ctx.store.getState().steps, mine.forecast).map(
          (slide): ForecastLine => ({ text: slide.text, warn: true, tone: 'bad' }),
        ),
        ...forecastLines(ctx.cs.scenario.powers, mine.forecast, baseline, q.baselineLabel),
      ];
      showLines(text, lines, bottom);
    },
  });
}
