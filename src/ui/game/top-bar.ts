import Phaser from 'phaser';
import { formatDecimal } from '../../i18n';
import type { CapitalIncomeWords, StatusView } from '../../view';
import { STRINGS } from '../strings';
import { css, PALETTE, textStyle } from '../theme';
import { Button } from '../widgets';
import { countTo } from '../widgets/motion';
import { PANEL, TONE_COLOR } from './colors';
import type { GameContext } from './context';
import { FocusTooltip } from './focus-tooltip';
import { SoundButton } from './sound-button';

export interface TopBarHandlers {
  /** True when Undo acts now: a decision it may take back, and nothing in the way. */
  canUndo(): boolean;
  undo(): void;
  /** What Undo would take back, or why it cannot. */
  undoHint(): string;
  help(): void;
  menu(): void;
  /** End the month, bring back a waiting event, or go to the debrief: whichever fits. */
  primary(): void;
  soundOn(): boolean;
  toggleSound(): void;
}

/** Room for the turn label, left of the political capital. */
const MONTH_WIDTH = 224;
/** The portrait top bar: the month and the figures on one row, the buttons on the next. */
export const PORTRAIT_TOP_BAR_HEIGHT = 146;
/** Where the notice starts in landscape, after the score. */
const NOTICE_X = 505;
const SOUND_STACKED = { width: 62, height: 34 };
const SOUND_INLINE = { width: 96, height: 44 };
/** A finger's target: 44 CSS pixels (a layout unit is about one CSS pixel in portrait). */
const TOUCH = 44;
/** The month and turn, political capital, the score so far, and the screen's main buttons. */
export class TopBar {
  private readonly month: Phaser.GameObjects.Text;
  private readonly turn: Phaser.GameObjects.Text;
  private readonly capital: Phaser.GameObjects.Text;
  /** Beside the capital: what the figure is ("left to spend"). */
  private readonly left: Phaser.GameObjects.Text;
  /** Under that: the net the month began with ("+3 net this month"); its parts on hover or tap. */
  private readonly income: Phaser.GameObjects.Text;
  private capitalWords: CapitalIncomeWords | null = null;
  private readonly score: Phaser.GameObjects.Text;
  private readonly notice: Phaser.GameObjects.Text;
  private readonly undo: Button;
  /** Whether Undo was last drawn as able to act (null before it is drawn). */
  private undoShown: boolean | null = null;
  private readonly primary: Button;
  private readonly monthWidth: number;
  private readonly sound: SoundButton;
  /** The figures as last shown, to count from. */
  private shown: { capital: number; score: number } | null = null;

  constructor(
    ctx: GameContext,
    width: number,
    height: number,
    on: TopBarHandlers,
    portrait = false,
  ) {
    const { scene, focus } = ctx;
    const g = STRINGS.game;
    scene.add.rectangle(0, 0, width, height, PALETTE.paperDeep).setOrigin(0);
    scene.add.rectangle(0, height - 2, width, 2, PANEL.stroke).setOrigin(0);
    this.month = scene.add.text(
      16,
      6,
      '',
      textStyle(20, { weight: 700, color: PALETTE.bambooDark }),
    );
    this.turn = scene.add.text(16, 32, '', textStyle(12, { color: PALETTE.inkSoft }));
    const stat = (x: number, label: string) => {
      scene.add.text(
        x,
        5,
        label.toUpperCase(),
        textStyle(10, { weight: 700, color: PALETTE.inkSoft }),
      );
      // Far enough below its caption that the two never touch, with room for the digits' tails.
      return scene.add.text(x, 21, '', textStyle(20, { weight: 700 }));
    };
    this.capital = stat(portrait ? width - 236 : 250, g.capital);
    // Past two digits of capital, clear of the score's column: two short lines, what the
    // figure is and the net the month began with.
    const small = textStyle(11, { color: PALETTE.inkSoft });
    this.left = scene.add.text(this.capital.x + 34, 22, '', small);
    this.income = scene.add.text(this.capital.x + 34, 36, '', small);
    this.score = stat(portrait ? width - 96 : 400, g.score);
    // The net's parts (income, growth, upkeep) are a hover or a tap away on the whole figure.
    const capitalZone = scene.add
      .zone(this.capital.x - 4, 2, this.score.x - this.capital.x - 4, portrait ? 48 : height - 4)
      .setOrigin(0)
      .setInteractive({ useHandCursor: true });
    const zoneBounds = () =>
      new Phaser.Geom.Rectangle(
        capitalZone.x,
        capitalZone.y,
        capitalZone.width,
        capitalZone.height,
      );
    new FocusTooltip(
      ctx,
      () =>
        this.capitalWords ? this.capitalWords.parts.map((text) => ({ text, size: 12 })) : null,
      zoneBounds,
    ).hoverOn(capitalZone);
    this.monthWidth = portrait ? width - 256 : MONTH_WIDTH;
    this.notice = scene.add
      .text(portrait ? 12 : NOTICE_X, portrait ? 122 : 26, g.saved, {
        ...textStyle(12, { color: PALETTE.inkSoft }),
        wordWrap: {
          width: portrait ? width - 24 - SOUND_INLINE.width : 200,
          useAdvancedWrap: true,
        },
        maxLines: portrait ? 1 : 3,
      })
      .setOrigin(0, 0.5);

    const y = portrait ? 54 : 9;
    const h = portrait ? TOUCH : 34;
    // Portrait: the main button takes two fifths of the row, the other three share the rest.
    const primaryWidth = portrait ? Math.round((width - 16) * 0.4) : 210;
    const other = portrait ? { width: Math.floor((width - 16 - primaryWidth - 18) / 3) } : {};
    const size = portrait ? 13 : 14;
    let x = width - (portrait ? 8 : 12);
    const place = (button: Button) => {
      x -= button.width;
      button.container.setX(x);
      x -= portrait ? 6 : 8;
      return button;
    };
    // Created in Tab order (primary first), then placed right to left.
    this.primary = new Button(
      scene,
      0,
      y,
      g.endMonth,
      () => on.primary(),
      { hotkey: 'E', width: primaryWidth, height: h, fontSize: portrait ? 14 : 15 },
      focus,
    );
    let undoFocused = false;
    let undoHovered = false;
    const undoTip = new FocusTooltip(
      ctx,
      () => [{ text: on.undoHint(), size: 12 }],
      () => this.undo.bounds(),
    );
    this.undo = new Button(
      scene,
      0,
      y,
      g.undo,
      () => {
        on.undo();
        // The hint in sight follows: the next decision back, or why there is none.
        if (undoHovered || undoFocused) undoTip.show();
      },
      {
        hotkey: 'U',
        variant: 'secondary',
        height: h,
        fontSize: size,
        ...other,
        enabled: () => on.canUndo(),
        // Hover or keyboard focus says what it would take back, or why it is greyed.
        onHover: (hovered) => {
          undoHovered = hovered;
          if (hovered && !scene.input.activePointer.wasTouch) undoTip.show();
          else if (!hovered && !undoFocused) ctx.tooltip.hide();
        },
        onFocusChange: (focused) => {
          undoFocused = focused;
          if (focused) undoTip.focus();
          else undoTip.blur();
        },
      },
      focus,
    );
    const help = new Button(
      scene,
      0,
      y,
      g.keysButton,
      () => on.help(),
      { hotkey: 'H', variant: 'quiet', height: h, fontSize: size, ...other },
      focus,
    );
    const menu = new Button(
      scene,
      0,
      y,
      g.menuButton,
      () => on.menu(),
      { hotkey: 'M', variant: 'quiet', height: h, fontSize: size, ...other },
      focus,
    );
    if (portrait) {
      // The main button on the left, under the month; the others share the rest of the row.
      this.primary.container.setX(8);
      x = width - 8;
    } else place(this.primary);
    place(this.undo);
    place(help);
    place(menu);
    // The sound switch: left of the menu; on a phone, at the end of the notice's row.
    const sound = portrait ? SOUND_INLINE : SOUND_STACKED;
    this.sound = new SoundButton(
      scene,
      portrait ? width - 8 - sound.width : x - sound.width,
      portrait ? 100 : y,
      sound.width,
      sound.height,
      () => on.soundOn(),
      () => on.toggleSound(),
      focus,
    );
    // The notice takes what room the buttons leave.
    if (!portrait) this.notice.setWordWrapWidth(x - sound.width - 12 - NOTICE_X, true);
  }

  /** Where Undo is on the screen: an event's dialog leaves it open to the pointer. */
  undoBounds(): Phaser.Geom.Rectangle {
    return this.undo.bounds();
  }

  /**
   * Redraws Undo when whether it can act has changed (a decision, or a dialog opened over the
   * board): called every frame, it costs a comparison when nothing changed.
   */
  syncUndo(): void {
    const can = this.undo.enabled();
    if (can === this.undoShown) return;
    this.undoShown = can;
    this.undo.refresh();
  }

  /** Redraws the sound switch (S switched it). */
  refreshSound(): void {
    this.sound.refresh();
  }

  /** A short confirmation (e.g. a setting switched) until the next update. */
  flash(text: string): void {
    this.notice.setText(text).setColor(css(PALETTE.bambooDark));
  }

  /**
   * `notice`: a refused decision or a saving problem the player must see; null when all is
   * well. `warning`: the most urgent gauge near a cliff, shown when there is no notice.
   */
  update(
    status: StatusView,
    primaryLabel: string,
    notice: string | null,
    warning: string | null = null,
    capital: CapitalIncomeWords | null = null,
  ): void {
    this.capitalWords = capital;
    this.left.setText(capital?.left ?? '');
    this.income.setText(capital?.net ?? '');
    // Where the net and its span would run into the score (a phone, Vietnamese), the net alone.
    if (this.income.x + this.income.width > this.score.x - 8)
      this.income.setText(capital?.netShort ?? '');
    const text = notice ?? (warning ? `⚠ ${warning}` : STRINGS.game.saved);
    this.notice
      .setText(text)
      .setColor(css(notice || warning ? TONE_COLOR.bad : PALETTE.inkSoft))
      .setFontStyle(warning && !notice ? 'bold' : 'normal');
    this.month.setFontSize(20).setText(status.month);
    // A long turn label ("26 June – 9 July 2014") shrinks rather than run under the capital.
    for (let size = 20; size > 12 && this.month.width > this.monthWidth; size--)
      this.month.setFontSize(size - 1);
    this.turn.setText(
      STRINGS.game.turnOf(status.turn, status.turns, STRINGS.units.title[status.unit]),
    );
    // The figures count to their new values, so a price paid or a score won is seen happening.
    const shown = this.shown;
    this.shown = { capital: status.capital, score: status.score };
    const scene = this.capital.scene;
    countTo(scene, this.capital, shown?.capital ?? status.capital, status.capital, (v) =>
      String(Math.round(v)),
    );
    countTo(scene, this.score, shown?.score ?? status.score, status.score, (v) =>
      formatDecimal(Math.round(v * 10) / 10),
    );
    this.primary.setLabel(primaryLabel);
    this.undoShown = null;
    this.syncUndo();
    this.primary.refresh();
  }
}
