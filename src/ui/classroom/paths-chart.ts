import type Phaser from 'phaser';
import type { Path, PathChart, PathSeries } from '../../classroom';
import { formatNumber } from '../../i18n';
import { dashedLine, drawAxes, squareMark } from '../charts/plot';
import { shortTurnLabel } from '../debrief/file-name';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';

const S = STRINGS.classroom.results;

/**
 * Students are thin solid lines, history is a thick dashed line with square
 * marks drawn over them: the two are told apart by shape, never by colour
 * alone. Student lines cycle through a few muted inks so crossings stay legible.
 */
const STUDENT_INKS = [0x2e5233, 0x235f8c, 0x8a3f74, 0x55635f, 0x6f8f68, 0x7a5c2e] as const;
/** The tallest a phone's plot grows (its legend below may be long: a class of thirty). */
const PLOT_MAX = 260;
const HISTORY = { color: PALETTE.disputed, width: 4, dash: 10, gap: 6 } as const;

function ticks(lo: number, hi: number): number[] {
  const span = hi - lo;
  const step = span > 100 ? 50 : span > 40 ? 25 : 10;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + 1e-9; t += step) out.push(t);
  return out;
}

export function drawPathsChart(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  height: number,
  chart: PathChart,
  series: PathSeries,
): Phaser.GameObjects.Container {
  const root = scene.add.container(x, y);
  const g = scene.add.graphics();
  root.add(g);
  const info = chart.info[series] ?? { label: series, min: 0, max: 100 };
  // A phone's narrow chart puts its legend below the plot rather than beside it.
  const narrow = width < 600;
  const legendW = narrow ? width : 250;
  const left = 44;
  const right = narrow ? width - 8 : width - legendW - 20;
  const top = 30;
  // A phone's plot stays about as tall as it is wide; the legend takes the rest below.
  const bottom = narrow
    ? Math.max(top + 120, Math.min(Math.round(height * 0.6), top + PLOT_MAX))
    : height - 24;
  root.add(scene.add.text(0, 0, info.label, textStyle(16, { weight: 700 })));
  const lo = info.min;
  const hi = info.max;
  const turns = Math.max(1, chart.turns.length - 1);
  const px = (turn: number) => left + (turn / turns) * (right - left);
  const py = (v: number) => bottom - ((v - lo) / (hi - lo)) * (bottom - top);
  const every = turns > 8 ? 2 : 1;
  const xLabels = chart.turns.map((t, i) => {
    if (i % every !== 0 && i !== turns) return null;
    return i === 0 ? t.label : shortTurnLabel(t.label, i - 1);
  });
  root.add(
    drawAxes(
      scene,
      g,
      { left, right, top, bottom },
      {
        yTicks: ticks(lo, hi),
        yMin: lo,
        xLabels,
        px,
        py,
        fillAlpha: 0.6,
        yLabelGap: 6,
        tickLength: 4,
        xLabelDrop: 5,
      },
    ),
  );

  const at = (p: Path['points'][number]) => p.values[series] ?? lo;
  const line = (path: Path, color: number, lineWidth: number) => {
    g.lineStyle(lineWidth, color, 0.9);
    const pts = path.points;
    for (let i = 1; i < pts.length; i++) {
      const a = pts[i - 1];
      const b = pts[i];
      if (a && b) g.lineBetween(px(a.turn), py(at(a)), px(b.turn), py(at(b)));
    }
    const end = pts.at(-1);
    if (end) g.fillStyle(color, 1).fillCircle(px(end.turn), py(at(end)), 3);
  };
  chart.students.forEach((s, i) => {
    line(s, STUDENT_INKS[i % STUDENT_INKS.length] as number, 1.6);
  });
  const history = chart.historical;
  if (history) {
    g.lineStyle(HISTORY.width, HISTORY.color, 1);
    const pts = history.points;
    for (let i = 1; i < pts.length; i++) {
      const a = pts[i - 1];
      const b = pts[i];
      if (a && b) {
        const [ax, ay, bx, by] = [px(a.turn), py(at(a)), px(b.turn), py(at(b))];
        dashedLine(g, ax, ay, bx, by, HISTORY.dash, HISTORY.gap);
      }
    }
    for (const p of pts) squareMark(g, px(p.turn), py(at(p)), 8, HISTORY.color, 2);
  }

  // The legend: the historical path first, then each student with where they ended.
  const lx = narrow ? 0 : width - legendW;
  let ly = narrow ? bottom + 30 : top;
  const legendBottom = narrow ? height : bottom;
  g.lineStyle(HISTORY.width, HISTORY.color);
  dashedLine(g, lx, ly + 9, lx + 40, ly + 9, HISTORY.dash, HISTORY.gap);
  squareMark(g, lx + 20, ly + 9, 8, HISTORY.color, 2);
  const h = scene.add.text(lx + 50, ly, S.chartHistory, {
    ...textStyle(13, { weight: 700 }),
    wordWrap: { width: legendW - 50, useAdvancedWrap: true },
  });
  root.add(h);
  ly += h.height + 12;
  root.add(
    scene.add.text(lx, ly, S.chartStudents(chart.students.length), textStyle(13, { weight: 700 })),
  );
  ly += 22;
  const room = Math.max(0, Math.floor((legendBottom - ly - 19) / 19));
  chart.students.slice(0, room).forEach((s, i) => {
    const color = STUDENT_INKS[i % STUDENT_INKS.length] as number;
    g.lineStyle(1.6, color).lineBetween(lx, ly + 9, lx + 24, ly + 9);
    const end = s.points.at(-1)?.values[series];
    const value = end === undefined ? '' : ` · ${formatNumber(Math.round(end * 10) / 10)}`;
    // A long name gives way to the value it ends with: the name shortens to "…", never the value.
    const label = scene.add.text(lx + 32, ly, `${s.name}${value}`, textStyle(12));
    let name = s.name;
    while (name.length > 1 && label.width > legendW - 32) {
      name = name.slice(0, -1);
      label.setText(`${name.trimEnd()}…${value}`);
    }
    root.add(label);
    ly += 19;
  });
  if (chart.students.length > room) {
    root.add(
      scene.add.text(
        lx + 32,
        ly,
        `+ ${chart.students.length - room}`,
        textStyle(12, { color: PALETTE.inkSoft }),
      ),
    );
  }
  return root;
}
