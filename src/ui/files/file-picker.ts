/**
 * A hidden `<input type=file>` opened by a Phaser button. One input per
 * purpose (its id lets browser tests set files on it); the chosen files go to
 * the callback, never into the DOM.
 */
export interface FilePicker {
  choose(): void;
  stop(): void;
}

export function filePicker(
  id: string,
  options: { readonly multiple?: boolean; readonly accept?: string },
  onFiles: (files: File[]) => void,
): FilePicker {
  const existing = document.getElementById(id);
  const el = existing instanceof HTMLInputElement ? existing : document.createElement('input');
  if (!existing) {
    el.type = 'file';
    el.id = id;
    el.hidden = true;
    document.body.append(el);
  }
  el.multiple = options.multiple ?? false;
  // Phone pickers filter by MIME type, and a replay saved from a chat or a mail is often
  // text/plain or octet-stream: there, every file may be chosen and the loader's gate judges it.
  const touch = window.matchMedia?.('(pointer: coarse)').matches ?? false;
  el.accept = touch ? '' : (options.accept ?? '.json,application/json');
  const onChange = () => {
    const files = [...(el.files ?? [])];
    // Cleared so that choosing the same file again fires another change.
    el.value = '';
    if (files.length > 0) onFiles(files);
  };
  el.addEventListener('change', onChange);
  return {
    choose: () => el.click(),
    stop: () => el.removeEventListener('change', onChange),
  };
}
