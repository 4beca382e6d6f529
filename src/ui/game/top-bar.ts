import type Phaser from 'phaser';
import type { StatusView } from '../../view';
import { STRINGS } from '../strings';
import { css, PALETTE, textStyle } from '../theme';
import { Button } from '../widgets';
import { PANEL, TONE_COLOR } from './colors';
import type { GameContext } from './context';

export interface TopBarHandlers {
  canUndo(): boolean;
  undo(): void;
  help(): void;
  menu(): void;
  /** End the month, bring back a waiting event, or go to the debrief: whichever fits. */
  primary(): void;
}

/** Room for the turn label, left of the political capital. */
const MONTH_WIDTH = 224;
/** The month and turn, political capital, the score so far, and the screen's main buttons. */
export class TopBar {
  private readonly month: Phaser.GameObjects.Text;
  private readonly turn: Phaser.GameObjects.Text;
  private readonly capital: Phaser.GameObjects.Text;
  private readonly score: Phaser.GameObjects.Text;
  private readonly notice: Phaser.GameObjects.Text;
  private readonly undo: Button;
  private readonly primary: Button;

  constructor(ctx: GameContext, width: number, height: number, on: TopBarHandlers) {
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
        6,
        label.toUpperCase(),
        textStyle(10, { weight: 700, color: PALETTE.inkSoft }),
      );
      return scene.add.text(x, 20, '', textStyle(20, { weight: 700 }));
    };
    this.capital = stat(250, g.capital);
    this.score = stat(400, g.score);
    this.notice = scene.add
      .text(520, 26, g.saved, {
        ...textStyle(11, { color: PALETTE.inkSoft }),
        wordWrap: { width: 200, useAdvancedWrap: true },
        maxLines: 3,
      })
      .setOrigin(0, 0.5);

    const y = 9;
    const h = 34;
    let x = width - 12;
    const place = (button: Button) => {
      x -= button.width;
      button.container.setX(x);
      x -= 8;
      return button;
    };
    // Created in Tab order (primary first), then placed right to left.
    this.primary = new Button(
      scene,
      0,
      y,
      g.endMonth,
      () => on.primary(),
      { hotkey: 'E', width: 210, height: h, fontSize: 15 },
      focus,
    );
    this.undo = new Button(
      scene,
      0,
      y,
      g.undo,
      () => on.undo(),
      { hotkey: 'U', variant: 'secondary', height: h, fontSize: 14, enabled: () => on.canUndo() },
      focus,
    );
    const help = new Button(
      scene,
      0,
      y,
      g.keysButton,
      () => on.help(),
      { hotkey: 'H', variant: 'quiet', height: h, fontSize: 14 },
      focus,
    );
    const menu = new Button(
      scene,
      0,
      y,
      g.menuButton,
      () => on.menu(),
      { hotkey: 'M', variant: 'quiet', height: h, fontSize: 14 },
      focus,
    );
    place(this.primary);
    place(this.undo);
    place(help);
    place(menu);
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
  ): void {
    const text = notice ?? (warning ? `⚠ ${warning}` : STRINGS.game.saved);
    this.notice
      .setText(text)
      .setColor(css(notice || warning ? TONE_COLOR.bad : PALETTE.inkSoft))
      .setFontStyle(warning && !notice ? 'bold' : 'normal');
    this.month.setFontSize(20).setText(status.month);
    // A long turn label ("26 June – 9 July 2014") shrinks rather than run under the capital.
    for (let size = 20; size > 11 && this.month.width > MONTH_WIDTH; size--)
      this.month.setFontSize(size - 1);
    this.turn.setText(
      STRINGS.game.turnOf(status.turn, status.turns, STRINGS.units.title[status.unit]),
    );
    this.capital.setText(String(status.capital));
    this.score.setText(status.score.toFixed(1));
    this.primary.setLabel(primaryLabel);
    this.undo.refresh();
    this.primary.refresh();
  }
}
