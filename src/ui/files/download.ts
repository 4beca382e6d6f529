/**
 * Saves data as a file on the player's machine. On a phone or tablet that can share files, the
 * share sheet opens (save to Files, send to the teacher); elsewhere a Blob behind a temporary
 * object URL is clicked through an `<a download>`. Nothing leaves the browser unless the player
 * sends it.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const file = shareableFile(fileName, blob);
  if (file) {
    navigator.share({ files: [file], title: fileName }).catch((error: unknown) => {
      // The player closed the sheet: nothing to do. Any other refusal: download instead.
      if (!(error instanceof DOMException && error.name === 'AbortError'))
        saveByLink(fileName, blob);
    });
    return;
  }
  saveByLink(fileName, blob);
}

/** The file to share, when this is a touch device whose browser shares files; else null. */
function shareableFile(fileName: string, blob: Blob): File | null {
  if (typeof navigator.canShare !== 'function' || typeof navigator.share !== 'function')
    return null;
  if (!window.matchMedia?.('(pointer: coarse)').matches) return null;
  const file = new File([blob], fileName, { type: blob.type });
  return navigator.canShare({ files: [file] }) ? file : null;
}

function saveByLink(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; keep it a moment for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(
  fileName: string,
  text: string,
  type = 'application/json;charset=utf-8',
): void {
  downloadBlob(fileName, new Blob([text], { type }));
}
