import Phaser from 'phaser';
import { PALETTE, textStyle } from '../theme';
import type { Focusable, FocusManager } from './focus';
import { createHiddenInput, placeOver } from './hidden-input';

export interface TextFieldOptions {
  readonly width: number;
  readonly maxLength: number;
  readonly placeholder?: string;
  /** What a screen reader calls the field (default: the placeholder). */
  readonly label?: string;
  readonly onChange?: (value: string) => void;
}

/**
 * A one-line text field: focus it (Tab or click) and type. The browser does the typing in a
 * hidden `<input>` (see hidden-input.ts); the value is drawn by a Phaser Text, so it is shown
 * literally and never parsed as markup.
 */
export class TextField implements Focusable {
  readonly container: Phaser.GameObjects.Container;
  private readonly bg: Phaser.GameObjects.Rectangle;
  private readonly text: Phaser.GameObjects.Text;
  /** Never shown: measures the text before the caret, to place the caret between letters. */
  private readonly measure: Phaser.GameObjects.Text;
  private readonly caret: Phaser.GameObjects.Rectangle;
  private readonly input: HTMLInputElement;
  private hasFocus = false;

  constructor(
    private readonly scene: Phaser.Scene,
    x: number,
    y: number,
    private value: string,
    private readonly options: TextFieldOptions,
    private readonly focus: FocusManager,
  ) {
    this.value = value.slice(0, options.maxLength);
    this.bg = scene.add
      .rectangle(0, 0, options.width, 38, 0xffffff)
      .setOrigin(0)
      .setStrokeStyle(1.5, PALETTE.border)
      .setInteractive({ useHandCursor: true });
    this.text = scene.add.text(10, 19, '', textStyle(16)).setOrigin(0, 0.5);
    this.measure = scene.add.text(0, 0, '', textStyle(16)).setVisible(false);
    this.caret = scene.add.rectangle(10, 19, 2, 22, PALETTE.ink).setVisible(false);
    this.container = scene.add.container(x, y, [this.bg, this.text, this.caret, this.measure]);
    this.input = createHiddenInput({
      maxLength: options.maxLength,
      label: options.label ?? options.placeholder ?? '',
    });
    this.input.value = this.value;
    const input = this.input;
    // A click on the field already focused gives the browser's focus back to its input.
    this.bg.on(Phaser.Input.Events.POINTER_UP, () =>
      this.hasFocus ? this.focusInput() : focus.focus(this),
    );
    // During a composition the input holds the letters being composed: shown, but only
    // reported once the composition ends, so a listener never sees half a letter.
    const onInput = (event: Event) => this.fromInput(!(event as InputEvent).isComposing);
    const onCompositionEnd = () => this.fromInput(true);
    const onCaret = () => this.render();
    // The browser took focus elsewhere (another window keeps it, so that does not count).
    const onDomBlur = () => {
      if (this.hasFocus && document.hasFocus()) focus.focus(null);
    };
    input.addEventListener('input', onInput);
    input.addEventListener('compositionend', onCompositionEnd);
    input.addEventListener('keyup', onCaret);
    input.addEventListener('blur', onDomBlur);
    const remove = focus.add(this);
    const blink = scene.time.addEvent({
      delay: 500,
      loop: true,
      callback: () => this.caret.setVisible(this.hasFocus && !this.caret.visible),
    });
    this.container.once(Phaser.GameObjects.Events.DESTROY, () => {
      input.removeEventListener('blur', onDomBlur);
      remove();
      blink.remove();
      input.remove();
    });
    this.render();
  }

  get current(): string {
    return this.value;
  }

  set(value: string): void {
    this.value = value.slice(0, this.options.maxLength);
    this.input.value = this.value;
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
    this.focusInput();
    this.render();
  }

  onBlur(): void {
    this.hasFocus = false;
    this.focus.typing = false;
    this.bg.setStrokeStyle(1.5, PALETTE.border);
    this.input.blur();
    this.render();
  }

  private focusInput(): void {
    placeOver(this.input, this.scene.game.canvas, this.scene.scale, this.bounds());
    this.input.focus({ preventScroll: true });
    const end = this.input.value.length;
    this.input.setSelectionRange(end, end);
  }

  private fromInput(report: boolean): void {
    this.value = this.input.value.slice(0, this.options.maxLength);
    this.render();
    if (report) this.options.onChange?.(this.value);
  }

  private render(): void {
    this.caret.setVisible(this.hasFocus);
    if (this.value === '' && !this.hasFocus) {
      this.text.setText(this.options.placeholder ?? '').setColor('#8a8270');
      return;
    }
    this.text.setText(this.value).setColor('#1e2b2a');
    if (!this.hasFocus) return;
    // The caret stands where the input's is: arrow keys and Home/End move it there too.
    const at = Math.min(this.input.selectionStart ?? this.value.length, this.value.length);
    const before = this.value.slice(0, at);
    const width = before === '' ? 0 : this.measure.setText(before).width;
    this.caret.setX(this.text.x + width + 1);
  }
}
