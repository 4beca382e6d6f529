import Phaser from 'phaser';
import { PALETTE, textStyle } from '../theme';
import { DRAG_START, dragScroll } from './drag-scroll';
import { ScrollBar } from './scroll-bar';
import {
  lastFirst,
  pageDown,
  pageUp,
  scrollLines,
  shownFrom,
  type WindowRow,
} from './scroll-window';

export interface ScrollPaneOptions {
  readonly width: number;
  /** The box's height (infinite while it is filled); `setView` changes it once the room is known. */
  readonly view: number;
  /** The line at the box's foot while more follows below ("▼ More"). */
  readonly more: string;
  /** Drawing depth of the bar while it is made (it then moves into the pane). */
  readonly depth?: number;
}

/** A paragraph of the column: one Text, showing the slice of its wrapped lines in the box. */
interface Paragraph {
  readonly text: Phaser.GameObjects.Text;
  readonly lines: readonly string[];
  /** Its text as given: what it shows when it shows whole (drawn once, as it was made). */
  readonly whole: string;
  /** Its first line's index among all the column's lines. */
  readonly row: number;
  /** The slice it shows now, so an unchanged one is not drawn again. */
  shown: string;
}

/** Room the bar keeps at the right edge, clear of the text. */
const BAR_ROOM = 12;

/**
 * A column of paragraphs in a box of fixed height that never cuts one off: what does not fit
 * is scrolled to, a whole line at a time, by the wheel over it, a drag (a finger on a phone),
 * the keys its owner passes on (`key`), or a tap on the "▼ More" line at its foot. A thin bar
 * at the right edge shows where the box stands in the whole. Every paragraph keeps its whole
 * text for the screen-reader mirror (data `wholeText`), whatever slice shows.
 */
export class ScrollPane {
  readonly container: Phaser.GameObjects.Container;
  private readonly paragraphs: Paragraph[] = [];
  private readonly rows: WindowRow[] = [];
  private readonly moreLine: Phaser.GameObjects.Text;
  private bar: ScrollBar;
  private view: number;
  private first = 0;
  private carry = 0;
  /** The column's height so far: where the next paragraph goes. */
  private bottom = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    parent: Phaser.GameObjects.Container | null,
    x: number,
    y: number,
    private readonly options: ScrollPaneOptions,
  ) {
    this.view = options.view;
    this.container = scene.add.container(x, y);
    parent?.add(this.container);
    this.moreLine = scene.add
      .text(0, 0, options.more, textStyle(12, { weight: 700, color: PALETTE.inkSoft }))
      .setInteractive({ useHandCursor: true })
      .setVisible(false);
    this.moreLine.on(Phaser.Input.Events.POINTER_UP, (pointer: Phaser.Input.Pointer) => {
      if (pointer.getDistance() < DRAG_START) this.key('PageDown');
    });
    this.container.add(this.moreLine);
    this.bar = this.makeBar();
    this.listen();
  }

  /** The width a paragraph may wrap to: the bar keeps the right edge. */
  get textWidth(): number {
    return this.options.width - BAR_ROOM;
  }

  /** The whole column's height, as if nothing were scrolled away. */
  get contentHeight(): number {
    return this.bottom;
  }

  /** True when the column is taller than its box. */
  get scrolls(): boolean {
    return this.bottom > this.view + 0.5;
  }

  get paragraphCount(): number {
    return this.paragraphs.length;
  }

  /**
   * Adds a paragraph under the last, `gap` below it, wrapped to the pane's width less `indent`.
   * Returns its Text (its style can still be read; its position belongs to the pane).
   */
  addText(
    text: string,
    style: Phaser.Types.GameObjects.Text.TextStyle,
    options: {
      readonly indent?: number;
      readonly gap?: number;
      /** A heading: its last line is never the box's last while more follows. */
      readonly keepWithNext?: boolean;
    } = {},
  ): Phaser.GameObjects.Text {
    const indent = options.indent ?? 0;
    const t = this.scene.add.text(indent, 0, text, {
      ...style,
      wordWrap: { width: this.textWidth - indent, useAdvancedWrap: true },
    });
    const lines = t.getWrappedText(text).map((l) => l.trimEnd());
    if (lines.length === 0) lines.push('');
    const n = lines.length;
    // Phaser sets a text n lines high with its line spacing between them (GetTextSize): the
    // lines' height is read off the whole, without drawing the text again to measure one.
    const height = (t.height - t.lineSpacing * (n - 1)) / n;
    const step = height + t.lineSpacing;
    const top = this.paragraphs.length === 0 ? 0 : this.bottom + (options.gap ?? 0);
    const row = this.rows.length;
    lines.forEach((_, i) => {
      const last = i === lines.length - 1;
      this.rows.push({
        top: top + i * step,
        height,
        ...(last && options.keepWithNext ? { keepWithNext: true } : {}),
      });
    });
    this.bottom = top + (lines.length - 1) * step + height;
    t.setData('wholeText', text);
    this.paragraphs.push({ text: t, lines, whole: text, row, shown: text });
    this.container.addAt(t, this.paragraphs.length - 1);
    this.render();
    return t;
  }

  /** Keeps the first `count` paragraphs and drops the rest (a progress line the answer replaces). */
  truncate(count: number): void {
    const dropped = this.paragraphs.splice(count);
    if (dropped.length === 0) return;
    for (const p of dropped) p.text.destroy();
    const last = this.paragraphs.at(-1);
    this.rows.length = last ? last.row + last.lines.length : 0;
    const end = this.rows.at(-1);
    this.bottom = end ? end.top + end.height : 0;
    this.render();
  }

  clear(): void {
    this.truncate(0);
    this.first = 0;
    this.carry = 0;
    this.render();
  }

  /** Gives the box a new height (the dialog's room, once known). */
  setView(view: number): void {
    this.view = view;
    this.bar.destroy();
    this.bar = this.makeBar();
    this.render();
  }

  /** Scrolls to line `first` (clamped to the column). */
  scrollTo(first: number): void {
    this.first = Math.max(0, Math.min(lastFirst(this.rows, this.view), first));
    this.carry = 0;
    this.render();
  }

  /** A wheel's or a finger's move, in pixels (down is positive). */
  scrollBy(pixels: number): void {
    const moved = scrollLines(this.rows, this.first, this.carry, pixels, this.view);
    this.carry = moved.carry;
    if (moved.first === this.first) return;
    this.first = moved.first;
    this.render();
  }

  /**
   * A scrolling key (`SCROLL_KEYS` of focus.ts): true when the pane took it. A pane that scrolls takes them
   * all, even at an end, so a key pressed once too often never moves the focus instead.
   */
  key(key: string): boolean {
    if (!this.scrolls) return false;
    const more = this.moreLine.height;
    switch (key) {
      case 'ArrowDown':
        this.scrollTo(this.first + 1);
        return true;
      case 'ArrowUp':
        this.scrollTo(this.first - 1);
        return true;
      case 'PageDown':
        this.scrollTo(pageDown(this.rows, this.first, this.view, more));
        return true;
      case 'PageUp':
        this.scrollTo(pageUp(this.rows, this.first, this.view, more));
        return true;
      case 'Home':
        this.scrollTo(0);
        return true;
      case 'End':
        this.scrollTo(lastFirst(this.rows, this.view));
        return true;
      default:
        return false;
    }
  }

  private makeBar(): ScrollBar {
    // A box of no fixed height yet (still being filled) has no bar to show.
    const length = Number.isFinite(this.view) ? this.view : 0;
    const bar = new ScrollBar(
      this.scene,
      this.options.width - 3,
      0,
      length,
      this.options.depth ?? 0,
    );
    bar.addTo(this.container);
    return bar;
  }

  private render(): void {
    if (!this.container.active) return;
    this.first = Math.min(this.first, lastFirst(this.rows, this.view));
    const shown = shownFrom(this.rows, this.first, this.view, this.moreLine.height);
    const origin = this.rows[this.first]?.top ?? 0;
    for (const p of this.paragraphs) {
      const from = Math.max(shown.first, p.row);
      const to = Math.min(shown.end, p.row + p.lines.length);
      // Out of the box: hidden, but holding its whole text for the mirror to read.
      const slice =
        to <= from
          ? ''
          : to - from === p.lines.length
            ? p.whole
            : p.lines.slice(from - p.row, to - p.row).join('\n');
      const out = slice === '';
      p.text.setVisible(!out).setData('scrolledOut', out);
      if (out) continue;
      if (slice !== p.shown) {
        p.shown = slice;
        p.text.setText(slice);
      }
      p.text.setY((this.rows[from]?.top ?? 0) - origin);
    }
    this.moreLine.setVisible(shown.more);
    if (shown.more) this.moreLine.setY(this.view - this.moreLine.height);
    this.bar.update(origin, this.view, this.bottom);
  }

  /** The wheel over the box and a drag that starts in it scroll it; all go with the pane. */
  private listen(): void {
    const at = (pointer: Phaser.Input.Pointer) =>
      pointer.positionToCamera(this.scene.cameras.main) as Phaser.Math.Vector2;
    const inside = (pointer: Phaser.Input.Pointer) => {
      if (!this.container.visible) return false;
      const m = this.container.getWorldTransformMatrix();
      const p = at(pointer);
      return (
        p.x >= m.tx && p.x <= m.tx + this.options.width && p.y >= m.ty && p.y <= m.ty + this.view
      );
    };
    const stop = dragScroll(this.scene, {
      takesDrag: inside,
      scrollBy: (pixels) => this.scrollBy(pixels),
      yOf: (pointer) => at(pointer).y,
    });
    this.container.once(Phaser.GameObjects.Events.DESTROY, stop);
  }
}
