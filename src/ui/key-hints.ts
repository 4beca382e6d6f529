/**
 * Key hints ("[E]", "Keys 1–4") speak to a keyboard. A phone or tablet has none, so they stay
 * hidden until the first key press of the visit; from then on they show everywhere.
 */
let shown = false;
const listeners = new Set<() => void>();

export function keyHintsShown(): boolean {
  return shown;
}

/** Calls `changed` when the hints appear; returns the function that stops listening. */
export function onKeyHints(changed: () => void): () => void {
  listeners.add(changed);
  return () => listeners.delete(changed);
}

/** Starts watching for the first key press (once per page). */
export function watchKeyboard(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
): void {
  const first = () => {
    target.removeEventListener('keydown', first, true);
    if (shown) return;
    shown = true;
    for (const changed of [...listeners]) changed();
  };
  target.addEventListener('keydown', first, true);
}

/** For tests: back to "no key pressed yet". */
export function resetKeyHints(): void {
  shown = false;
}
