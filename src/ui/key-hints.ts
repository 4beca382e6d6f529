/**
 * Key hints ("[E]", "Keys 1–4") speak to a keyboard. A phone or tablet has none, so they stay
 * hidden until the first key press of the visit; from then on they show everywhere. Whether a
 * key has been pressed is session state (`keyHints` in the session store).
 */
import type { SessionStore } from '../store';
import { app } from './app';

export function keyHintsShown(session: SessionStore = app().session): boolean {
  return session.getState().keyHints;
}

/** Calls `changed` when the hints appear; returns the function that stops listening. */
export function onKeyHints(changed: () => void, session: SessionStore = app().session): () => void {
  return session.subscribe(
    (s) => s.keyHints,
    (shown) => {
      if (shown) changed();
    },
  );
}

/** Starts watching for the first key press (once per page). */
export function watchKeyboard(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  session: SessionStore,
): void {
  const first = () => {
    target.removeEventListener('keydown', first, true);
    session.getState().keyPressed();
  };
  target.addEventListener('keydown', first, true);
}
