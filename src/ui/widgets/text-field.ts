import Phaser from 'phaser';
import { PALETTE, textStyle } from '../theme';
import type { Focusable, FocusManager } from './focus';
import { freshKeyFilter } from './fresh-keys';

export interface TextFieldOptions {
  readonly width: number;
  readonly maxLength: number;
  readonly placeholder?: string;
  readonly onChange?: (value: string) => void;
}

/**
 * A one-line text field drawn by Phaser: focus it (Tab or click) and type. The typed value
 * is plain text shown through a Text object, never parsed as markup.
 */
export class TextField implements Focusable {
  readonly container: Phaser.GameObjects.Container;
  private readonly bg: Phaser.GameObjects.Rectangle;
  private readonly text: Phaser.GameObjects.Text;
  private hasFocus = false;
  private caretOn = true;

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    private value: string,
    private readonly options: TextFieldOptions,
    private readonly focus: FocusManager,
  ) {
    this.bg = scene.add
      .rectangle(0, 0, options.width, 38, 0xffffff)
      .setOrigin(0)
      .setStrokeStyle(1.5, PALETTE.border)
      .setInteractive({ useHandCursor: true });
    this.text = scene.add.text(10, 19, '', textStyle(16)).setOrigin(0, 0.5);
    this.container = scene.add.container(x, y, [this.bg, this.text]);
    this.bg.on(Phaser.Input.Events.POINTER_UP, () => focus.focus(this));
    const remove = focus.add(this);
    const fresh = freshKeyFilter();
    const onKey = (event: KeyboardEvent) => {
      if (fresh(event)) this.onKey(event);
    };
    scene.input.keyboard?.on('keydown', onKey);
    const blink = scene.time.addEvent({
      delay: 500,
      loop: true,
      callback: () => {
        this.caretOn = !this.caretOn;
        this.render();
      },
    });
    this.container.once(Phaser.GameObjects.Events.DESTROY, () => {
      remove();
      scene.input.keyboard?.off('keydown', onKey);
      blink.remove();
    });
    this.render();
  }

  get current(): string {
    return this.value;
  }

  set(value: string): void {
    this.value = value.slice(0, this.options.maxLength);
    this.render();
    this.options.onChange?.(this.value);
  }

  bounds(): Phaser.Geom.Rectangle {
    return this.container.getBounds();
  }

  /** Enter on a focused field moves on to the next control. */
  activate(): void {
    this.focus.move(1);
  }

  onFocus(): void {
    this.hasFocus = true;
    this.focus.typing = true;
    this.bg.setStrokeStyle(2.5, PALETTE.bambooDark);
    this.render();
  }

  onBlur(): void {
    this.hasFocus = false;
    this.focus.typing = false;
    this.bg.setStrokeStyle(1.5, PALETTE.border);
    this.render();
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.hasFocus || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Backspace') {
      this.set(this.value.slice(0, -1));
    } else if (event.key.length === 1 && event.key !== '\t' && event.key !== ' ') {
      this.set(this.value + event.key);
    } else if (event.key === ' ' && this.value.length > 0) {
      // Space also activates focused controls; in a field it is a space.
      this.set(`${this.value} `);
    }
  }

  private render(): void {
    const caret = this.hasFocus && this.caretOn ? '|' : '';
    if (this.value === '' && !this.hasFocus) {
      this.text.setText(this.options.placeholder ?? '').setColor('#8a8270');
    } else {
      this.text.setText(`${this.value}${caret}`).setColor('#1e2b2a');
    }
  }
}
