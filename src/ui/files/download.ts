/**
 * Saves data as a file on the player's machine: a Blob behind a temporary
 * object URL, clicked through an `<a download>`. Nothing leaves the browser.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
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
