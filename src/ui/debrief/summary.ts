import type Phaser from 'phaser';
import type { Ending, ScoreBreakdown, TierId } from '../../engine';
import { formatDecimal } from '../../i18n';
import { endTiers, outcomeLabel, type PowerTable, SCORE_PARTS } from '../../view';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';

const D = STRINGS.debrief;

export interface SummaryData {
  readonly you: { readonly ending: Ending | null; readonly score: ScoreBreakdown };
  readonly history: {
    readonly ending: Ending | null;
    readonly score: ScoreBreakdown | null;
  } | null;
  readonly endedAt: string | null;
  readonly tiers: Readonly<Record<string, TierId>>;
  /** The scenario's powers, in its order: their names and the tiers listed. */
  readonly powers: PowerTable;
}

const CARD_MIN_HEIGHT = 170;
const CARD_PAD = 16;
const NAME_SIZE = 24;
/** A long outcome name shrinks to fit one line down to this size, then wraps. */
const NAME_MIN_SIZE = 19;

interface Card {
  readonly parts: Phaser.GameObjects.GameObject[];
  /** Height its text needs, so both cards can be framed to the taller one. */
  readonly height: number;
  frame(height: number): void;
}

/** The outcome's name on one line if it fits at a readable size, else wrapped. */
function outcomeName(
  scene: Phaser.Scene,
  x: number,
  y: number,
  text: string,
  width: number,
  collapse: boolean,
): Phaser.GameObjects.Text {
  // A collapse is a loss: drawn in the warning red, never the green of a year held together.
  const color = collapse ? PALETTE.marker : PALETTE.bambooDark;
  const name = scene.add.text(x, y, text, textStyle(NAME_SIZE, { weight: 700, color }));
  for (let size = NAME_SIZE - 1; name.width > width && size >= NAME_MIN_SIZE; size--) {
    name.setFontSize(size);
  }
  if (name.width > width) name.setWordWrapWidth(width, true);
  return name;
}

function card(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  heading: string,
  ending: Ending | null,
  total: number | null,
  note: string,
  filled: boolean,
  powers: PowerTable,
): Card {
  // Drawn first so it stays behind the text; framed once both cards are measured.
  const g = scene.add.graphics();
  const outcome = ending ? outcomeLabel(powers, ending.outcome) : null;
  const scoreW = 150;
  const textW = width - scoreW - 40;
  const h = scene.add.text(
    x + 20,
    y + 14,
    heading,
    textStyle(15, { weight: 700, color: PALETTE.inkSoft }),
  );
  const name = outcomeName(
    scene,
    x + 20,
    y + 38,
    outcome?.name ?? D.unfinished,
    textW,
    ending?.collapse ?? false,
  );
  const help = scene.add.text(x + 20, name.y + name.height + 6, outcome?.help ?? D.unfinishedHelp, {
    ...textStyle(14),
    wordWrap: { width: textW, useAdvancedWrap: true },
  });
  const foot = scene.add.text(x + 20, help.y + help.height + 8, note, {
    ...textStyle(13, { color: PALETTE.inkSoft }),
    wordWrap: { width: textW, useAdvancedWrap: true },
  });
  const scoreX = x + width - 20;
  const label = scene.add
    .text(scoreX, y + 16, D.score, textStyle(14, { weight: 700, color: PALETTE.inkSoft }))
    .setOrigin(1, 0);
  const value = scene.add
    .text(
      scoreX,
      y + 40,
      total === null ? '—' : formatDecimal(total),
      textStyle(48, { weight: 700 }),
    )
    .setOrigin(1, 0);
  const outOf = scene.add
    .text(scoreX, value.y + value.height, D.outOf, textStyle(14, { color: PALETTE.inkSoft }))
    .setOrigin(1, 0);
  const bottom = Math.max(foot.y + foot.height, outOf.y + outOf.height);
  return {
    parts: [g, h, name, help, foot, label, value, outOf],
    height: Math.max(CARD_MIN_HEIGHT, Math.ceil(bottom - y + CARD_PAD)),
    frame: (height) => {
      g.fillStyle(filled ? PALETTE.paperDeep : PALETTE.paper).fillRoundedRect(
        x,
        y,
        width,
        height,
        8,
      );
      g.lineStyle(2, filled ? PALETTE.bambooDark : PALETTE.disputed);
      g.strokeRoundedRect(x, y, width, height, 8);
    },
  };
}

/**
 * The verdict: the named outcome and score of the player's year beside the
 * historical path's, then each part of the score as paired bars (filled for
 * you, outlined for history, so they differ in shape as well as colour).
 */
export function drawSummary(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  data: SummaryData,
): Phaser.GameObjects.Container {
  const parts: Phaser.GameObjects.GameObject[] = [];
  // A phone: the two cards one above the other, each part's label above its two bars.
  const narrow = width < 600;
  const cardW = narrow ? width : (width - 24) / 2;
  const cards = [
    card(
      scene,
      x,
      y,
      cardW,
      D.you,
      data.you.ending,
      data.you.score.total,
      data.endedAt ? D.endedAt(data.endedAt) : D.unfinishedHelp,
      true,
      data.powers,
    ),
    card(
      scene,
      narrow ? x : x + cardW + 24,
      y,
      cardW,
      D.history,
      data.history?.ending ?? null,
      data.history?.score?.total ?? null,
      data.history ? D.historyHelp : D.historyMissing,
      false,
      data.powers,
    ),
  ];
  let cardH = Math.max(...cards.map((c) => c.height));
  const [mine, theirs] = cards as [Card, Card];
  if (narrow) {
    mine.frame(mine.height);
    theirs.frame(theirs.height);
    // The history's card goes below: each of its parts is moved down by the first's height.
    for (const p of theirs.parts) (p as unknown as { y: number }).y += mine.height + 12;
    cardH = mine.height + 12 + theirs.height;
  } else for (const c of cards) c.frame(cardH);
  for (const c of cards) parts.push(...c.parts);

  const g = scene.add.graphics();
  parts.push(g);
  const labelW = narrow ? 0 : 280;
  const barW = (width - labelW - 2 * 70) / 2;
  const colYou = x + labelW;
  const colHist = colYou + barW + 70;
  let row = y + cardH + 26;
  parts.push(
    scene.add.text(colYou, row, D.you, textStyle(14, { weight: 700 })),
    scene.add.text(colHist, row, D.history, textStyle(14, { weight: 700 })),
  );
  row += 26;
  const bar = (bx: number, value: number | null, filled: boolean) => {
    g.fillStyle(0xffffff, 0.7).fillRect(bx, row + 4, barW, 16);
    if (value !== null) {
      const w = (Math.max(0, Math.min(100, value)) / 100) * barW;
      if (filled) g.fillStyle(PALETTE.bambooDark).fillRect(bx, row + 4, w, 16);
      else {
        g.fillStyle(PALETTE.paperDeep).fillRect(bx, row + 4, w, 16);
        g.lineStyle(2, PALETTE.disputed).strokeRect(bx + 1, row + 5, w - 2, 14);
      }
    }
    g.lineStyle(1, PALETTE.border).strokeRect(bx, row + 4, barW, 16);
    parts.push(
      scene.add
        .text(
          bx + barW + 8,
          row + 12,
          value === null ? '—' : formatDecimal(value),
          textStyle(14, { weight: 700 }),
        )
        .setOrigin(0, 0.5),
    );
  };
  for (const key of SCORE_PARTS) {
    const label = scene.add.text(x, row + 2, D.scoreParts[key] ?? key, {
      ...textStyle(15),
      wordWrap: { width, useAdvancedWrap: true },
    });
    parts.push(label);
    if (narrow) row += label.height + 2;
    bar(colYou, data.you.score[key], true);
    bar(colHist, data.history?.score?.[key] ?? null, false);
    row += 30;
  }
  const penalty = (s: ScoreBreakdown | null | undefined) =>
    s ? (s.collapsePenalty > 0 ? `−${s.collapsePenalty}` : '0') : '—';
  if (narrow) {
    parts.push(scene.add.text(x, row + 2, D.collapsePenalty, textStyle(15)));
    row += 24;
  }
  parts.push(
    ...(narrow ? [] : [scene.add.text(x, row + 2, D.collapsePenalty, textStyle(15))]),
    scene.add.text(colYou, row + 2, penalty(data.you.score), textStyle(15, { weight: 700 })),
    scene.add.text(colHist, row + 2, penalty(data.history?.score), textStyle(15, { weight: 700 })),
  );
  row += 40;
  const tiers = endTiers(data.powers, data.tiers, data.you.ending).join('   ·   ');
  parts.push(
    scene.add.text(x, row, D.tiers, textStyle(15, { weight: 700 })),
    scene.add.text(x, row + 24, tiers, {
      ...textStyle(14),
      wordWrap: { width, useAdvancedWrap: true },
    }),
  );
  return scene.add.container(0, 0, parts);
}
