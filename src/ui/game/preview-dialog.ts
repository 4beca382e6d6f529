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
import { Dialog, ScrollPane } from '../widgets';
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

/** The advisor's column beside the preview, when the screen is wide enough. */
const ADVISOR_COLUMN = 330;
const PREVIEW_WIDTH = 572;
/** The least a preview's box keeps on the shortest screen: a few lines, the rest scrolled to. */
const MIN_VIEW = 120;
/**
 * Room kept under the advisor's progress line for the forecast it is replaced by (taller where
 * the forecast wraps under a narrow preview), so the dialog stands still when the answer comes.
 */
const FORECAST_ROOM = { side: 180, below: 340 } as const;

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
 * room; on, it sits beside the preview (or under it, on a narrow screen). Nothing is cut: a
 * preview taller than the screen's room scrolls (the wheel, a finger, the arrow keys, Page Up
 * and Page Down), with "▼ More" at its foot while it continues below.
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
  const panes: ScrollPane[] = [];
  let rule: Phaser.GameObjects.Rectangle | null = null;
  /** Every box takes the same height: the preview's, or what the screen leaves. */
  const sizeBoxes = (height: number) => {
    for (const pane of panes) pane.setView(height);
    rule?.setSize(1, height);
  };
  if (!question || preview.blocked !== null) ctx.scene.registry.set(REGISTRY.advisor, null);
  else if (!advisorOn) ctx.scene.registry.set(REGISTRY.advisor, a.off);
  const dialog = new Dialog(ctx.scene, ctx.focus, {
    ...(ctx.dialogTop ? { top: ctx.dialogTop } : {}),
    title: preview.title,
    width: side ? PREVIEW_WIDTH + ADVISOR_COLUMN + 48 + 20 : 620,
    body: (container, width) => {
      const pane = new ScrollPane(ctx.scene, container, 0, 0, {
        width: side ? PREVIEW_WIDTH : width,
        view: Number.POSITIVE_INFINITY,
        more: p.more,
      });
      panes.push(pane);
      renderPreview(pane, preview, { withText: true, capital });
      let natural = pane.contentHeight;
      if (question && advisorOn) {
        let advisor: AdvisorSection;
        if (side) {
          const at = PREVIEW_WIDTH + 20;
          rule = ctx.scene.add.rectangle(at - 10, 0, 1, 200, PANEL.stroke).setOrigin(0);
          container.add(rule);
          const column = new ScrollPane(ctx.scene, container, at, 0, {
            width: ADVISOR_COLUMN,
            view: Number.POSITIVE_INFINITY,
            more: p.more,
          });
          panes.push(column);
          advisor = addAdvisorSection(column, 0);
          natural = Math.max(natural, 200, column.contentHeight + FORECAST_ROOM.side);
        } else {
          advisor = addAdvisorSection(pane, 14);
          natural = pane.contentHeight + FORECAST_ROOM.below;
        }
        cancel = askAdvisor(ctx, question, advisor);
      }
      sizeBoxes(natural);
      return natural;
    },
    fitBody: (room) => {
      const height = Math.max(MIN_VIEW, room);
      sizeBoxes(height);
      return height;
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
  // The keys scroll every box of the dialog together: the preview, and the advisor beside it.
  ctx.focus.setScroller((key) => panes.map((pane) => pane.key(key)).some(Boolean));
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

/** Where the advisor writes in a box: the paragraph its progress line, then its forecast, starts at. */
interface AdvisorSection {
  readonly pane: ScrollPane;
  readonly from: number;
}

/** Advisor section: heading, how its futures are played, then the forecast as it arrives. */
function addAdvisorSection(pane: ScrollPane, gap: number): AdvisorSection {
  const a = STRINGS.game.advisor;
  pane.addText(a.heading.toUpperCase(), textStyle(11, { weight: 700, color: PANEL.heading }), {
    gap,
  });
  pane.addText(a.styles, textStyle(11, { color: PALETTE.inkSoft }), { gap: 4 });
  const section = { pane, from: pane.paragraphCount };
  showProgress(section, a.thinking(0));
  return section;
}

/** The progress line, in place of the last one. */
function showProgress(section: AdvisorSection, value: string): void {
  section.pane.truncate(section.from);
  section.pane.addText(value, textStyle(12, { color: PALETTE.inkSoft }), { gap: 6 });
  section.pane.container.scene.registry.set(REGISTRY.advisor, value);
}

/**
 * The forecast a line at a time in the progress line's place, each coloured by whether it is
 * good or bad news (a warning sign on the dangers), so the verdict reads before the figures.
 * All of it: a forecast longer than its box scrolls, as the preview does.
 */
function showLines(section: AdvisorSection, lines: readonly ForecastLine[]): void {
  const said = lines.map((l) => `${l.warn ? '⚠ ' : ''}${l.text}`);
  section.pane.container.scene.registry.set(REGISTRY.advisor, said.join('\n'));
  section.pane.truncate(section.from);
  lines.forEach((line, i) => {
    const color = line.tone ? TONE_COLOR[line.tone] : PALETTE.ink;
    section.pane.addText(
      said[i] ?? line.text,
      textStyle(12, { color, ...(line.tone ? { weight: 700 as const } : {}) }),
      { gap: i === 0 ? 6 : 3 },
    );
  });
}

function askAdvisor(ctx: GameContext, q: AdvisorQuestion, section: AdvisorSection): () => void {
  const a = STRINGS.game.advisor;
  const decisions = q.baseline ? [q.decision, q.baseline] : [q.decision];
  const open = () => section.pane.container.active;
  return requestForecast(ctx.cs.scenario, q.state, decisions, {
    onProgress: (done, total) => {
      if (open()) showProgress(section, a.thinking(Math.round((done / total) * 100)));
    },
    onResult: (results) => {
      if (!open()) return;
      const [mine, base] = results;
      if (!mine?.ok) {
        showProgress(section, a.failed);
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
      showLines(section, lines);
    },
  });
}
