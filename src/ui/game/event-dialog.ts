import Phaser from 'phaser';
import { closedLabel, type EventCardView, type Preview } from '../../view';
import { keyHintsShown } from '../key-hints';
import { viewSize } from '../screen-form';
import { announce } from '../screens/announce';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { Button, Dialog, ScrollPane } from '../widgets';
import { PANEL, TONE_COLOR } from './colors';
import type { GameContext } from './context';
import { renderPreview } from './decision-preview';

const WIDTH = 1060;
const LEFT = 560;
const GUTTER = 28;
const MIN_BODY = 160;
const MAX_BODY = 430;
const PANE = WIDTH - 48 - LEFT - GUTTER;
/** The pane's heading, above the part that scrolls. */
const PANE_TOP = 20;
const SOURCES_SHOWN = 4;
/** Height a closed choice's reason adds under its label (two lines of the button's type). */
const CLOSED_ROOM = 50;
/** A choice's button and the gap under it. */
const CHOICE_HEIGHT = 45;
/** The dialog's margins, title and paddings around its body and choices. */
const CHROME = 150;

export interface EventDialogHandlers {
  preview(choiceId: string): Preview | null;
  /** The player picked a choice: ask for confirmation, then dispatch. */
  choose(choiceId: string): void;
  /** Escape: the dialog hides so the board can be read; the event still waits. */
  hide(): void;
  /**
   * U, or the top bar's Undo (left open to the pointer): takes back the last decision, as on
   * the board (an earlier event's answer, whose event then asks again), when it may be.
   */
  undo(): void;
}

/**
 * A waiting event: what happened, where, who reported it and where the sources disagree; its
 * choices (keys 1–4) and, beside the text, what the focused choice would do (the pointer's
 * choice takes the focus), in a pane that scrolls when the preview is longer than it.
 */
export function openEventDialog(
  ctx: GameContext,
  card: EventCardView,
  on: EventDialogHandlers,
): Dialog {
  const { scene, focus } = ctx;
  const e = STRINGS.game.event;
  let pane: ScrollPane | null = null;
  let sourcesLine: Phaser.GameObjects.Text | null = null;
  let paneHeight = MIN_BODY;
  /** The preview pane's width: what the dialog has left beside the event's text. */
  let paneWidth = PANE;

  /** What the focused choice would do, from the pane's top; its hint when none is focused. */
  const showPane = (choiceId: string | null) => {
    if (!pane) return;
    pane.clear();
    if (!drawChoicePreview(pane, choiceId))
      pane.addText(STRINGS.game.preview.hover, textStyle(13, { color: PALETTE.inkSoft }));
  };

  /** The choice's name and what it does, whole (the pane scrolls); false when there is none. */
  const drawChoicePreview = (into: ScrollPane, choiceId: string | null): boolean => {
    const preview = choiceId ? on.preview(choiceId) : null;
    if (!preview) return false;
    into.addText(preview.title, textStyle(14, { weight: 700 }));
    // The capital the player has now: the pane says whether the choice is affordable.
    const capital = ctx.store.getState().current()?.ind['home.capital'];
    renderPreview(into, preview, {
      withText: true,
      ...(capital === undefined ? {} : { capital }),
    });
    return true;
  };

  /** The tallest choice's preview, so the pane need not scroll where the screen has room. */
  const longestPreview = () => {
    let most = 0;
    for (const choice of card.choices) {
      const probe = new ScrollPane(scene, null, -4000, -4000, {
        width: paneWidth,
        view: Number.POSITIVE_INFINITY,
        more: STRINGS.game.preview.more,
      });
      drawChoicePreview(probe, choice.id);
      most = Math.max(most, probe.contentHeight);
      probe.container.destroy(true);
    }
    return most + PANE_TOP;
  };

  const dialog = new Dialog(scene, focus, {
    title: card.title,
    width: WIDTH,
    stackButtons: true,
    ...(ctx.dialogTop ? { top: ctx.dialogTop, topOpen: ctx.undoBounds?.() ?? null } : {}),
    onCancel: () => on.hide(),
    body: (container, width) => {
      // A phone's dialog has no room beside the text: a tapped choice opens its own preview.
      const narrow = width < LEFT + GUTTER + 240;
      const textWidth = narrow ? width : LEFT;
      paneWidth = Math.min(PANE, width - LEFT - GUTTER);
      let y = 0;
      const add = (
        text: string,
        size: number,
        opts: { bold?: boolean; color?: number; gap?: number } = {},
      ) => {
        const t = scene.add.text(0, y, text, {
          ...textStyle(size, { weight: opts.bold ? 700 : 400, color: opts.color ?? PALETTE.ink }),
          wordWrap: { width: textWidth, useAdvancedWrap: true },
          lineSpacing: 3,
        });
        container.add(t);
        y += t.height + (opts.gap ?? 8);
        return t;
      };
      const when = [card.date, card.place].filter((s): s is string => s !== null);
      if (when.length > 0)
        add(when.join(' · '), 13, { bold: true, color: PALETTE.inkSoft, gap: 6 });
      if (card.whatIf) add(e.whatIf, 13, { bold: true, color: PALETTE.disputed, gap: 6 });
      add(card.text, 15, { gap: 10 });
      if (card.redLines)
        add(`⚠ ${card.redLines}`, 13, { bold: true, color: TONE_COLOR.bad, gap: 10 });
      if (card.sources.length > 0) {
        const shown = card.sources.slice(0, SOURCES_SHOWN).join('; ');
        const more =
          card.sources.length > SOURCES_SHOWN
            ? e.moreSources(card.sources.length - SOURCES_SHOWN)
            : '';
        sourcesLine = add(`${e.sources}${shown}${more}.`, 12, { color: PALETTE.inkSoft });
      }
      for (const dispute of card.disputes) {
        add(`◆ ${e.disagree}${dispute.question}`, 13, {
          bold: true,
          color: PALETTE.disputed,
          gap: 4,
        });
      }
      if (card.disputes.length > 0) {
        y += 4;
        const views = new Button(
          scene,
          0,
          y,
          e.views,
          () => openViews(ctx, card),
          {
            variant: 'secondary',
            hotkey: 'V',
            fontSize: 13,
            height: 30,
          },
          focus,
        );
        container.add(views.container);
        y += views.height + 8;
      }
      if (keyHintsShown())
        add(e.hint(card.choices.length, ctx.store.getState().canUndo()), 12, {
          color: PALETTE.inkSoft,
          gap: 0,
        });
      if (narrow) return y;
      // A closed choice's button carries its reason on more lines: the pane gives up that room
      // (its previews scroll within what is left).
      const closed = card.choices.filter((c) => on.preview(c.id)?.blocked).length;
      // The whole dialog fits under the top bar: the pane takes what the title and the
      // choices leave, and a longer preview scrolls in it.
      const room =
        viewSize(scene).height -
        (ctx.dialogTop ?? 0) -
        CHROME -
        card.choices.length * CHOICE_HEIGHT -
        closed * CLOSED_ROOM;
      const most = Math.max(MIN_BODY, Math.min(MAX_BODY - closed * CLOSED_ROOM, room));
      paneHeight = Math.min(most, Math.max(MIN_BODY, y, longestPreview()));
      const divider = scene.add
        .rectangle(LEFT + GUTTER / 2, 0, 1, paneHeight, PANEL.stroke)
        .setOrigin(0.5, 0);
      const heading = scene.add.text(
        LEFT + GUTTER,
        0,
        STRINGS.game.preview.heading.toUpperCase(),
        textStyle(11, { weight: 700, color: PANEL.heading }),
      );
      container.add([divider, heading]);
      pane = new ScrollPane(scene, container, LEFT + GUTTER, PANE_TOP, {
        width: paneWidth,
        view: paneHeight - PANE_TOP,
        more: STRINGS.game.preview.more,
      });
      showPane(null);
      // The text column never slides under the choices: when it is taller than the room the
      // screen leaves, the dialog grows past it and scrolls (a long event with closed choices).
      return Math.max(paneHeight, y);
    },
    buttons: card.choices.map((choice, i) => ({
      // A closed choice says on its face what closed it: a greyed line alone explains nothing,
      // and a phone has no hover to show the preview's reason.
      label: closedLabel(choice.label, on.preview(choice.id)?.blocked ?? null),
      hotkey: String(i + 1),
      variant: 'secondary' as const,
      enabled: () => on.preview(choice.id)?.blocked === null,
      // The pointer takes the focus with it: the ring, the pane and the mouse name one choice.
      focusOnHover: true,
      onFocusChange: (focused: boolean) => {
        if (focused) showPane(choice.id);
      },
      onClick: () => {
        on.choose(choice.id);
        return false;
      },
    })),
  });

  const first = dialog.buttons.find((b) => b.enabled());
  if (first) focus.focus(first);
  const keys: Record<string, () => void> = {};
  dialog.buttons.forEach((button, i) => {
    keys[String(i + 1)] = () => {
      if (!button.enabled()) showPane(card.choices[i]?.id ?? null);
      focus.focus(button);
      button.activate();
    };
  });
  keys.u = () => on.undo();
  // With one account of the event, V says so rather than doing nothing.
  keys.v =
    card.disputes.length > 0
      ? () => openViews(ctx, card)
      : () => {
          const near = sourcesLine?.active ? sourcesLine.getBounds() : dialog.buttons[0]?.bounds();
          if (near) ctx.tooltip.show([{ text: e.oneAccount }], near);
          announce(e.oneAccount);
        };
  dialog.root.once(Phaser.GameObjects.Events.DESTROY, () => ctx.tooltip.hide());
  const unbind = focus.bindKeys(keys);
  // Page Up and Page Down scroll the pane; the arrows stay with the choices.
  focus.setScroller((key) => key !== 'ArrowUp' && key !== 'ArrowDown' && (pane?.key(key) ?? false));
  dialog.root.once(Phaser.GameObjects.Events.DESTROY, unbind);
  return dialog;
}

/** The disputed questions with every view and who holds it. */
function openViews(ctx: GameContext, card: EventCardView): void {
  const e = STRINGS.game.event;
  new Dialog(ctx.scene, ctx.focus, {
    title: e.viewsTitle,
    width: 900,
    body: (container, width) => {
      let y = 0;
      const add = (
        text: string,
        size: number,
        bold: boolean,
        color: number,
        indent: number,
        gap: number,
      ) => {
        const t = ctx.scene.add.text(indent, y, text, {
          ...textStyle(size, { weight: bold ? 700 : 400, color }),
          wordWrap: { width: width - indent, useAdvancedWrap: true },
        });
        container.add(t);
        y += t.height + gap;
      };
      for (const dispute of card.disputes) {
        add(`◆ ${dispute.question}`, 15, true, PALETTE.disputed, 0, 6);
        for (const view of dispute.views) {
          add(`• ${view.view} ${e.heldBy(view.heldBy)}`, 13, false, PALETTE.ink, 14, 5);
        }
        y += 8;
      }
      return y;
    },
    buttons: [{ label: e.close, hotkey: 'Esc', variant: 'secondary', onClick: () => undefined }],
  });
}
