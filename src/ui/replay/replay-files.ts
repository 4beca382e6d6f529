import Phaser from 'phaser';
import { dropHint } from '../files/drop-hint';
import { listenForDrops } from '../files/drop-zone';
import { filePicker } from '../files/file-picker';
import { readTextFile } from '../files/read-file';
import { type Opened, openReadFile } from './open-replay';

/**
 * One replay file at a time, chosen through the hidden input `inputId` or dropped anywhere on
 * the page while `scene` runs: refused by its size before it is read, then checked end to end.
 * Returns what opens the file chooser; everything is let go when the scene shuts down.
 */
export function acceptReplayFiles(
  scene: Phaser.Scene,
  inputId: string,
  hint: string,
  onOpened: (opened: Opened) => void,
  /** Takes a file that is not a replay (a scenario dropped on the title screen); true if it did. */
  divert?: (name: string, text: string) => boolean,
): () => void {
  const open = async (file: File) => {
    const read = await readTextFile(file);
    if (read.ok && scene.sys.isActive() && divert?.(read.name, read.text)) return;
    const opened = openReadFile(read);
    // Files arrive asynchronously: one that lands after the screen closed is dropped.
    if (scene.sys.isActive()) onOpened(opened);
  };
  const onFiles = (files: readonly File[]) => {
    const file = files[0];
    if (file) void open(file);
  };
  const picker = filePicker(inputId, {}, onFiles);
  const stopDrops = listenForDrops(onFiles, dropHint(scene, hint));
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    picker.stop();
    stopDrops();
  });
  return () => picker.choose();
}
