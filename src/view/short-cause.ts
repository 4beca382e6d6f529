/**
 * A cause shortened to sit beside a gauge in the month in review: the shorter label when the
 * full one is too long (an answer without its event's title), then cut at a word, never inside
 * one, with a quotation it opened closed again. The figure beside it is kept by the caller.
 */
import type { CauseView } from './gauges';

/** Characters a cause may take beside a mover: four movers still leave the news room. */
export const CAUSE_CHARS = 56;

export function shortCause(
  cause: Pick<CauseView, 'label' | 'short'>,
  max: number = CAUSE_CHARS,
): string {
  const full = cause.label.replace(/[.。]$/, '');
  const text = full.length > max && cause.short ? cause.short.replace(/[.。]$/, '') : full;
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  const words = (space > 0 ? cut.slice(0, space) : cut).replace(/[\s,:;“"‘']+$/, '');
  return `${words}…${closingQuotes(words)}`;
}

/** The quotation marks `text` opened and did not close, closed, innermost first. */
function closingQuotes(text: string): string {
  const open: string[] = [];
  for (const ch of text) {
    if (ch === '“') open.push('”');
    else if (ch === '”' && open.at(-1) === '”') open.pop();
    else if (ch === '"') {
      if (open.at(-1) === '"') open.pop();
      else open.push('"');
    }
  }
  return open.reverse().join('');
}
