import type Phaser from 'phaser';
import { type EventSources, fullCitation, longDate } from '../../view';
import { PALETTE, textStyle } from '../theme';
import type { Block } from './flow';

/** Publication, date, title and URL: what a student needs to find the source again. */
export function sourceLine(s: EventSources['sources'][number]): string {
  const line = fullCitation({
    publication: s.publication,
    date: s.date,
    approximate: s.approximate,
    title: s.title ?? undefined,
    url: s.url ?? undefined,
  });
  return s.note ? `${line} (${s.note})` : line;
}

/**
 * One event with its citations and, when sources disagree, the dispute and who holds each view:
 * a block a line, so a long list carries on in the next column or page instead of running
 * under the screen's buttons. The event's title keeps with its first source.
 */
export function eventSourcesBlocks(
  ev: EventSources,
  labels: {
    random: string;
    dispute: string;
    heldBy: (who: string) => string;
    whatIf: string;
  },
): Block[] {
  const lines: Block[] = [];
  const put = (
    text: string,
    size: number,
    opts: { bold?: boolean; color?: number; indent?: number; gap?: number } = {},
  ) => {
    const indent = opts.indent ?? 0;
    lines.push({
      gap: opts.gap ?? 2,
      build(scene: Phaser.Scene, width: number) {
        const t = scene.add.text(indent, 0, text, {
          ...textStyle(size, { weight: opts.bold ? 700 : 400, color: opts.color ?? PALETTE.ink }),
          wordWrap: { width: width - indent, useAdvancedWrap: true },
          lineSpacing: 1,
        });
        // A container, so the flow's placing keeps the line's indent.
        return { object: scene.add.container(0, 0, [t]), height: t.height };
      },
    });
  };
  put(`${ev.date ? longDate(ev.date) : labels.random} · ${ev.title}`, 14, { bold: true, gap: 12 });
  if (ev.whatIf) put(labels.whatIf, 13, { indent: 14, color: PALETTE.disputed });
  for (const s of ev.sources) put(`• ${sourceLine(s)}`, 13, { indent: 14, color: PALETTE.inkSoft });
  for (const d of ev.disputes) {
    put(`${labels.dispute} ${d.question}`, 13, {
      indent: 14,
      bold: true,
      color: PALETTE.disputed,
    });
    for (const v of d.views) put(`– ${v.view} ${labels.heldBy(v.heldBy)}`, 13, { indent: 28 });
  }
  const [title, ...rest] = lines;
  return title ? [{ ...title, keepWithNext: rest.length > 0 }, ...rest] : [];
}
