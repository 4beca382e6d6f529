import type Phaser from 'phaser';
import type { ActionCardView } from '../../view';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { Button } from '../widgets';
import { ActionCard } from './action-card';
import type { GameContext } from './context';
import { CARD_HEIGHT } from './layout';
import { panelFrame } from './panel-frame';

const COLUMNS = 2;
const GAP = 8;

/** Every action card in fixed places, two columns to a page. */
export class ActionPanel {
  private readonly slots: ActionCard[] = [];
  private readonly pageText: Phaser.GameObjects.Text;
  private readonly prev: Button;
  private readonly next: Button;
  private cards: readonly ActionCardView[] = [];
  private page = 0;

  constructor(
    private readonly ctx: GameContext,
    x: number,
    y: number,
    width: number,
    height: number,
    onChoose: (card: ActionCardView) => void,
    /** The page buttons' side: 44 where a finger presses them. */
    pager = { width: 34, height: 26 },
  ) {
    const { scene } = ctx;
    const a = STRINGS.game.actions;
    panelFrame(scene, x, y, width, height, a.heading);
    const head = pager.height + 10;
    this.pageText = scene.add
      .text(
        x + width - 2 * pager.width - 24,
        y + head / 2 - 2,
        '',
        textStyle(12, { weight: 700, color: PALETTE.inkSoft }),
      )
      .setOrigin(1, 0.5);
    this.prev = new Button(
      scene,
      x + width - 2 * pager.width - 16,
      y + 4,
      a.prev,
      () => this.turnPage(-1),
      { variant: 'quiet', ...pager, fontSize: 12, enabled: () => this.pages() > 1 },
    );
    this.next = new Button(
      scene,
      x + width - pager.width - 10,
      y + 4,
      a.next,
      () => this.turnPage(1),
      {
        variant: 'quiet',
        ...pager,
        fontSize: 12,
        enabled: () => this.pages() > 1,
      },
    );
    const cardWidth = (width - 20 - GAP * (COLUMNS - 1)) / COLUMNS;
    const top = y + head;
    const rows = Math.max(1, Math.floor((height - head) / (CARD_HEIGHT + 5)));
    for (let row = 0; row < rows; row++) {
      for (let col = 0; col < COLUMNS; col++) {
        this.slots.push(
          new ActionCard(
            ctx,
            x + 10 + col * (cardWidth + GAP),
            top + row * (CARD_HEIGHT + 5),
            cardWidth,
            onChoose,
          ),
        );
      }
    }
  }

  update(cards: readonly ActionCardView[]): void {
    this.cards = cards;
    this.page = Math.min(this.page, this.pages() - 1);
    this.render();
  }

  /** ◀ and ▶ go round: past the last page is the first. */
  turnPage(step: number): void {
    const pages = this.pages();
    const page = (((this.page + step) % pages) + pages) % pages;
    if (page === this.page) return;
    this.page = page;
    this.render();
    const first = this.slots[0];
    if (first && this.slots.includes(this.ctx.focus.focused() as ActionCard))
      this.ctx.focus.focus(first);
  }

  /**
   * Keyboard shortcut target: the first card that can be played now, on whichever page it is
   * (with a hand dealt, most cards are grey); the first card when none can.
   */
  focusFirst(): void {
    const playable = this.cards.findIndex((c) => c.blocked === null);
    const index = Math.max(0, playable);
    const page = Math.floor(index / this.slots.length);
    if (this.page !== page) {
      this.page = page;
      this.render();
    }
    const slot = this.slots[index % this.slots.length];
    if (slot?.enabled()) this.ctx.focus.focus(slot);
  }

  private pages(): number {
    return Math.max(1, Math.ceil(this.cards.length / this.slots.length));
  }

  private render(): void {
    const start = this.page * this.slots.length;
    this.slots.forEach((slot, i) => {
      slot.show(this.cards[start + i] ?? null);
    });
    this.pageText.setText(STRINGS.game.actions.page(this.page + 1, this.pages()));
    this.prev.refresh();
    this.next.refresh();
    const focused = this.ctx.focus.focused();
    if (focused instanceof ActionCard && !focused.enabled()) this.ctx.focus.focus(null);
  }
}
