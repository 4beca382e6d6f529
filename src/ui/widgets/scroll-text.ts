import Phaser from 'phaser';
import { PALETTE, textStyle } from '../theme';
import { Button } from './button';
import type { FocusManager } from './focus';

export interface ScrollTextOptions {
  readonly width: number;
  /** Lines shown at once; the box never grows past them, so what follows it stays on screen. */
  readonly rows: number;
  readonly fontSize?: number;
  readonly color?: number;
}

/**
 * A long text in a box of fixed height, scrolled by line with the mouse wheel
 * over it or its two buttons. Wrapping is done once by Phaser's own measure,
 * so the visible window is a slice of the wrapped lines.
 */
export class ScrollText {
  readonly container: Phaser.GameObjects.Container;
  readonly height: number;
  private readonly lines: string[];
  private readonly view: Phaser.GameObjects.Text;
  private readonly where: Phaser.GameObjects.Text;
  private top = 0;

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    text: string,
    private readonly options: ScrollTextOptions,
    focus?: FocusManager,
  ) {
    const buttonWidth = 44;
    const textWidth = options.width - buttonWidth - 10;
    this.view = scene.add.text(8, 6, '', {
      ...textStyle(options.fontSize ?? 13, { color: options.color ?? PALETTE.ink }),
      wordWrap: { width: textWidth - 16, useAdvancedWrap: true },
    });
    this.lines = this.view.getWrappedText(text);
    this.view.setText(this.lines.slice(0, options.rows).join('\n'));
    const lineHeight = this.view.height / Math.max(1, Math.min(options.rows, this.lines.length));
    this.height = Math.ceil(lineHeight * Math.min(options.rows, this.lines.length)) + 12;
    const frame = scene.add
      .rectangle(0, 0, textWidth, this.height, 0xffffff, 0.6)
      .setOrigin(0)
      .setStrokeStyle(1, PALETTE.inkSoft);
    this.container = scene.add.container(x, y, [frame, this.view]);
    this.where = scene.add
      .text(options.width, this.height, '', textStyle(11, { color: PALETTE.inkSoft }))
      .setOrigin(1, 1);
    if (this.lines.length <= options.rows) return;
    const up = new Button(scene, textWidth + 10, 0, '▲', () => this.scroll(-3), {
      variant: 'secondary',
      width: buttonWidth,
      height: 30,
      fontSize: 13,
      enabled: () => this.top > 0,
    });
    const down = new Button(scene, textWidth + 10, 34, '▼', () => this.scroll(3), {
      variant: 'secondary',
      width: buttonWidth,
      height: 30,
      fontSize: 13,
      enabled: () => this.top < this.lines.length - options.rows,
    });
    focus?.add(up);
    focus?.add(down);
    this.container.add([up.container, down.container, this.where]);
    this.buttons = [up, down];
    const wheel = (pointer: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => {
      const m = this.container.getBounds();
      if (m.contains(pointer.x, pointer.y)) this.scroll(dy > 0 ? 2 : -2);
    };
    scene.input.on(Phaser.Input.Events.POINTER_WHEEL, wheel);
    this.container.once(Phaser.GameObjects.Events.DESTROY, () =>
      scene.input.off(Phaser.Input.Events.POINTER_WHEEL, wheel),
    );
    this.show();
  }

  private buttons: Button[] = [];

  /** How many wrapped lines the whole text has. */
  get lineCount(): number {
    return this.lines.length;
  }

  scroll(by: number): void {
    const last = Math.max(0, this.lines.length - this.options.rows);
    const next = Math.min(last, Math.max(0, this.top + by));
    if (next === this.top) return;
    this.top = next;
    this.show();
  }

  private show(): void {
    const end = Math.min(this.lines.length, this.top + this.options.rows);
    this.view.setText(this.lines.slice(this.top, end).join('\n'));
    this.where.setText(`${this.top + 1}–${end} / ${this.lines.length}`);
    for (const b of this.buttons) b.refresh();
  }
}
