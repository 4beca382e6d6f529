import type Phaser from 'phaser';
import { formatDecimal } from '../../i18n';
import {
  type CapitalIncome,
  capitalPart,
  changeTone,
  type Mover,
  type NewsView,
  type ScoreChange,
  shortCause,
  signed,
  trendText,
  type WarningView,
} from '../../view';
import { LANDSCAPE, viewSize } from '../screen-form';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { unitTitle, unitWord } from '../turn-words';
import { Dialog, dialogBodyRoom } from '../widgets';
import { type BodyBlock, PagedBody } from '../widgets/paged-body';
import { TONE_COLOR } from './colors';
import type { GameContext } from './context';
import { drawNewsItem } from './news-item';

/** What the month changed, beside the news: every gauge that moved and why, and the warnings. */
export interface MonthSummary {
  readonly score: number;
  /** Every gauge that moved over the board's span, largest first, each with all its causes. */
  readonly movers: readonly Mover[];
  readonly warnings: readonly WarningView[];
  /** What the turn's end did to political capital, and why. */
  readonly capital?: CapitalIncome | null;
  /** How the score moved as the turn ended, part by part, with the gauges behind each part. */
  readonly change?: ScoreChange | null;
}

/** How many of the month's biggest movers come before the news; the rest follow it. */
const TOP_MOVERS = 4;

/**
 * After a month ends (or on R): the score and why it moved, the gauges that moved most with
 * every cause of each, the warnings, how the powers answered and what the new month brings,
 * then every other gauge that moved. A review longer than the screen is in pages.
 */
export function openMonthReview(
  ctx: GameContext,
  month: string,
  items: readonly NewsView[],
  onClose: () => void,
  summary?: MonthSummary,
): Dialog {
  const r = STRINGS.game.review;
  const dialog = new Dialog(ctx.scene, ctx.focus, {
    ...(ctx.dialogTop ? { top: ctx.dialogTop } : {}),
    title: r.title(month, unitTitle(ctx.cs)),
    width: 760,
    onCancel: () => ctx.scene.time.delayedCall(0, onClose),
    body: (container, width) => {
      const blocks = reviewBlocks(ctx, items, width, summary);
      const touch = viewSize(ctx.scene).width < LANDSCAPE.width;
      const paged = new PagedBody(
        ctx.scene,
        ctx.focus,
        container,
        blocks,
        width,
        dialogBodyRoom(ctx.scene, container, ctx.dialogTop ?? 0),
        touch,
      );
      return paged.height;
    },
    buttons: [
      {
        label: r.continue,
        hotkey: 'Enter',
        onClick: () => {
          ctx.scene.time.delayedCall(0, onClose);
          return undefined;
        },
      },
    ],
  });
  // Enter continues: the pages' buttons come first in the body, but the dialog's own is the aim.
  const go = dialog.buttons[0];
  if (go) ctx.focus.focus(go);
  return dialog;
}

/** Text that wraps to the body's width (or `width`), at `x`. */
function words(
  scene: Phaser.Scene,
  x: number,
  y: number,
  text: string,
  size: number,
  color: number,
  width: number,
  bold = false,
): Phaser.GameObjects.Text {
  return scene.add.text(x, y, text, {
    ...textStyle(size, { weight: bold ? 700 : 400, color }),
    wordWrap: { width, useAdvancedWrap: true },
  });
}

/** Lines stacked into one block. */
function lines(
  scene: Phaser.Scene,
  width: number,
  specs: readonly { text: string; size: number; color: number; bold?: boolean }[],
  keepWithNext = false,
): BodyBlock {
  const container = scene.add.container(0, 0);
  let y = 0;
  for (const s of specs) {
    const t = words(scene, 0, y, s.text, s.size, s.color, width, s.bold);
    container.add(t);
    y += t.height + 3;
  }
  return { container, height: Math.max(0, y - 3), keepWithNext };
}

const heading = (scene: Phaser.Scene, width: number, text: string): BodyBlock =>
  lines(
    scene,
    width,
    [{ text: text.toUpperCase(), size: 11, color: PALETTE.inkSoft, bold: true }],
    true,
  );

/** The review's content as blocks a page never splits, in reading order. */
function reviewBlocks(
  ctx: GameContext,
  items: readonly NewsView[],
  width: number,
  summary?: MonthSummary,
): BodyBlock[] {
  const { scene } = ctx;
  const r = STRINGS.game.review;
  const unit = unitWord(ctx.cs);
  const blocks: BodyBlock[] = [
    lines(scene, width, [{ text: r.introOf(unit), size: 13, color: PALETTE.inkSoft }]),
  ];
  if (summary) {
    const head: { text: string; size: number; color: number; bold?: boolean }[] = [
      {
        text: r.scoreNow(formatDecimal(summary.score)),
        size: 15,
        color: PALETTE.bambooDark,
        bold: true,
      },
    ];
    const month = summary.change?.month;
    if (month)
      head.push({
        text: STRINGS.view.scoreChange.month(
          formatDecimal(month.from),
          formatDecimal(month.to),
          signed(month.moves),
          signed(month.end),
          unit,
        ),
        size: 13,
        color: PALETTE.ink,
        bold: true,
      });
    const capital = summary.capital;
    if (capital) {
      // A lone cause that is the whole change is named without its figure again.
      const [only] = capital.causes;
      const causes =
        capital.causes.length === 1 && only && Math.abs(only.delta - capital.delta) < 0.05
          ? only.label
          : capital.causes.map((c) => capitalPart(ctx.cs, c)).join('; ');
      head.push({
        text: STRINGS.game.capitalLine(signed(capital.delta), unit, causes),
        size: 13,
        color: PALETTE.ink,
      });
    }
    blocks.push(lines(scene, width, head));
    const change = summary.change;
    if (change && change.parts.length > 0 && Math.abs(change.delta) >= 0.05) {
      // The score's move as the turn ended, every part that made it: they add up to it.
      const sc = STRINGS.view.scoreChange;
      blocks.push(
        heading(scene, width, sc.headingOf(signed(change.delta), unit)),
        lines(
          scene,
          width,
          change.parts.map((part) => ({
            text: `${part.shown >= 0 ? '▲' : '▼'} ${part.text}`,
            size: 13,
            color: TONE_COLOR[part.shown >= 0 ? 'good' : 'bad'],
          })),
        ),
      );
    }
    const movers = summary.movers;
    // Capital's own line tells the month's end; its move still comes with the others, later.
    const top = movers.filter((m) => m.key !== 'home.capital').slice(0, TOP_MOVERS);
    const rest = movers.filter((m) => !top.includes(m));
    if (top.length > 0) {
      blocks.push(heading(scene, width, STRINGS.explain.movers.top));
      blocks.push(...moverRows(ctx, top, width));
    }
    if (summary.warnings.length > 0) {
      blocks.push(
        lines(scene, width, [
          {
            text: STRINGS.view.warnings.heading.toUpperCase(),
            size: 11,
            color: TONE_COLOR.bad,
            bold: true,
          },
          ...summary.warnings.map((w) => ({
            text: `⚠ ${w.text}`,
            size: 13,
            color: TONE_COLOR.bad,
            bold: w.level === 'danger',
          })),
        ]),
      );
    }
    blocks.push(...newsBlocks(scene, items, width));
    if (rest.length > 0) {
      blocks.push(heading(scene, width, STRINGS.explain.movers.rest(unit)));
      blocks.push(...moverRows(ctx, rest, width));
    }
    return blocks;
  }
  blocks.push(...newsBlocks(scene, items, width));
  return blocks;
}

function newsBlocks(scene: Phaser.Scene, items: readonly NewsView[], width: number): BodyBlock[] {
  return items.map((item) => {
    const container = scene.add.container(0, 0);
    const height = drawNewsItem(scene, container, item, 0, 0, width, 4);
    return { container, height };
  });
}

/**
 * Movers two to a row where the dialog is wide, one on a phone: each its move and name in its
 * own tone (the arrow and sign say it without colour too), then every cause with its share.
 */
function moverRows(ctx: GameContext, movers: readonly Mover[], width: number): BodyBlock[] {
  const { scene } = ctx;
  const columns = width >= 560 ? 2 : 1;
  const cell = columns === 2 ? (width - 16) / 2 : width;
  const rows: BodyBlock[] = [];
  for (let i = 0; i < movers.length; i += columns) {
    const container = scene.add.container(0, 0);
    let height = 0;
    movers.slice(i, i + columns).forEach((m, j) => {
      const x = j * (cell + 16);
      const from = m.value - m.delta;
      let y = 0;
      const name = words(
        scene,
        x,
        y,
        `${trendText(m.delta, signed(m.delta))}  ${m.name}`,
        13,
        TONE_COLOR[changeTone(m.key, m.delta, from)],
        cell,
        true,
      );
      container.add(name);
      y += name.height + 1;
      for (const c of m.causes) {
        // The figure leads, so the shares read down a column and add up to the move above.
        const t = words(
          scene,
          x + 14,
          y,
          `${signed(c.delta)}  ${shortCause(c)}`,
          12,
          TONE_COLOR[changeTone(m.key, c.delta, from)],
          cell - 14,
        );
        container.add(t);
        y += t.height + 1;
      }
      height = Math.max(height, y);
    });
    rows.push({ container, height });
  }
  return rows;
}
