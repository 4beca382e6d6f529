import Phaser from 'phaser';
import { LANDSCAPE, viewSize } from '../screen-form';
import { PALETTE, textStyle } from '../theme';
import { Button, type ButtonVariant } from './button';
import { dragScroll } from './drag-scroll';
import type { FocusManager } from './focus';
import { freshKeyFilter } from './fresh-keys';
import { ScrollBar } from './scroll-bar';

export interface DialogButton {
  readonly label: string;
  readonly hotkey?: string;
  readonly variant?: ButtonVariant;
  readonly enabled?: () => boolean;
  readonly onHover?: (hovered: boolean) => void;
  readonly onFocusChange?: (focused: boolean) => void;
  /** The pointer over the button takes the keyboard focus (see ButtonOptions). */
  readonly focusOnHover?: boolean;
  /** Return false to keep the dialog open. */
  readonly onClick: () => boolean | undefined;
}

export interface DialogOptions {
  readonly title: string;
  readonly width?: number;
  /** Builds the body inside the panel; returns its height. */
  readonly body: (container: Phaser.GameObjects.Container, width: number) => number;
  /**
   * A body that can scroll within less room (a long preview): when the dialog would run past
   * the screen, it is given the height it may take and returns the height it now takes, and
   * the buttons move up under it, so they stay in sight. Without it, the whole dialog scrolls.
   */
  readonly fitBody?: (room: number) => number;
  readonly buttons: readonly DialogButton[];
  /** Escape closes the dialog through this (default: close without action). */
  readonly onCancel?: () => void;
  /** Lay the buttons out one per row (for event choices). */
  readonly stackButtons?: boolean;
  /**
   * A band this high at the top of the screen stays in sight, undimmed (the game's top bar,
   * with the capital and score a decision is weighed against); it still takes no clicks.
   */
  readonly top?: number;
  /**
   * A part of that band that still takes the pointer while the dialog is open (the top bar's
   * Undo over an event, which undoes from there too).
   */
  readonly topOpen?: Phaser.Geom.Rectangle | null;
}

const PAD = 24;

/** The tallest a row of dialog buttons gets (a finger-sized button on a phone). */
const BUTTON_ROW = 44;

/**
 * The height a dialog's body may take with one row of buttons under it and the whole panel on
 * the screen, below the band `top` keeps in sight: what a body in pages fills. `body` is the
 * container the dialog hands its body builder, already placed under the title.
 */
export function dialogBodyRoom(
  scene: Phaser.Scene,
  body: Phaser.GameObjects.Container,
  top = 0,
): number {
  const { height } = viewSize(scene);
  return height - top - 24 - body.y - 18 - BUTTON_ROW - PAD;
}

/** Open dialogs per scene, so Escape closes only the topmost one. */
const OPEN = new WeakMap<Phaser.Scene, Dialog[]>();

/** Whether a dialog is open in the scene (a page under it must not scroll with its drags). */
export function dialogOpen(scene: Phaser.Scene): boolean {
  return (OPEN.get(scene)?.length ?? 0) > 0;
}

/**
 * A modal panel: dims and blocks the screen behind it, traps keyboard focus, closes on
 * Escape. Everything in it is Text (never HTML), so scenario texts are shown literally.
 */
export class Dialog {
  readonly root: Phaser.GameObjects.Container;
  /** What dims and blocks the screen behind the panel (a guide step lifts it over its part). */
  readonly shade: Phaser.GameObjects.Rectangle;
  private readonly closeLayer: () => void;
  private readonly escape: (event: KeyboardEvent) => void;
  private closed = false;
  readonly buttons: Button[] = [];
  private readonly panel: Phaser.GameObjects.Container;

  constructor(
    private readonly scene: Phaser.Scene,
    focus: FocusManager,
    options: DialogOptions,
  ) {
    const { width: sw, height: sh } = viewSize(scene);
    // On a phone the dialog takes the screen's width, less a margin.
    const width = Math.min(options.width ?? 640, sw - 16);
    this.closeLayer = focus.pushLayer();
    const top = options.top ?? 0;
    const shade = scene.add
      .rectangle(0, top, sw, sh - top, PALETTE.ink, 0.45)
      .setOrigin(0)
      .setInteractive();
    // Over the band kept in sight: nothing drawn, but its buttons wait for the dialog (all but
    // the part left open, around which the guard is laid in pieces).
    const guard = bandGuard(scene, sw, top, options.topOpen ?? null);
    const panel = scene.add.container(0, 0);
    const title = scene.add.text(PAD, PAD, options.title, {
      ...textStyle(22, { weight: 700, color: PALETTE.bambooDark }),
      wordWrap: { width: width - 2 * PAD, useAdvancedWrap: true },
    });
    const body = scene.add.container(PAD, title.y + title.height + 12);
    const bodyHeight = options.body(body, width - 2 * PAD);
    let y = body.y + bodyHeight + 18;
    let x = PAD;
    for (const spec of options.buttons) {
      const button = new Button(
        scene,
        x,
        y,
        spec.label,
        () => {
          if (spec.onClick() !== false) this.close();
        },
        {
          variant: spec.variant ?? 'primary',
          ...(spec.hotkey ? { hotkey: spec.hotkey } : {}),
          ...(spec.enabled ? { enabled: spec.enabled } : {}),
          ...(spec.onHover ? { onHover: spec.onHover } : {}),
          ...(spec.onFocusChange ? { onFocusChange: spec.onFocusChange } : {}),
          ...(spec.focusOnHover ? { focusOnHover: true } : {}),
          ...(options.stackButtons ? { width: width - 2 * PAD, align: 'left' as const } : {}),
          // A phone or tablet (laid out in CSS pixels): buttons a finger can hit.
          ...(sw < LANDSCAPE.width ? { height: 44 } : {}),
        },
        focus,
      );
      // A row too long for the panel wraps onto the next line instead of running off it.
      if (!options.stackButtons && x > PAD && x + button.width > width - PAD) {
        x = PAD;
        y += button.height + 10;
        button.container.setPosition(x, y);
      }
      this.buttons.push(button);
      if (options.stackButtons) y += button.height + 8;
      else {
        // A row too narrow for the next button (a phone) starts another row.
        if (x > PAD && x + button.width > width - PAD) {
          x = PAD;
          y += button.height + 8;
          button.container.setPosition(x, y);
        }
        x += button.width + 12;
      }
    }
    let height = (options.stackButtons ? y - 8 : y + (this.buttons.at(-1)?.height ?? 0)) + PAD;
    const room = sh - top - 24;
    if (height > room && options.fitBody) {
      const shorter = bodyHeight - options.fitBody(Math.max(0, bodyHeight - (height - room)));
      if (shorter > 0) {
        for (const b of this.buttons) b.container.y -= shorter;
        height -= shorter;
      }
    }
    const bg = scene.add
      .rectangle(0, 0, width, height, PALETTE.paper)
      .setOrigin(0)
      .setStrokeStyle(2, PALETTE.ink);
    const band = scene.add.rectangle(0, 0, width, 6, PALETTE.bamboo).setOrigin(0);
    panel.add([bg, band, title, body, ...this.buttons.map((b) => b.container)]);
    panel.setPosition(
      Math.round((sw - width) / 2),
      Math.max(top + 12, Math.round(top + (sh - top - height) / 2)),
    );
    panel.setSize(width, height);
    this.panel = panel;
    if (height > sh - top - 24) scrollable(scene, shade, panel, height, sh, top);
    this.shade = shade;
    this.root = scene.add.container(0, 0, [...guard, shade, panel]).setDepth(5_000);
    const open = OPEN.get(scene) ?? [];
    open.push(this);
    OPEN.set(scene, open);
    const fresh = freshKeyFilter();
    this.escape = (event: KeyboardEvent) => {
      if (!fresh(event) || event.key !== 'Escape' || open[open.length - 1] !== this) return;
      options.onCancel?.();
      this.close();
    };
    scene.input.keyboard?.on('keydown', this.escape);
    focus.focusFirst();
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /** The panel's place on the screen (design coordinates), for the test handle. */
  panelBounds(): { x: number; y: number; width: number; height: number } {
    const { x, y, width, height } = this.panel;
    return { x, y, width, height };
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    const open = OPEN.get(this.scene);
    open?.splice(open.indexOf(this), 1);
    this.scene.input.keyboard?.off('keydown', this.escape);
    this.closeLayer();
    this.root.destroy(true);
  }
}

/** Rectangles that take the pointer over the band `top` high, all of it but `open`. */
function bandGuard(
  scene: Phaser.Scene,
  width: number,
  top: number,
  open: Phaser.Geom.Rectangle | null,
): Phaser.GameObjects.Rectangle[] {
  const piece = ([x, y, w, h]: readonly [number, number, number, number]) =>
    scene.add.rectangle(x, y, w, h).setOrigin(0).setInteractive();
  if (!open || top <= 0) return [piece([0, 0, width, top])];
  const x0 = Math.max(0, open.x);
  const x1 = Math.min(width, open.right);
  const y0 = Math.max(0, open.y);
  const y1 = Math.min(top, open.bottom);
  const pieces: [number, number, number, number][] = [
    [0, 0, x0, top],
    [x1, 0, width - x1, top],
    [x0, 0, x1 - x0, y0],
    [x0, y1, x1 - x0, top - y1],
  ];
  return pieces.filter(([, , w, h]) => w > 0 && h > 0).map(piece);
}

/**
 * A dialog taller than the screen (a phone, a long debrief page) scrolls: drag it with a finger
 * or the mouse anywhere, or turn the wheel; it stops where its top or bottom edge shows.
 */
function scrollable(
  scene: Phaser.Scene,
  shade: Phaser.GameObjects.Rectangle,
  panel: Phaser.GameObjects.Container,
  height: number,
  screenHeight: number,
  band = 0,
): void {
  const top = band + 12;
  const bottom = Math.min(top, screenHeight - 12 - height);
  // The bar stays at the screen's right edge while the panel moves past it.
  const bar = new ScrollBar(scene, shade.width - 5, top, screenHeight - 12 - top, 5_001);
  const shown = screenHeight - 12 - top;
  const move = (dy: number) => {
    panel.setY(Math.max(bottom, Math.min(top, panel.y + dy)));
    bar.update(top - panel.y, shown, height);
  };
  move(0);
  // Anywhere on the screen: the dialog covers it. Dragged, the panel follows the finger.
  const stop = dragScroll(scene, { takesDrag: () => true, scrollBy: (dy) => move(-dy) });
  shade.once(Phaser.GameObjects.Events.DESTROY, () => {
    bar.destroy();
    stop();
  });
}
