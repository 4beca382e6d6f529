import type Phaser from 'phaser';
import { formatDecimal } from '../../i18n';
import {
  type CapitalIncome,
  capitalPart,
  changeTone,
  type GaugeView,
  type NewsView,
  type ScoreChange,
  shortCause,
  signed,
  trendText,
  type WarningView,
} from '../../view';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { unitTitle, unitWord } from '../turn-words';
import { Dialog } from '../widgets';
import { TONE_COLOR } from './colors';
import type { GameContext } from './context';
import { drawNewsItem } from './news-item';

const MAX_HEIGHT = 480;

/** What the month changed, beside the news: the gauges that moved most and the warnings. */
export interface MonthSummary {
  readonly score: number;
  readonly gauges: readonly GaugeView[];
  readonly warnings: readonly WarningView[];
  /** What the turn's end did to political capital, and why. */
  readonly capital?: CapitalIncome | null;
  /** How the score moved as the turn ended, part by part, with the gauges behind each part. */
  readonly change?: ScoreChange | null;
}

/** How many of the month's biggest movers the review names. */
const MOVERS = 4;

/**
 * After a month ends: the score and the gauges that moved most, the warnings, then how the
 * powers answered and what the new month brings.
 */
export function openMonthReview(
  ctx: GameContext,
  month: string,
  items: readonly NewsView[],
  onClose: () => void,
  summary?: MonthSummary,
): Dialog {
  const r = STRINGS.game.review;
  return new Dialog(ctx.scene, ctx.focus, {
    ...(ctx.dialogTop ? { top: ctx.dialogTop } : {}),
    title: r.title(month, unitTitle(ctx.cs)),
    width: 760,
    onCancel: () => ctx.scene.time.delayedCall(0, onClose),
    body: (container, width) => {
      const intro = ctx.scene.add.text(0, 0, r.introOf(unitWord(ctx.cs)), {
        ...textStyle(13, { color: PALETTE.inkSoft }),
        wordWrap: { width, useAdvancedWrap: true },
      });
      container.add(intro);
      let y = intro.height + 10;
      if (summary) y = drawSummary(ctx, container, summary, y, width) + 6;
      for (const item of items) {
        const row = ctx.scene.add.container(0, y);
        const h = drawNewsItem(ctx.scene, row, item, 0, 0, width, 4);
        if (y + h > MAX_HEIGHT) {
          row.destroy(true);
          break;
        }
        container.add(row);
        y += h + 10;
      }
      return y;
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
}

function drawSummary(
  ctx: GameContext,
  container: Phaser.GameObjects.Container,
  summary: MonthSummary,
  top: number,
  width: number,
): number {
  const r = STRINGS.game.review;
  const { scene } = ctx;
  let y = top;
  const line = (text: string, size: number, color: number, bold = false) => {
    const t = scene.add.text(0, y, text, {
      ...textStyle(size, { weight: bold ? 700 : 400, color }),
      wordWrap: { width, useAdvancedWrap: true },
    });
    container.add(t);
    y += t.height + 3;
  };
  line(r.scoreNow(formatDecimal(summary.score)), 15, PALETTE.bambooDark, true);
  const month = summary.change?.month;
  if (month) {
    line(
      STRINGS.view.scoreChange.month(
        formatDecimal(month.from),
        formatDecimal(month.to),
        signed(month.moves),
        signed(month.end),
        unitWord(ctx.cs),
      ),
      13,
      PALETTE.ink,
      true,
    );
  }
  const capital = summary.capital;
  if (capital) {
    // A lone cause that is the whole change is named without its figure again.
    const [only] = capital.causes;
    const causes =
      capital.causes.length === 1 && only && Math.abs(only.delta - capital.delta) < 0.05
        ? only.label
        : capital.causes.map((c) => capitalPart(ctx.cs, c)).join('; ');
    line(
      STRINGS.game.capitalLine(signed(capital.delta), unitWord(ctx.cs), causes),
      13,
      PALETTE.ink,
    );
  }
  const change = summary.change;
  if (change && change.parts.length > 0 && Math.abs(change.delta) >= 0.05) {
    // The score's move as the turn ended, explained: which parts moved it, and by which gauges.
    const sc = STRINGS.view.scoreChange;
    line(
      sc.headingOf(signed(change.delta), unitWord(ctx.cs)).toUpperCase(),
      11,
      PALETTE.inkSoft,
      true,
    );
    for (const part of change.parts.slice(0, 3)) {
      line(
        `${part.delta >= 0 ? '▲' : '▼'} ${part.text}`,
        13,
        TONE_COLOR[part.delta >= 0 ? 'good' : 'bad'],
      );
    }
    y += 3;
  }
  const movers = [...summary.gauges]
    .filter((g) => Math.abs(g.trend) >= 0.5 && g.key !== 'home.capital')
    .sort((a, b) => Math.abs(b.trend) - Math.abs(a.trend))
    .slice(0, MOVERS);
  if (movers.length > 0) {
    line(r.moved.toUpperCase(), 11, PALETTE.inkSoft, true);
    // Two movers to a row where the dialog is wide, one on a phone; each in its own tone: the
    // arrow and sign say it without colour too. Names wrap rather than being cut.
    const columns = width >= 560 ? 2 : 1;
    const cell = columns === 2 ? (width - 12) / 2 : width;
    let rowHeight = 0;
    movers.forEach((g, i) => {
      const x = i % columns === 0 ? 0 : cell + 12;
      // Each with its main cause, as its tooltip gives it.
      const why = g.cause ? r.movedWhy(shortCause(g.cause), signed(g.cause.delta)) : '';
      const t = scene.add.text(x, y, `${trendText(g.trend, signed(g.trend))}  ${g.name}${why}`, {
        ...textStyle(13, {
          weight: 700,
          color: TONE_COLOR[changeTone(g.key, g.trend, g.value - g.trend)],
        }),
        wordWrap: { width: cell, useAdvancedWrap: true },
      });
      container.add(t);
      rowHeight = Math.max(rowHeight, t.height);
      if (i % columns === columns - 1 || i === movers.length - 1) {
        y += rowHeight + 3;
        rowHeight = 0;
      }
    });
  }
  if (summary.warnings.length > 0) {
    y += 4;
    line(STRINGS.view.warnings.heading.toUpperCase(), 11, TONE_COLOR.bad, true);
    for (const w of summary.warnings) line(`⚠ ${w.text}`, 13, TONE_COLOR.bad, w.level === 'danger');
  }
  return y;
}
