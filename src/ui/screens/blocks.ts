import type Phaser from 'phaser';
import { PALETTE, textStyle } from '../theme';
import type { Block } from './flow';

/** Text blocks for flowing pages: headings, paragraphs and term–definition pairs. */
export function textBlock(
  text: string,
  size: number,
  options: {
    bold?: boolean;
    color?: number;
    gap?: number;
    keepWithNext?: boolean;
    indent?: number;
  } = {},
): Block {
  return {
    gap: options.gap ?? 6,
    keepWithNext: options.keepWithNext ?? false,
    build(scene: Phaser.Scene, width: number) {
      const indent = options.indent ?? 0;
      const t = scene.add.text(0, 0, text, {
        ...textStyle(size, {
          weight: options.bold ? 700 : 400,
          color: options.color ?? PALETTE.ink,
        }),
        wordWrap: { width: width - indent, useAdvancedWrap: true },
        lineSpacing: 2,
      });
      if (indent === 0) return { object: t, height: t.height };
      t.setX(indent);
      const c = scene.add.container(0, 0, [t]);
      return { object: c, height: t.height };
    },
  };
}

export function headingBlock(text: string, gap = 18): Block {
  return textBlock(text, 18, { bold: true, color: PALETTE.bambooDark, gap, keepWithNext: true });
}

/** A bold term with its explanation beneath. */
export function termBlock(term: string, definition: string, gap = 10): Block {
  return {
    gap,
    build(scene: Phaser.Scene, width: number) {
      const a = scene.add.text(0, 0, term, {
        ...textStyle(15, { weight: 700 }),
        wordWrap: { width, useAdvancedWrap: true },
      });
      const b = scene.add.text(0, a.height + 1, definition, {
        ...textStyle(14, { color: PALETTE.inkSoft }),
        wordWrap: { width, useAdvancedWrap: true },
        lineSpacing: 1,
      });
      return { object: scene.add.container(0, 0, [a, b]), height: b.y + b.height };
    },
  };
}
