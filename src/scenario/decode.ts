/**
 * Bytes of a scenario, replay or save file to text (the lowest gate that reads files holds it), the same way in the browser
 * and on the command line: a UTF-8 byte-order mark is dropped, UTF-16 files
 * (with their mark, as Windows Notepad writes them) are decoded as UTF-16,
 * and anything else is read as UTF-8 with bad bytes replaced, never refused
 * for its encoding alone (the JSON gate says what is wrong with it).
 */
export function decodeText(bytes: Uint8Array): string {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return utf('utf-8', bytes.subarray(3));
  if (a === 0xff && b === 0xfe) return utf('utf-16le', bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return utf('utf-16be', bytes.subarray(2));
  return stripBom(utf('utf-8', bytes));
}

/** Text already decoded (a share link, a pasted string): only the mark goes. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function utf(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  return new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes);
}
