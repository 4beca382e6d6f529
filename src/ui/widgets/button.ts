import Phaser from 'phaser';
import { keyHintsShown, onKeyHints } from '../key-hints';
import { PALETTE, textStyle } from '../theme';
import type { Focusable, FocusManager } from './focus';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet';

export interface ButtonOptions {
  readonly width?: number;
  readonly height?: number;
  readonly variant?: ButtonVariant;
  /** Shown in brackets after the label, e.g. "E": the key is bound by the scene. */
  readonly hotkey?: string;
  readonly fontSize?: number;
  readonly align?: 'left' | 'center';
  readonly enabled?: () => boolean;
  readonly onHover?: (hovered: boolean) => void;
  /** Keyboard focus arriving (true) or leaving (false): e.g. to preview what the button does. */
  readonly onFocusChange?: (focused: boolean) => void;
  /**
   * The mouse over the button takes the keyboard focus to it (a list of choices whose preview
   * follows the focus), so the ring and the pointer never name two different buttons.
   */
  readonly focusOnHover?: boolean;
}

const COLORS: Record<ButtonVariant, { fill: number; hover: number; text: number; stroke: number }> =
  {
    primary: {
      fill: PALETTE.bambooDark,
      hover: PALETTE.bamboo,
      text: PALETTE.paper,
      stroke: PALETTE.bambooDark,
    },
    secondary: {
      fill: PALETTE.paperDeep,
      hover: 0xd8cba9,
      text: PALETTE.ink,
      stroke: PALETTE.border,
    },
    quiet: {
      fill: PALETTE.paper,
      hover: PALETTE.paperDeep,
      text: PALETTE.ink,
      stroke: PALETTE.border,
    },
  };

/** The least room left beside a one-line label, both sides together. */
const SLIM_MARGIN = 8;

/** How far (screen pixels) a press may move and still count as a press rather than a drag. */
const DRAG_LIMIT = 16;

/** A button for mouse and keyboard; disabled buttons stay visible, greyed and labelled. */
export class Button implements Focusable {
  readonly container: Phaser.GameObjects.Container;
  private readonly bg: Phaser.GameObjects.Rectangle;
  private readonly text: Phaser.GameObjects.Text;
  private hovered = false;
  private selected = false;
  private readonly colors: (typeof COLORS)[ButtonVariant];
  private label: string;
  private readonly hintFits: boolean;

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    label: string,
    private readonly onClick: () => void,
    private readonly options: ButtonOptions = {},
    focus?: FocusManager,
  ) {
    this.colors = COLORS[options.variant ?? 'primary'];
    const fontSize = options.fontSize ?? 16;
    this.label = label;
    // Sized with the key hint, so the button keeps its size when the hint appears.
    const withHint = options.hotkey ? `${label}  [${options.hotkey}]` : label;
    this.text = scene.add.text(
      0,
      0,
      withHint,
      textStyle(fontSize, { weight: 700, color: this.colors.text }),
    );
    const width = options.width ?? this.text.width + 32;
    // A narrow button (a tablet's or phone's top bar) keeps its label whole and leaves the hint
    // to the keys' help: a hint that wrapped would cut the label off below the button.
    this.hintFits = this.text.width <= width - 20;
    this.text.setText(this.caption());
    const oneLine = this.text.height;
    // A label that fits within a slimmer margin keeps its one line (a tab of four on a phone).
    this.text.setWordWrapWidth(this.text.width <= width - SLIM_MARGIN ? width : width - 20, true);
    // A label that wraps (a narrow phone dialog) gets a button tall enough for its lines.
    const wrapped = this.text.height > oneLine ? this.text.height + 14 : 0;
    const height = Math.max(options.height ?? Math.max(36, oneLine + 14), wrapped);
    if (options.align === 'left') this.text.setOrigin(0, 0.5).setPosition(12, height / 2);
    else this.text.setOrigin(0.5).setPosition(width / 2, height / 2);
    this.bg = scene.add
      .rectangle(0, 0, width, height, this.colors.fill)
      .setOrigin(0)
      .setStrokeStyle(1.5, this.colors.stroke)
      .setInteractive({ useHandCursor: true });
    this.container = scene.add.container(x, y, [this.bg, this.text]);
    this.container.setSize(width, height);
    this.bg.on(Phaser.Input.Events.POINTER_OVER, () => this.hover(true));
    this.bg.on(Phaser.Input.Events.POINTER_OUT, () => this.hover(false));
    if (focus && options.focusOnHover) {
      // A finger has no hover: its tap presses the button, and focus stays where it was.
      const take = (pointer: Phaser.Input.Pointer) => {
        if (pointer.wasTouch || focus.focused() === this) return;
        focus.focus(this);
        this.hover(true);
      };
      this.bg.on(Phaser.Input.Events.POINTER_OVER, take);
      this.bg.on(Phaser.Input.Events.POINTER_MOVE, take);
    }
    this.bg.on(Phaser.Input.Events.POINTER_UP, (pointer: Phaser.Input.Pointer) => {
      // A finger lifted after dragging a page or dialog has scrolled it, not pressed this.
      if (pointer.getDistance() > DRAG_LIMIT) return;
      if (this.enabled()) this.onClick();
    });
    if (focus) {
      const remove = focus.add(this);
      this.container.once(Phaser.GameObjects.Events.DESTROY, remove);
    }
    if (options.hotkey && !keyHintsShown()) {
      const stop = onKeyHints(() => this.text.setText(this.caption()));
      this.container.once(Phaser.GameObjects.Events.DESTROY, stop);
    }
    this.refresh();
  }

  get width(): number {
    return this.bg.width;
  }

  get height(): number {
    return this.bg.height;
  }

  bounds(): Phaser.Geom.Rectangle {
    return this.container.getBounds();
  }

  activate(): void {
    if (this.enabled()) this.onClick();
  }

  onFocus(): void {
    this.options.onFocusChange?.(true);
  }

  onBlur(): void {
    // The keyboard took the focus elsewhere: the button under a resting pointer stops looking
    // hovered, so only one choice looks picked.
    if (this.options.focusOnHover && this.hovered) this.hover(false);
    this.options.onFocusChange?.(false);
  }

  enabled(): boolean {
    return this.options.enabled?.() ?? true;
  }

  setLabel(label: string): this {
    this.label = label;
    this.text.setText(this.caption());
    return this;
  }

  /** The label, with its key in brackets once the player has used a keyboard. */
  private caption(): string {
    const { hotkey } = this.options;
    return hotkey && keyHintsShown() && this.hintFits ? `${this.label}  [${hotkey}]` : this.label;
  }

  /** Marks the button as the chosen one of a group (a tab): filled light and outlined thick. */
  setSelected(selected: boolean): this {
    this.selected = selected;
    this.bg.setStrokeStyle(selected ? 3 : 1.5, selected ? PALETTE.bambooDark : this.colors.stroke);
    this.refresh();
    return this;
  }

  /** Re-reads `enabled` and redraws: call after the state it depends on changed. */
  refresh(): void {
    const on = this.enabled();
    const fill = this.selected ? PALETTE.bambooLight : this.colors.fill;
    this.bg.setFillStyle(on ? (this.hovered ? this.colors.hover : fill) : 0xd9d4c7);
    this.text.setColor(on ? `#${this.colors.text.toString(16).padStart(6, '0')}` : '#7a7567');
    if (this.bg.input) this.bg.input.cursor = on ? 'pointer' : 'default';
  }

  private hover(on: boolean): void {
    this.hovered = on;
    this.options.onHover?.(on);
    this.refresh();
  }
}
