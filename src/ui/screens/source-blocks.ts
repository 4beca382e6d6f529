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
 * One event with its citations and, when sources disagree, the dispute and
 * who holds each view.
 */
export function eventSourcesBlock(
  ev: EventSources,
  labels: {
    random: string;
    dispute: string;
    heldBy: (who: string) => string;
    whatIf: string;
  },
): Block {
  return {
    gap: 12,
    build(scene: Phaser.Scene, width: number) {
      const parts: Phaser.GameObjects.Text[] = [];
      let y = 0;
      const put = (
        text: string,
        size: number,
        opts: { bold?: boolean; color?: number; indent?: number } = {},
      ) => {
        const indent = opts.indent ?? 0;
        const t = scene.add.text(indent, y, text, {
          ...textStyle(size, { weight: opts.bold ? 700 : 400, color: opts.color ?? PALETTE.ink }),
          wordWrap: { width: width - indent, useAdvancedWrap: true },
          lineSpacing: 1,
        });
        parts.push(t);
        y += t.height + 2;
      };
      put(`${ev.date ? longDate(ev.date) : labels.random} · ${ev.title}`, 14, { bold: true });
      if (ev.whatIf) put(labels.whatIf, 13, { indent: 14, color: PALETTE.disputed });
      for (const s of ev.sources)
        put(`• ${sourceLine(s)}`, 13, { indent: 14, color: PALETTE.inkSoft });
      for (const d of ev.disputes) {
        put(`${labels.dispute} ${d.question}`, 13, {
          indent: 14,
          bold: true,
          color: PALETTE.disputed,
        });
        for (const v of d.views) put(`– ${v.view} ${labels.heldBy(v.heldBy)}`, 13, { indent: 28 });
      }
      return { object: scene.add.container(0, 0, parts), height: y - 2 };
    },
  };
}
