/**
 * Canvas text is invisible to screen readers: messages that matter (a refused
 * replay, a saved image) are also written, as plain text, to a visually hidden
 * live region. Browser tests read it too.
 */
export const ANNOUNCER_ID = 'bamboo-status';

export function announce(message: string): void {
  let el = document.getElementById(ANNOUNCER_ID);
  if (!el) {
    el = document.createElement('div');
    el.id = ANNOUNCER_ID;
    el.setAttribute('role', 'status');
    el.setAttribute('aria-live', 'polite');
    Object.assign(el.style, {
      position: 'absolute',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clip: 'rect(0 0 0 0)',
      whiteSpace: 'nowrap',
    });
    document.body.append(el);
  }
  el.textContent = message;
}
