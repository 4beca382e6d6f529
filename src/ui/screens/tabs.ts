import Phaser from 'phaser';
import { PALETTE } from '../theme';
import { Button, type FocusManager } from '../widgets';

/** How a tab row fits its screen: wrapped at `width`, and sized for a finger on touch forms. */
export interface TabsFit {
  readonly width?: number;
  readonly touch?: boolean;
}

/**
 * A row of tabs, reached with Tab or the number keys; the open one is underlined. A row too
 * long for its width (a phone) wraps onto more rows.
 */
export class Tabs {
  private readonly buttons: Button[] = [];
  private selected = 0;
  private readonly mark: Phaser.GameObjects.Rectangle;

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    labels: readonly string[],
    private readonly onSelect: (index: number) => void,
    focus: FocusManager,
    fit: TabsFit = {},
  ) {
    let left = x;
    let top = y;
    labels.forEach((label, i) => {
      const button = new Button(
        scene,
        left,
        y,
        label,
        () => this.select(i),
        {
          variant: 'secondary',
          hotkey: String(i + 1),
          fontSize: 15,
          ...(fit.touch ? { height: 44 } : {}),
        },
        focus,
      );
      if (fit.width !== undefined && left > x && left + button.width > x + fit.width) {
        left = x;
        top += button.height + 12;
        button.container.setPosition(left, top);
      }
      this.buttons.push(button);
      left += button.width + 8;
      this.rowsBottom = top + button.height + 8;
    });
    this.mark = scene.add.rectangle(x, y, 10, 5, PALETTE.bambooDark).setOrigin(0, 0);
    const keys = Object.fromEntries(labels.map((_, i) => [String(i + 1), () => this.select(i)]));
    const unbind = focus.bindKeys(keys);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, unbind);
  }

  /** Where the rows end, with the underline of the open tab (y). */
  get bottom(): number {
    return this.rowsBottom;
  }

  private rowsBottom = 0;

  get index(): number {
    return this.selected;
  }

  get count(): number {
    return this.buttons.length;
  }

  select(index: number): void {
    this.selected = index;
    const button = this.buttons[index];
    if (button) {
      const { x, y } = button.container;
      this.mark.setPosition(x, y + button.height + 3).setSize(button.width, 5);
    }
    this.onSelect(index);
  }
}
