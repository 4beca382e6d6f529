import Phaser from 'phaser';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { Button, type FocusManager } from '../widgets';

/**
 * Shows one of several pages, turned with Page Up / Page Down, the mouse
 * wheel or the two buttons; the buttons hide when there is only one page.
 */
export class Pager {
  private pages: Phaser.GameObjects.Container[] = [];
  private at = 0;
  private readonly prev: Button;
  private readonly next: Button;
  private readonly label: Phaser.GameObjects.Text;
  /** Where the label must not reach left of (buttons sharing its footer row). */
  private labelLeftLimit = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly scene: Phaser.Scene,
    focus: FocusManager,
    right: number,
    y: number,
    touch = false,
  ) {
    this.next = new Button(scene, 0, y, STRINGS.screens.next, () => this.turn(1), {
      variant: 'secondary',
      hotkey: 'PgDn',
      ...(touch ? { height: 44 } : {}),
      enabled: () => this.at < this.pages.length - 1,
    });
    this.next.container.setX(right - this.next.width);
    this.prev = new Button(scene, 0, y, STRINGS.screens.previous, () => this.turn(-1), {
      variant: 'secondary',
      hotkey: 'PgUp',
      ...(touch ? { height: 44 } : {}),
      enabled: () => this.at > 0,
    });
    this.prev.container.setX(this.next.container.x - this.prev.width - 8);
    this.label = scene.add
      .text(
        this.prev.container.x - 16,
        y + this.prev.height / 2,
        '',
        textStyle(15, { color: PALETTE.inkSoft }),
      )
      .setOrigin(1, 0.5);
    focus.add(this.prev);
    focus.add(this.next);
    const unbind = focus.bindKeys({ PageDown: () => this.turn(1), PageUp: () => this.turn(-1) });
    const wheel = (_p: unknown, _o: unknown, _dx: number, dy: number) => {
      if (dy !== 0) this.turn(dy > 0 ? 1 : -1);
    };
    scene.input.on(Phaser.Input.Events.POINTER_WHEEL, wheel);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unbind();
      scene.input.off(Phaser.Input.Events.POINTER_WHEEL, wheel);
    });
  }

  get count(): number {
    return this.pages.length;
  }

  get index(): number {
    return this.at;
  }

  /** Replaces the pages (the old ones are destroyed) and shows the first. */
  setPages(pages: Phaser.GameObjects.Container[]): void {
    for (const p of this.pages) p.destroy(true);
    this.pages = pages;
    this.show(0);
  }

  show(index: number): void {
    this.at = Math.max(0, Math.min(index, this.pages.length - 1));
    this.pages.forEach((p, i) => {
      p.setVisible(i === this.at);
    });
    const many = this.pages.length > 1;
    for (const b of [this.prev, this.next]) {
      b.container.setVisible(many);
      b.refresh();
    }
    this.label.setText(many ? STRINGS.screens.page(this.at + 1, this.pages.length) : '');
    // Short of room beside the row's other buttons, "Page 2 of 5" becomes "2/5", or goes (the
    // greyed Previous or Next still says where the reader is).
    if (this.label.x - this.label.width < this.labelLeftLimit)
      this.label.setText(STRINGS.game.actions.page(this.at + 1, this.pages.length));
    if (this.label.x - this.label.width < this.labelLeftLimit) this.label.setText('');
  }

  /** Keeps the page label right of `x`, where other buttons share the footer row. */
  keepLabelRightOf(x: number): void {
    this.labelLeftLimit = x;
    this.show(this.at);
  }

  private turn(step: number): void {
    if (this.pages.length === 0) return;
    this.show(this.at + step);
    this.scene.events.emit('pager-turned', this.at);
  }
}
