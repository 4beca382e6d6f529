import Phaser from 'phaser';
import { newGameLink, replayLink } from '../../share';
import { app } from '../app';
import { announce } from '../screens/announce';
import { STRINGS } from '../strings';
import { Button, type FocusManager } from '../widgets';
import { branchComparable } from './branch';
import { downloadCurrentReplay, gameBase, linkLang } from './share';
import { openShareDialog } from './share-dialog';

const S = STRINGS.replays;

/** The share dialog for the player's own game: its replay, and a new game on the same dice. */
export function shareCurrentGame(scene: Phaser.Scene, focus: FocusManager): void {
  const { store } = app();
  const replay = store.getState().replay();
  if (!replay) {
    announce(S.share.noGame);
    return;
  }
  openShareDialog(scene, focus, S.share.title, [
    {
      heading: S.share.replayHeading,
      help: S.share.replayHelp,
      url: replayLink(gameBase(), replay, linkLang()),
    },
    {
      heading: S.share.newHeading,
      help: S.share.newHelp,
      url: newGameLink(gameBase(), replay.scenario.id, replay.seed, linkLang()),
    },
  ]);
}

/** Downloads the player's game as a replay file named after them; says what it did. */
export function downloadCurrentGame(): string {
  const file = downloadCurrentReplay();
  const message = file ? S.downloaded(file) : S.noGame;
  announce(message);
  return message;
}

/**
 * "Download replay [D]", "Share link [L]" and, for a game branched from a
 * replay, "Compare endings [K]": one row for the screens that show the
 * player's game. Returns the row's right edge.
 */
export function addReplayActions(
  scene: Phaser.Scene,
  focus: FocusManager,
  x: number,
  y: number,
  say: (message: string) => void = () => undefined,
): number {
  const style = { variant: 'secondary' as const, fontSize: 15 };
  const download = new Button(
    scene,
    x,
    y,
    S.actions.download,
    () => say(downloadCurrentGame()),
    { ...style, hotkey: 'D' },
    focus,
  );
  const share = new Button(
    scene,
    download.container.x + download.width + 10,
    y,
    S.actions.share,
    () => shareCurrentGame(scene, focus),
    { ...style, hotkey: 'L' },
    focus,
  );
  let right = share.container.x + share.width;
  const keys: Record<string, () => void> = {
    d: () => download.activate(),
    l: () => share.activate(),
  };
  if (branchComparable()) {
    const compare = new Button(
      scene,
      right + 10,
      y,
      S.actions.compare,
      () => scene.scene.start('Compare', { from: scene.scene.key }),
      { ...style, hotkey: 'K' },
      focus,
    );
    right = compare.container.x + compare.width;
    keys.k = () => compare.activate();
  }
  const unbind = focus.bindKeys(keys);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, unbind);
  return right;
}
