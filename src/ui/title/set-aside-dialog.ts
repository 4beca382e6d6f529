import type Phaser from 'phaser';
import { longDate } from '../../i18n';
import { turnLabel } from '../../i18n/turn-label';
import {
  describeSaveProblem,
  type SaveRecord,
  type SetAsideSave,
  saveToReplayText,
  setAsideFileName,
  turnsEnded,
} from '../../store';
import { app } from '../app';
import { downloadText } from '../files/download';
import { announce } from '../screens/announce';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { Button, Dialog, type FocusManager } from '../widgets';

/** Past this many, the oldest are listed and a line says how many more there are. */
const SHOWN = 30;

const S = () => STRINGS.title.setAside;

/** "12 November 2026" from an ISO time; the date alone is what a player remembers. */
const day = (iso: string) => longDate(iso.slice(0, 10));

/** Where the game had got to: "June 2023" from the scenario's calendar, or "turn 6". */
function reached(entry: SetAsideSave): string | null {
  const { record } = entry;
  if (!record) return null;
  const turn = turnsEnded(record);
  const compiled = app().find(record.scenario.id);
  const at = compiled ? turnLabel(compiled, turn) : S().turn(turn + 1);
  const when = [
    S().reached(at, record.actions.length),
    record.savedAt ? S().saved(day(record.savedAt)) : null,
    entry.setAsideAt ? S().setAsideOn(day(entry.setAsideAt)) : null,
  ];
  return when.filter((w) => w !== null).join(' · ');
}

/** The lines that say what a save set aside was and why it cannot be continued. */
export function describeEntry(entry: SetAsideSave): { heading: string; lines: string[] } {
  const { record } = entry;
  const why = entry.problem ? S().why(describeSaveProblem(entry.problem)) : S().loadsAgain;
  if (!record) {
    const n = entry.key.slice(entry.key.lastIndexOf('.') + 1);
    return { heading: S().unreadable(n), lines: [why, S().stored(entry.key)] };
  }
  const title = app().find(record.scenario.id)?.scenario.title ?? record.scenario.id;
  return {
    heading: S().heading(title, record.seed, record.player),
    lines: [reached(entry) ?? '', S().made(record.engineVersion, record.scenario.hash), why].filter(
      (l) => l !== '',
    ),
  };
}

/** A save set aside, as the file the player keeps: a replay when it can be read, else as found. */
export function downloadSetAside(entry: SetAsideSave): void {
  const n = entry.key.slice(entry.key.lastIndexOf('.') + 1);
  downloadStoredSave(entry.text, entry.record, `bamboo-set-aside-${n}.txt`);
}

/** A stored save's text as a replay file when it reads as a save, else exactly as found. */
export function downloadStoredSave(text: string, record: SaveRecord | null, rawName: string): void {
  if (record) downloadText(setAsideFileName(record), saveToReplayText(record));
  else downloadText(rawName, text, 'text/plain;charset=utf-8');
}

export interface SetAsideDialogOptions {
  /** A line shown above the list (a save just deleted, or why it was not). */
  readonly message?: string;
  /** The player confirmed deleting `entry`. */
  readonly onDelete: (entry: SetAsideSave, download: boolean) => void;
  /** A dialog opened: its kind and buttons go to the test handle (entries' buttons first). */
  readonly publish: (kind: string, dialog: Dialog, entryButtons?: readonly Button[]) => void;
}

/**
 * Every save set aside, oldest first, each with what it was, why it was set aside, and two
 * choices: download it (as a replay when it can be read) and delete it, after a confirmation.
 */
export function openSetAsideDialog(
  scene: Phaser.Scene,
  focus: FocusManager,
  options: SetAsideDialogOptions,
): Dialog {
  const list = app().store.getState().setAsideSaves(app().find);
  const entryButtons: Button[] = [];
  const dialog = new Dialog(scene, focus, {
    title: S().title,
    width: 780,
    body: (root, width) => {
      const narrow = width < 500;
      const text = (y: number, words: string, size: number, extra = {}) => {
        const t = scene.add.text(0, y, words, {
          ...textStyle(size, extra),
          wordWrap: { width, useAdvancedWrap: true },
          lineSpacing: 2,
        });
        root.add(t);
        return t.y + t.height;
      };
      let y = text(0, S().intro, narrow ? 14 : 15);
      if (options.message) y = text(y + 10, options.message, 15, { weight: 700 });
      if (!list.ok) return text(y + 12, S().listFailed(list.reason), 15, { weight: 700 });
      if (list.saves.length === 0) return text(y + 12, S().none, 15);
      for (const entry of list.saves.slice(0, SHOWN)) {
        y += 14;
        root.add(scene.add.rectangle(0, y, width, 1.5, PALETTE.border).setOrigin(0));
        const { heading, lines } = describeEntry(entry);
        y = text(y + 10, heading, 16, { weight: 700, color: PALETTE.bambooDark });
        y = text(y + 4, lines.join('\n'), narrow ? 13 : 14);
        let x = 0;
        const size = { variant: 'quiet' as const, fontSize: 14, ...(narrow ? { height: 44 } : {}) };
        const download = new Button(
          scene,
          x,
          y + 8,
          entry.record ? S().download : S().downloadRaw,
          () => {
            downloadSetAside(entry);
            announce(entry.record ? S().download : S().downloadRaw);
          },
          size,
          focus,
        );
        x += download.width + 10;
        const remove = new Button(
          scene,
          x,
          y + 8,
          S().delete,
          () => confirmDelete(scene, focus, entry, options),
          size,
          focus,
        );
        if (x + remove.width > width) remove.container.setPosition(0, y + 8 + download.height + 8);
        root.add([download.container, remove.container]);
        entryButtons.push(download, remove);
        y = remove.container.y + remove.height;
      }
      if (list.saves.length > SHOWN)
        y = text(y + 12, `+${list.saves.length - SHOWN}`, 14, { color: PALETTE.inkSoft });
      return y;
    },
    buttons: [{ label: STRINGS.title.close, variant: 'secondary', onClick: () => undefined }],
  });
  options.publish('set-aside', dialog, entryButtons);
  return dialog;
}

/** Deleting is for good: the player confirms, and may download the save first. */
function confirmDelete(
  scene: Phaser.Scene,
  focus: FocusManager,
  entry: SetAsideSave,
  { onDelete, publish }: SetAsideDialogOptions,
): void {
  const { heading, lines } = describeEntry(entry);
  const dialog = new Dialog(scene, focus, {
    title: S().deleteTitle,
    width: 620,
    body: (root, width) => {
      const t = scene.add.text(0, 0, S().deleteBody([heading, ...lines].join('\n')), {
        ...textStyle(15),
        wordWrap: { width, useAdvancedWrap: true },
        lineSpacing: 2,
      });
      root.add(t);
      return t.height;
    },
    buttons: [
      {
        label: S().deleteDownloadFirst,
        onClick: () => {
          onDelete(entry, true);
          return undefined;
        },
      },
      {
        label: S().deleteConfirm,
        variant: 'secondary',
        onClick: () => {
          onDelete(entry, false);
          return undefined;
        },
      },
      { label: STRINGS.title.cancel, variant: 'quiet', onClick: () => undefined },
    ],
  });
  publish('delete-set-aside', dialog);
}
