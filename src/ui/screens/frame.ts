import Phaser from 'phaser';
import { drawBamboo } from '../scenes/bamboo-art';
import { STRINGS } from '../strings';
import { css, PALETTE, textStyle } from '../theme';
import { Button, FocusManager } from '../widgets';
import { LANDSCAPE_PAGE, type PageLayout } from './page-layout';

/** Where a full-screen page may draw, below its header and above its footer (1280×720). */
export const CONTENT = { x: 120, y: 150, width: 1100, height: 500 } as const;
export const FOOTER_Y = 676;

export interface Frame {
  readonly focus: FocusManager;
  readonly back: Button;
  /** Where the title's text ends (x): a subtitle beside it starts after this, in any language. */
  readonly titleEnd: number;
  /** Where the title (and the way back beside it) ends (y): a phone's header goes on below. */
  readonly titleBottom: number;
  readonly layout: PageLayout;
}

/**
 * The look shared by the help, credits and debrief: paper, the bamboo at the
 * left edge, a title, and a way back that Escape also takes. On a phone the title wraps
 * beside the way back, and the bamboo stays out of the one column.
 */
export function drawFrame(
  scene: Phaser.Scene,
  title: string,
  onBack: () => void,
  layout: PageLayout = LANDSCAPE_PAGE,
): Frame {
  scene.cameras.main.setBackgroundColor(css(PALETTE.paper));
  if (!layout.narrow) drawBamboo(scene, -20, layout.height).setAlpha(0.55);
  const focus = new FocusManager(scene);
  const back = new Button(scene, 0, layout.headerY + 2, STRINGS.screens.back, onBack, {
    variant: 'secondary',
    hotkey: 'Esc',
    ...(layout.touch ? { height: 44 } : {}),
  });
  const right = layout.x + layout.contentWidth;
  back.container.setX(right - back.width);
  focus.add(back);
  const heading = scene.add.text(layout.x, layout.headerY, title, {
    ...textStyle(layout.narrow ? 24 : 30, { weight: 700, color: PALETTE.bambooDark }),
    wordWrap: { width: back.container.x - layout.x - 12, useAdvancedWrap: true },
  });
  const ruleY = layout.narrow
    ? Math.max(heading.y + heading.height, back.container.y + back.height) + 6
    : layout.headerY + 50;
  scene.add.rectangle(layout.x, ruleY, 64, 4, PALETTE.bamboo).setOrigin(0, 0.5);
  const unbind = focus.bindKeys({ Escape: onBack });
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, unbind);
  return {
    focus,
    back,
    titleEnd: layout.x + heading.width,
    titleBottom: ruleY + 10,
    layout,
  };
}
