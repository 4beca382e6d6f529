/**
 * Phaser 4.2.1 dispatches its whole keyboard queue on every DOM key event and only clears the
 * queue at the end of the frame, so a key pressed and released in the same frame as the next key
 * reaches each scene handler again (its duplicate check only compares with the last event). An
 * Enter that opens a dialog would then confirm it too. Each handler keeps its own filter.
 */
export function freshKeyFilter(): (event: KeyboardEvent) => boolean {
  const seen = new WeakSet<KeyboardEvent>();
  return (event) => {
    if (seen.has(event)) return false;
    seen.add(event);
    return true;
  };
}
