import type Phaser from 'phaser';
import type { ClassTable, ClassTableRow } from '../../view/class-table';
import { INVALID_LABELS } from '../../view/class-table';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { Button, type FocusManager } from '../widgets';

const S = STRINGS.classroom.results;
const TABLE_ROW_H = 46;
/** A phone's row: the name, then the outcome, then the class, one under the other. */
const NARROW_ROW_H = 68;
/** A phone row's Open button. */
const OPEN_W = 64;
/** Below this width the table is a phone's: three lines a row, no decisions column. */
const NARROW_BELOW = 600;
/** Column left edges, relative to the table; the last column runs to the right edge. */
const COLS = [0, 36, 280, 356, 580] as const;

export interface TableArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Laid out for a finger (a tablet): Open buttons as tall as a row, 44 pixels. */
  readonly touch?: boolean;
}

/** Rows a page holds below the header line. */
export function rowsPerPage(area: TableArea): number {
  return Math.max(1, Math.floor((area.height - 30) / rowHeight(area)));
}

function rowHeight(area: TableArea): number {
  return area.width < NARROW_BELOW ? NARROW_ROW_H : TABLE_ROW_H;
}

/**
 * The ranking, one page per container: names and decisions are Text, so a
 * name like `<img src=x onerror=…>` is drawn as the characters it is. Each
 * row's Open button (reachable only on the visible page) shows it in the viewer.
 */
export function tablePages(
  scene: Phaser.Scene,
  focus: FocusManager,
  area: TableArea,
  table: ClassTable,
  open: (row: ClassTableRow) => void,
  visible: (page: number) => boolean,
): Phaser.GameObjects.Container[] {
  const per = rowsPerPage(area);
  const narrow = area.width < NARROW_BELOW;
  const rowH = rowHeight(area);
  const pages: Phaser.GameObjects.Container[] = [];
  for (let p = 0; p * per < table.rows.length; p++) {
    const page = scene.add.container(area.x, area.y);
    const g = scene.add.graphics();
    page.add(g);
    if (narrow) {
      narrowRows(scene, focus, page, g, area, table.rows.slice(p * per, (p + 1) * per), open, () =>
        visible(p),
      );
      pages.push(page);
      continue;
    }
    S.columns.forEach((label, i) => {
      page.add(
        scene.add.text(
          COLS[i] ?? 0,
          0,
          label,
          textStyle(14, { weight: 700, color: PALETTE.inkSoft }),
        ),
      );
    });
    g.lineStyle(1.5, PALETTE.ink).lineBetween(0, 24, area.width, 24);
    table.rows.slice(p * per, (p + 1) * per).forEach((row, i) => {
      const top = 30 + i * rowH;
      if (i % 2 === 0) g.fillStyle(0xfbf7ec, 1).fillRect(-6, top - 3, area.width + 12, rowH);
      page.add(scene.add.text(COLS[0], top, String(row.rank), textStyle(15, { weight: 700 })));
      const name = scene.add.text(COLS[1], top, row.name, {
        ...textStyle(15, { weight: 700 }),
        wordWrap: { width: COLS[2] - COLS[1] - 12, useAdvancedWrap: true },
        maxLines: row.duplicate ? 1 : 2,
      });
      page.add(name);
      if (row.duplicate) {
        page.add(
          scene.add.text(COLS[1], top + 21, `⚑ ${S.duplicate}`, {
            ...textStyle(12, { weight: 700, color: PALETTE.marker }),
          }),
        );
      }
      page.add(scene.add.text(COLS[2], top, row.scoreText, textStyle(16, { weight: 700 })));
      page.add(
        scene.add.text(COLS[3], top, row.outcome, {
          ...textStyle(14),
          wordWrap: { width: COLS[4] - COLS[3] - 12, useAdvancedWrap: true },
          maxLines: 1,
        }),
      );
      page.add(
        scene.add.text(COLS[3], top + 20, row.progress, textStyle(12, { color: PALETTE.inkSoft })),
      );
      const openW = 64;
      page.add(
        scene.add.text(COLS[4], top, row.keyDecisions, {
          ...textStyle(12),
          wordWrap: { width: area.width - COLS[4] - openW - 12, useAdvancedWrap: true },
          maxLines: 1,
        }),
      );
      // Which class the game belongs to, always: a file from another seed must show it.
      page.add(
        scene.add.text(
          COLS[4],
          top + 20,
          `${S.scope(row.scenario, row.seed)}${row.beyondBots ? `  ⚑ ${row.beyondBots}` : ''}`,
          {
            ...textStyle(12, {
              color: row.beyondBots ? PALETTE.marker : PALETTE.inkSoft,
              weight: row.beyondBots ? 700 : 400,
            }),
            wordWrap: { width: area.width - COLS[4] - openW - 12, useAdvancedWrap: true },
            maxLines: 1,
          },
        ),
      );
      const button = new Button(
        scene,
        area.width - openW,
        area.touch ? top - 3 : top,
        S.open,
        () => open(row),
        {
          variant: 'quiet',
          width: openW,
          height: area.touch ? TABLE_ROW_H - 2 : 30,
          fontSize: 12,
          enabled: () => visible(p),
        },
        focus,
      );
      page.add(button.container);
    });
    pages.push(page);
  }
  return pages;
}

/**
 * A phone's rows: rank, name and score on the first line, the outcome and how far the game got
 * on the second, the class it belongs to on the third; Open at the right, as tall as a finger.
 */
function narrowRows(
  scene: Phaser.Scene,
  focus: FocusManager,
  page: Phaser.GameObjects.Container,
  g: Phaser.GameObjects.Graphics,
  area: TableArea,
  rows: readonly ClassTableRow[],
  open: (row: ClassTableRow) => void,
  visible: () => boolean,
): void {
  const scoreRight = area.width - OPEN_W - 10;
  const nameX = 30;
  const head = (x: number, label: string, right = false) =>
    page.add(
      scene.add
        .text(x, 0, label, textStyle(14, { weight: 700, color: PALETTE.inkSoft }))
        .setOrigin(right ? 1 : 0, 0),
    );
  head(0, S.columns[0] ?? '#');
  head(nameX, S.columns[1] ?? '');
  head(scoreRight, S.columns[2] ?? '', true);
  g.lineStyle(1.5, PALETTE.ink).lineBetween(0, 24, area.width, 24);
  let top = 30;
  rows.forEach((row, i) => {
    const score = scene.add
      .text(scoreRight, top, row.scoreText, textStyle(16, { weight: 700 }))
      .setOrigin(1, 0);
    const lineW = scoreRight - nameX;
    // A long name or outcome takes a second line rather than losing its end.
    const name = scene.add.text(
      nameX,
      top,
      `${row.name}${row.duplicate ? `  ⚑ ${S.duplicate}` : ''}`,
      {
        ...textStyle(15, { weight: 700 }),
        wordWrap: { width: lineW - score.width - 8, useAdvancedWrap: true },
        maxLines: 2,
      },
    );
    const outcome = scene.add.text(
      nameX,
      name.y + name.height + 1,
      `${row.outcome} · ${row.progress}`,
      {
        ...textStyle(12),
        wordWrap: { width: area.width - nameX - OPEN_W - 6, useAdvancedWrap: true },
        maxLines: 2,
      },
    );
    // Which class the game belongs to, always: a file from another seed must show it.
    const scope = scene.add.text(
      nameX,
      outcome.y + outcome.height + 2,
      `${S.scope(row.scenario, row.seed)}${row.beyondBots ? `  ⚑ ${row.beyondBots}` : ''}`,
      {
        ...textStyle(12, {
          color: row.beyondBots ? PALETTE.marker : PALETTE.inkSoft,
          weight: row.beyondBots ? 700 : 400,
        }),
        wordWrap: { width: area.width - nameX - OPEN_W - 6, useAdvancedWrap: true },
        maxLines: 2,
      },
    );
    const rowH = Math.max(NARROW_ROW_H, scope.y + scope.height + 8 - top);
    if (i % 2 === 0) g.fillStyle(0xfbf7ec, 1).fillRect(-4, top - 3, area.width + 8, rowH);
    page.add([
      scene.add.text(0, top, String(row.rank), textStyle(15, { weight: 700 })),
      score,
      name,
      outcome,
      scope,
    ]);
    const button = new Button(
      scene,
      area.width - OPEN_W,
      top + (rowH - 44) / 2 - 3,
      S.open,
      () => open(row),
      { variant: 'quiet', width: OPEN_W, height: 44, fontSize: 13, enabled: visible },
      focus,
    );
    page.add(button.container);
    top += rowH;
  });
}

/**
 * Everything not ranked, each with its reason: games held back (copies,
 * files that lie about their ending, bots' games), unfinished games with how
 * far they got, refused files; then the names handed in twice. Paged like the table.
 */
export function refusedPages(
  scene: Phaser.Scene,
  area: TableArea,
  table: ClassTable,
): Phaser.GameObjects.Container[] {
  const pages: Phaser.GameObjects.Container[] = [];
  let page = scene.add.container(area.x, area.y);
  pages.push(page);
  let y = 0;
  const place = (objects: Phaser.GameObjects.Text[], height: number) => {
    if (y > 0 && y + height > area.height) {
      page = scene.add.container(area.x, area.y);
      pages.push(page);
      const dy = -y;
      for (const o of objects) o.setY(o.y + dy);
      y = 0;
    }
    page.add(objects);
    y += height + 10;
  };
  const heading = (text: string, gap = 0) => {
    const t = scene.add.text(0, y + gap, text, {
      ...textStyle(16, { weight: 700, color: PALETTE.bambooDark }),
    });
    place([t], t.height + gap);
  };
  const entry = (name: string, file: string, label: string, detail: string) => {
    const a = scene.add.text(0, y, name === file ? file : `${name} · ${file}`, {
      ...textStyle(14, { weight: 700 }),
      wordWrap: { width: area.width, useAdvancedWrap: true },
      maxLines: 1,
    });
    const b = scene.add.text(0, y + a.height + 1, label, {
      ...textStyle(13, { weight: 700, color: PALETTE.marker }),
      wordWrap: { width: area.width, useAdvancedWrap: true },
      maxLines: 1,
    });
    const c = scene.add.text(0, b.y + b.height + 1, detail, {
      ...textStyle(13, { color: PALETTE.inkSoft }),
      wordWrap: { width: area.width, useAdvancedWrap: true },
      maxLines: 2,
    });
    place([a, b, c], c.y + c.height - y);
  };
  if (table.flagged.length > 0) {
    heading(S.heldHeading(table.flagged.length));
    for (const h of table.flagged) entry(h.name, h.file, `⚑ ${h.label}`, h.detail);
  }
  if (table.unfinished.length > 0) {
    heading(S.unfinishedHeading(table.unfinished.length), y > 0 ? 8 : 0);
    for (const h of table.unfinished) entry(h.name, h.file, h.label, h.detail);
  }
  heading(S.invalidHeading(table.invalid.length), y > 0 ? 8 : 0);
  if (table.invalid.length === 0) {
    const t = scene.add.text(0, y, S.invalidNone, textStyle(14, { color: PALETTE.inkSoft }));
    place([t], t.height);
  }
  for (const e of table.invalid) {
    entry(e.name, e.file, `✕ ${INVALID_LABELS[e.code]} (${e.code})`, e.reason);
  }
  if (table.duplicates.length > 0) {
    heading(S.duplicates, 8);
    for (const d of table.duplicates) {
      const t = scene.add.text(0, y, `⚑ ${d}`, {
        ...textStyle(13),
        wordWrap: { width: area.width, useAdvancedWrap: true },
      });
      place([t], t.height);
    }
  }
  return pages;
}
