/**
 * Phaser 4.2.1 dispatches its whole keyboard queue on every DOM key event and only clears the
 * queue at the end of the frame, so a key pressed and released in the same frame as the next key
 * reaches each scene handler again (its duplicate check only compares with the last event). An
 * Enter that opens a dialog would then confirm it too. Each handler keeps its own filter.
 *
 * A handler also ignores keys pressed before it existed: on a slow frame the queue still holds
 * the Escape that closed the menu when E opens the unspent-capital question, and the question's
 * own Escape handler, seeing that Escape for the first time, closed it at once (the month then
 * ended on the next E without asking).
 */
export function freshKeyFilter(
  now: () => number = () => performance.now(),
): (event: KeyboardEvent) => boolean {
  const seen = new WeakSet<KeyboardEvent>();
  const since = now();
  return (event) => {
    if (event.timeStamp < since || seen.has(event)) return false;
    seen.add(event);
    return true;
  };
}
