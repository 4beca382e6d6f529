/**
 * Everything the command line prints goes through here. Replay files,
 * scenario files and file names come from other people: a name holding a
 * terminal escape (OSC 52 sets the clipboard, CSI repaints the screen) or a
 * bidi override (text that reads differently from what it is) must reach
 * the teacher's terminal as harmless visible characters.
 */

/** ESC-introduced sequences: CSI (`ESC [ … final`), OSC/DCS/PM/APC strings (to BEL or ST), two-byte escapes. */
const ESCAPES =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /\u001b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])|\u009b[0-?]*[ -/]*[@-~]?|[\u0090\u009d\u009e\u009f][^\u0007\u009c\u001b]*(?:\u0007|\u009c)?/g;
/** Bidi embeddings, overrides, isolates and marks: they reorder what follows them. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const LINE_BREAKS = /[\n\t]/g;

/**
 * Text safe for a terminal: escape sequences and bidi controls become `?`,
 * and so does every other control character except new lines and tabs
 * (those too with `{ oneLine: true }`, for a value inside a line).
 */
export function cleanTerminal(text: string, opts: { readonly oneLine?: boolean } = {}): string {
  const out = text.replace(ESCAPES, '?').replace(BIDI, '?').replace(CONTROLS, '?');
  return opts.oneLine ? out.replace(LINE_BREAKS, '?') : out;
}

/** JSON for the terminal: still valid JSON, with bidi and C1 controls written as \u escapes. */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

export function print(text: string): void {
  console.log(cleanTerminal(text));
}

export function printError(text: string): void {
  console.error(cleanTerminal(text));
}

export function printJson(value: unknown): void {
  console.log(terminalJson(value));
}
