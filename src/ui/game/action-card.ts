import Phaser from 'phaser';
import { type ActionCardView, priceRaised, priceWhy } from '../../view';
import { STRINGS } from '../strings';
import { css, PALETTE, textStyle } from '../theme';
import type { Focusable, TooltipLine } from '../widgets';
import { PANEL, TONE_COLOR } from './colors';
import type { GameContext } from './context';
import { FocusTooltip } from './focus-tooltip';
import { CARD_HEIGHT } from './layout';

/** A card's title gets two lines. */
const TITLE_LINES = 2;

const CATEGORY_COLOR: Readonly<Record<string, number>> = {
  summitry: 0x235f8c,
  economy: 0x7a5a12,
  sea: 0x1f6f68,
  home: 0x8a3f74,
};

/**
 * A slot in the action grid. Slots stay put (so Tab order never jumps); each shows whichever
 * card the current page puts in it. Unplayable cards stay focusable, greyed, so the player can
 * read why.
 */
export class ActionCard implements Focusable {
  private readonly bg: Phaser.GameObjects.Rectangle;
  private readonly strip: Phaser.GameObjects.Rectangle;
  private readonly title: Phaser.GameObjects.Text;
  private readonly meta: Phaser.GameObjects.Text;
  private readonly cost: Phaser.GameObjects.Text;
  private readonly tooltip: FocusTooltip;
  private card: ActionCardView | null = null;
  private hovered = false;
  private readonly focus: GameContext['focus'];

  constructor(
    ctx: GameContext,
    private readonly x: number,
    private readonly y: number,
    private readonly width: number,
    private readonly onChoose: (card: ActionCardView) => void,
  ) {
    const { scene } = ctx;
    this.focus = ctx.focus;
    this.bg = scene.add
      .rectangle(x, y, width, CARD_HEIGHT, PALETTE.paper)
      .setOrigin(0)
      .setStrokeStyle(1, PANEL.stroke)
      .setInteractive({ useHandCursor: true });
    this.strip = scene.add.rectangle(x, y, 5, CARD_HEIGHT, PALETTE.inkSoft).setOrigin(0);
    // Two lines of title set close, so they clear the category line under them.
    this.title = scene.add.text(x + 12, y + 2, '', {
      ...textStyle(12, { weight: 700 }),
      wordWrap: { width: width - 22, useAdvancedWrap: true },
      maxLines: TITLE_LINES,
      lineSpacing: -2,
    });
    this.meta = scene.add.text(x + 12, y + CARD_HEIGHT - 3, '', textStyle(11)).setOrigin(0, 1);
    this.cost = scene.add
      .text(x + width - 8, y + CARD_HEIGHT - 3, '', textStyle(11, { weight: 700 }))
      .setOrigin(1, 1);
    this.bg.on(Phaser.Input.Events.POINTER_OVER, (pointer: Phaser.Input.Pointer) =>
      this.pointed(pointer),
    );
    this.bg.on(Phaser.Input.Events.POINTER_MOVE, (pointer: Phaser.Input.Pointer) =>
      this.pointed(pointer),
    );
    this.bg.on(Phaser.Input.Events.POINTER_OUT, () => this.hover(false));
    this.tooltip = new FocusTooltip(
      ctx,
      () => this.tooltipLines(),
      () => this.bounds(),
    );
    this.tooltip.hoverOn(this.bg);
    this.bg.on(Phaser.Input.Events.POINTER_UP, () => this.activate());
    ctx.focus.add(this);
    this.show(null);
  }

  show(card: ActionCardView | null): void {
    this.card = card;
    const visible = card !== null;
    for (const o of [this.bg, this.strip, this.title, this.meta, this.cost]) o.setVisible(visible);
    if (!card) return;
    const playable = card.blocked === null;
    this.title
      .setText(fitTitle(this.title, card.title))
      .setColor(css(playable ? PALETTE.ink : 0x7a7567));
    this.meta
      .setText(card.categoryLabel.toUpperCase())
      .setColor(css(playable ? (CATEGORY_COLOR[card.category] ?? PALETTE.inkSoft) : 0x8d8778));
    const price = priceText(card);
    this.cost
      .setText(
        playable
          ? price
          : card.tag
            ? card.priced
              ? `${card.tag} · ${price}`
              : card.tag
            : `✕ ${price}`,
      )
      .setColor(css(playable ? PALETTE.ink : 0x8d8778));
    // A long reason ("done in fortnight 1 · rests 2") keeps the line before the price does,
    // and on a narrow face its short form ("rests 2") does: the tooltip says the whole.
    const room = this.width - 20;
    if (!playable && card.tag && card.priced && this.cost.width > room) this.cost.setText(card.tag);
    if (!playable && card.tagShort && this.cost.width > room) this.cost.setText(card.tagShort);
    this.fitMeta(card.categoryLabel.toUpperCase());
    this.strip.setFillStyle(
      playable ? (CATEGORY_COLOR[card.category] ?? PALETTE.inkSoft) : 0xbdb6a4,
    );
    this.paint();
    this.tooltip.refresh();
  }

  /**
   * Where the reason or price on the right needs the line (a phone, "answer the event first"),
   * the category gives way whole: a word cut to "SUMMI…" reads as a glitch. The tooltip still
   * names it.
   */
  private fitMeta(label: string): void {
    const room = this.width - 12 - 8 - this.cost.width - 8;
    if (this.meta.setText(label).width > room) this.meta.setText('');
  }

  get current(): ActionCardView | null {
    return this.card;
  }

  bounds(): Phaser.Geom.Rectangle {
    return new Phaser.Geom.Rectangle(this.x, this.y, this.width, CARD_HEIGHT);
  }

  enabled(): boolean {
    return this.card !== null;
  }

  activate(): void {
    if (this.card) this.onChoose(this.card);
  }

  onFocus(): void {
    this.tooltip.focus();
  }

  onBlur(): void {
    // The keyboard moved on: the card under a resting pointer no longer looks picked.
    this.hover(false);
    this.tooltip.blur();
  }

  /**
   * The mouse over a card takes the keyboard focus to it, so the ring, the tooltip and the
   * pointer always name the same card. A finger has no hover: its tap opens the card.
   */
  private pointed(pointer: Phaser.Input.Pointer): void {
    if (pointer.wasTouch || !this.card) return;
    if (this.focus.focused() !== this) this.focus.focus(this);
    if (!this.hovered) this.hover(true);
  }

  private hover(on: boolean): void {
    this.hovered = on;
    this.paint();
  }

  private paint(): void {
    const playable = this.card?.blocked === null;
    const fill = playable ? (this.hovered ? 0xfffaf0 : 0xfdf9f0) : 0xe4dfd3;
    this.bg
      .setFillStyle(fill)
      .setStrokeStyle(this.hovered ? 2 : 1, this.hovered ? PALETTE.ink : PANEL.stroke);
  }

  private tooltipLines(): TooltipLine[] | null {
    const card = this.card;
    if (!card) return null;
    const lines: TooltipLine[] = [
      { text: card.title, bold: true, size: 14 },
      {
        // When it was played, for a face that had no room to say it.
        text: [card.categoryLabel, priceText(card), ...(card.tagShort ? [card.tag] : [])].join(
          ' · ',
        ),
        size: 12,
        color: PALETTE.inkSoft,
      },
    ];
    const why = priceWhy(card.price);
    if (why) lines.push({ text: why, size: 12, color: PALETTE.inkSoft });
    lines.push({ text: card.text, size: 12 });
    if (card.blocked) {
      lines.push({
        text: `${STRINGS.game.actions.notNow}${card.blocked}`,
        bold: true,
        size: 12,
        color: TONE_COLOR.bad,
      });
    }
    return lines;
  }
}

/** The price the engine will charge; a "▲" when the state has raised it above the printed one. */
function priceText(card: ActionCardView): string {
  const a = STRINGS.game.actions;
  return priceRaised(card.price) ? a.costRaised(card.cost) : a.cost(card.cost);
}

/** The title in its two lines; one that needs more ends its second line in "…", on a word. */
function fitTitle(text: Phaser.GameObjects.Text, title: string): string {
  if (text.getWrappedText(title).length <= TITLE_LINES) return title;
  const words = title.split(' ');
  while (words.length > 1) {
    words.pop();
    const cut = `${words.join(' ')}…`;
    if (text.getWrappedText(cut).length <= TITLE_LINES) return cut;
  }
  return title;
}
