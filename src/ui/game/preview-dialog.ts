import type Phaser from 'phaser';
import type { CompiledScenario, GameAction, GameState } from '../../engine';
import type { Forecast } from '../../engine/advisor';
import { forecastLines, type Preview } from '../../view';
import { requestForecast } from '../advisor/advisor-client';
import { REGISTRY } from '../scenes/keys';
import { settings } from '../settings';
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
}

const ADVISOR_HEIGHT = 140;

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

/** Before any decision is committed: what it will do, then Confirm (Enter) or Cancel (Esc). */
export function openPreviewDialog(
  ctx: GameContext,
  preview: Preview,
  capital: number,
  onConfirm: () => void,
  question?: AdvisorQuestion,
): Dialog {
  const p = STRINGS.game.preview;
  const advisorOn = question !== undefined && preview.blocked === null && settings().advisor;
  let cancel: (() => void) | null = null;
  const dialog = new Dialog(ctx.scene, ctx.focus, {
    title: preview.title,
    width: 620,
    body: (container, width) => {
      const used = renderPreview(ctx.scene, container, preview, width, {
        withText: true,
        capital,
        maxHeight: question ? 470 - ADVISOR_HEIGHT : 470,
      });
      if (!question) return used;
      const text = addAdvisorSection(ctx.scene, container, used + 8, width, advisorOn);
      if (advisorOn) cancel = askAdvisor(ctx, question, text);
      return used + 8 + ADVISOR_HEIGHT;
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
    ],
  });
  dialog.root.once('destroy', () => cancel?.());
  return dialog;
}

function addAdvisorSection(
  scene: Phaser.Scene,
  into: Phaser.GameObjects.Container,
  y: number,
  width: number,
  on: boolean,
): Phaser.GameObjects.Text {
  const a = STRINGS.game.advisor;
  into.add(
    scene.add.text(
      0,
      y,
      a.heading.toUpperCase(),
      textStyle(11, { weight: 700, color: PANEL.heading }),
    ),
  );
  const shown = on ? a.thinking(0) : a.off;
  scene.registry.set(REGISTRY.advisor, shown);
  const body = scene.add.text(0, y + 18, shown, {
    ...textStyle(12, { color: PALETTE.inkSoft }),
    wordWrap: { width, useAdvancedWrap: true },
    lineSpacing: 2,
  });
  into.add(body);
  return body;
}

function show(text: Phaser.GameObjects.Text, value: string): void {
  text.setText(value);
  text.scene.registry.set(REGISTRY.advisor, value);
}

function askAdvisor(
  ctx: GameContext,
  q: AdvisorQuestion,
  text: Phaser.GameObjects.Text,
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
      const lines = forecastLines(ctx.cs.scenario.powers, mine.forecast, baseline, q.baselineLabel);
      show(text, lines.map((l) => `${l.warn ? '⚠ ' : ''}${l.text}`).join('\n'));
      text.setColor(
        lines.some((l) => l.warn)
          ? `#${TONE_COLOR.bad.toString(16).padStart(6, '0')}`
          : `#${PALETTE.ink.toString(16).padStart(6, '0')}`,
      );
    },
  });
}
