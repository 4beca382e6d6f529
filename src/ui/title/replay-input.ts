/**
 * Replay files reach the game two ways: a hidden file input (opened by the
 * "Load a replay" button) and a file dropped anywhere on the page. Both hand
 * the text to one callback; nothing from the file touches the DOM.
 */
export const REPLAY_INPUT_ID = 'replay-file';

export type ReplayFileHandler = (text: string | null, fileName: string) => void;

function input(): HTMLInputElement {
  const existing = document.getElementById(REPLAY_INPUT_ID);
  if (existing instanceof HTMLInputElement) return existing;
  const el = document.createElement('input');
  el.type = 'file';
  el.id = REPLAY_INPUT_ID;
  el.accept = '.json,application/json';
  el.hidden = true;
  document.body.append(el);
  return el;
}

async function read(file: File, handle: ReplayFileHandler): Promise<void> {
  try {
    handle(await file.text(), file.name);
  } catch {
    handle(null, file.name);
  }
}

/** Listens for chosen and dropped files until the returned function is called. */
export function listenForReplayFiles(
  handle: ReplayFileHandler,
  onDragging: (dragging: boolean) => void,
): { choose(): void; stop(): void } {
  const el = input();
  const onChange = () => {
    const file = el.files?.[0];
    // Cleared so that choosing the same file again fires another change.
    el.value = '';
    if (file) void read(file, handle);
  };
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    onDragging(true);
  };
  const onDragLeave = (event: DragEvent) => {
    if (event.relatedTarget === null) onDragging(false);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    onDragging(false);
    const file = event.dataTransfer?.files[0];
    if (file) void read(file, handle);
  };
  el.addEventListener('change', onChange);
  document.addEventListener('dragover', onDragOver);
  document.addEventListener('dragleave', onDragLeave);
  document.addEventListener('drop', onDrop);
  return {
    choose: () => el.click(),
    stop: () => {
      el.removeEventListener('change', onChange);
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('dragleave', onDragLeave);
      document.removeEventListener('drop', onDrop);
    },
  };
}
