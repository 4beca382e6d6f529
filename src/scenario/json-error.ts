/**
 * Where a JSON text breaks and the likely reason, in words an author acts on:
 * line and column (1-based, as editors count them) and the usual culprits —
 * a trailing comma, a missing comma, single quotes, comments, an unclosed
 * text or bracket. JSON.parse stays the judge of validity; this only explains.
 */
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';

export interface JsonErrorPlace {
  readonly line: number;
  readonly column: number;
  /** What is wrong and what to do, as one sentence. */
  readonly cause: string;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

/** Explains why `text` is not JSON; undefined when the scanner finds nothing wrong. */
export function explainJsonError(text: string): JsonErrorPlace | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (!first) return undefined;
  return explain(text, first);
}

function explain(text: string, error: ParseError): JsonErrorPlace {
  const at = (offset: number, cause: string): JsonErrorPlace => ({
    ...lineAndColumn(text, offset),
    cause,
  });
  const found = text.slice(error.offset, error.offset + Math.max(1, error.length));
  const prev = previousNonSpace(text, error.offset);

  if (text.trim() === '') return at(0, 'the file is empty; a scenario is one JSON object { … }');
  if (
    (found.startsWith('}') || found.startsWith(']')) &&
    prev !== undefined &&
    text[prev] === ','
  ) {
    const comma = lineAndColumn(text, prev);
    return at(
      error.offset,
      `a comma before the closing "${found[0]}" (a trailing comma): JSON allows none; remove the comma at line ${comma.line}, column ${comma.column}`,
    );
  }
  const code = printParseErrorCode(error.error);
  if (error.offset > 0 && parsesUpTo(text, error.offset))
    return at(
      error.offset,
      `something follows the end of the scenario object: ${quoteFound(found)}`,
    );
  switch (code) {
    case 'CommaExpected': {
      if (found.startsWith('}') || found.startsWith(']'))
        return at(
          error.offset,
          `expected a comma or a closing ${found[0] === '}' ? ']' : '}'} before ${quoteFound(found)}`,
        );
      const end = prev === undefined ? undefined : lineAndColumn(text, prev + 1);
      return at(
        error.offset,
        `a comma is missing${end ? ` at the end of line ${end.line}` : ''}, before ${quoteFound(found)}: separate the items of a list or object with commas`,
      );
    }
    case 'InvalidCommentToken':
      return at(
        error.offset,
        'JSON allows no comments (// or /* */); remove them, or put the note in a "note" field',
      );
    case 'UnexpectedEndOfString':
      return at(error.offset, 'a text is not closed: its closing double quote " is missing');
    case 'InvalidEscapeCharacter':
      return at(
        error.offset,
        'a backslash in a text must start an escape such as \\n or \\"; write \\\\ for a backslash',
      );
    case 'InvalidCharacter':
      return at(
        error.offset,
        'a line break or control character inside a text; write \\n for a new line',
      );
    case 'CloseBraceExpected':
    case 'CloseBracketExpected':
      return at(
        error.offset,
        error.offset >= text.trimEnd().length
          ? 'the file ends before every { and [ is closed; a closing bracket is missing'
          : `expected a comma or a closing ${code === 'CloseBraceExpected' ? '}' : ']'} before ${quoteFound(found)}`,
      );
    case 'EndOfFileExpected':
      return at(
        error.offset,
        `something follows the end of the scenario object: ${quoteFound(found)}`,
      );
    case 'ColonExpected':
      return at(error.offset, `a colon is missing after a field name, before ${quoteFound(found)}`);
    default:
      break;
  }
  if (found.startsWith("'"))
    return at(error.offset, 'texts and field names take double quotes "…", not single quotes');
  if (/^[A-Za-z_]/.test(found)) {
    const word = /^[A-Za-z_][\w.-]*/.exec(text.slice(error.offset))?.[0] ?? found;
    if (['True', 'False', 'TRUE', 'FALSE', 'None', 'NULL', 'Null'].includes(word))
      return at(error.offset, `${word} is not JSON: write true, false or null in lower case`);
    return at(
      error.offset,
      `${quoteFound(word)} is not in double quotes; field names and texts must be written "like this"`,
    );
  }
  if (code === 'ValueExpected' && error.offset >= text.trimEnd().length)
    return at(error.offset, 'the file ends where a value was expected; is part of it missing?');
  if (code === 'PropertyNameExpected')
    return at(error.offset, `expected a field name in double quotes, found ${quoteFound(found)}`);
  return at(
    error.offset,
    `expected a value (a text, number, true, false, null, [ … ] or { … }), found ${quoteFound(found)}`,
  );
}

function parsesUpTo(text: string, offset: number): boolean {
  try {
    JSON.parse(text.slice(0, offset));
    return true;
  } catch {
    return false;
  }
}

function previousNonSpace(text: string, offset: number): number | undefined {
  for (let i = offset - 1; i >= 0; i--) if (!/\s/.test(text[i] as string)) return i;
  return undefined;
}

function quoteFound(found: string): string {
  const shown = found.length > 30 ? `${found.slice(0, 30)}…` : found;
  if (shown === '') return 'the end of the file';
  return shown.startsWith('"') ? shown : `"${shown}"`;
}
