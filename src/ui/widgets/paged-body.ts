import Phaser from 'phaser';
import { announce } from '../screens/announce';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { Button } from './button';
import type { FocusManager } from './focus';
import { paginate } from './paginate';

/** A block of a dialog's body: drawn at (0, 0) in its own container, `height` tall. */
export interface BodyBlock {
  readonly container: Phaser.GameObjects.Container;
  readonly height: number;
  /** A heading: kept with the block after it. */
  readonly keepWithNext?: boolean;
}

const GAP = 10;
/** The page buttons' width where there is room: "◀ Previous [PgUp]" at 16 px. */
const BUTTON_WIDTH = 190;

/**
 * A dialog body too long for the screen, in pages rather than cut short: the blocks are laid
 * into pages no taller than `room`, every page as tall as the tallest so the dialog keeps its
 * size, and under them a row with the page's number ("Page 1 of 3") between Previous and Next.
 * [ and ] or Page Up and Page Down turn the pages while the dialog is the top layer. A body
 * that fits has one page and no row.
 */
export class PagedBody {
  /** The body's height: the tallest page and the row that turns them. */
  readonly height: number;
  private readonly pages: Phaser.GameObjects.Container[];
  private at = 0;
  private readonly prev: Button | null = null;
  private readonly next: Button | null = null;
  private readonly label: Phaser.GameObjects.Text | null = null;

  constructor(
    scene: Phaser.Scene,
    focus: FocusManager,
    into: Phaser.GameObjects.Container,
    blocks: readonly BodyBlock[],
    width: number,
    room: number,
    touch: boolean,
  ) {
    const rowHeight = touch ? 44 : 36;
    const whole = blocks.reduce((a, b, i) => a + b.height + (i > 0 ? GAP : 0), 0);
    // The row that turns the pages takes room from them; a body that fits needs none.
    const budget = whole <= room ? room : room - rowHeight - 2 * GAP - 22;
    let tallest = 0;
    this.pages = paginate(blocks, budget, GAP).map((indices) => {
      const page = scene.add.container(0, 0);
      let y = 0;
      for (const i of indices) {
        const block = blocks[i] as BodyBlock;
        block.container.setY(y);
        page.add(block.container);
        y += block.height + GAP;
      }
      tallest = Math.max(tallest, y - GAP);
      into.add(page);
      return page;
    });
    if (this.pages.length <= 1) {
      this.height = tallest;
      return;
    }
    const S = STRINGS.screens;
    const y = tallest + GAP;
    // Two buttons of one width that always fit side by side; a hint that does not fit is left
    // to the keys' help (see Button).
    const size = {
      width: Math.min(BUTTON_WIDTH, (width - 12) / 2),
      ...(touch ? { height: 44 } : {}),
    };
    const prev = new Button(
      scene,
      0,
      y,
      `◀ ${S.previous}`,
      () => this.turn(-1),
      { variant: 'secondary', hotkey: 'PgUp', ...size, enabled: () => this.at > 0 },
      focus,
    );
    const next = new Button(
      scene,
      0,
      y,
      `${S.next} ▶`,
      () => this.turn(1),
      {
        variant: 'secondary',
        hotkey: 'PgDn',
        ...size,
        enabled: () => this.at < this.pages.length - 1,
      },
      focus,
    );
    next.container.setX(width - next.width);
    const label = scene.add
      .text(0, 0, S.page(99, 99), textStyle(14, { weight: 700, color: PALETTE.inkSoft }))
      .setOrigin(0.5);
    // The page's number sits between the buttons, or under them where they leave it no room.
    const inRow = width - prev.width - next.width - 24 >= label.width;
    if (inRow) label.setPosition((prev.width + width - next.width) / 2, y + prev.height / 2);
    else label.setPosition(width / 2, y + prev.height + 6 + label.height / 2);
    into.add([prev.container, next.container, label]);
    this.prev = prev;
    this.next = next;
    this.label = label;
    this.height = inRow ? y + prev.height : y + prev.height + 6 + label.height;
    const unbind = focus.bindKeys({
      '[': () => this.turn(-1),
      ']': () => this.turn(1),
      PageUp: () => this.turn(-1),
      PageDown: () => this.turn(1),
    });
    into.once(Phaser.GameObjects.Events.DESTROY, unbind);
    this.show(0);
  }

  get count(): number {
    return this.pages.length;
  }

  get index(): number {
    return this.at;
  }

  /** Turns `step` pages on (or back), and says the new page's number to a screen reader. */
  turn(step: number): void {
    const before = this.at;
    this.show(this.at + step);
    if (this.at !== before) announce(STRINGS.screens.page(this.at + 1, this.pages.length));
  }

  private show(index: number): void {
    this.at = Math.max(0, Math.min(index, this.pages.length - 1));
    this.pages.forEach((p, i) => {
      p.setVisible(i === this.at);
    });
    this.label?.setText(STRINGS.screens.page(this.at + 1, this.pages.length));
    this.prev?.refresh();
    this.next?.refresh();
  }
}
