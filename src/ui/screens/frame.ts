import Phaser from 'phaser';
import { drawBamboo } from '../scenes/bamboo-art';
import { STRINGS } from '../strings';
import { css, PALETTE, textStyle } from '../theme';
import { Button, FocusManager } from '../widgets';

/** Where a full-screen page may draw, below its header and above its footer. */
export const CONTENT = { x: 120, y: 150, width: 1100, height: 500 } as const;
export const FOOTER_Y = 676;

export interface Frame {
  readonly focus: FocusManager;
  readonly back: Button;
  /** Where the title's text ends (x): a subtitle beside it starts after this, in any language. */
  readonly titleEnd: number;
}

/**
 * The look shared by the help, credits and debrief: paper, the bamboo at the
 * left edge, a title, and a way back that Escape also takes.
 */
export function drawFrame(scene: Phaser.Scene, title: string, onBack: () => void): Frame {
  scene.cameras.main.setBackgroundColor(css(PALETTE.paper));
  drawBamboo(scene, -20, scene.scale.height).setAlpha(0.55);
  const heading = scene.add.text(
    CONTENT.x,
    26,
    title,
    textStyle(30, { weight: 700, color: PALETTE.bambooDark }),
  );
  scene.add.rectangle(CONTENT.x, 76, 64, 4, PALETTE.bamboo).setOrigin(0, 0.5);
  const focus = new FocusManager(scene);
  const back = new Button(scene, 0, 28, STRINGS.screens.back, onBack, {
    variant: 'secondary',
    hotkey: 'Esc',
  });
  back.container.setX(CONTENT.x + CONTENT.width - back.width);
  focus.add(back);
  const unbind = focus.bindKeys({ Escape: onBack });
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, unbind);
  return { focus, back, titleEnd: CONTENT.x + heading.width };
}
