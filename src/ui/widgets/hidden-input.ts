/**
 * The DOM side of a text field: a real `<input>` the browser types into, so composed input
 * (Vietnamese telex and VNI, IMEs), paste, dictation and on-screen keyboards all work. It is
 * invisible and lets clicks through to the canvas; the field draws its value with Phaser Text.
 */
export interface HiddenInputOptions {
  readonly maxLength: number;
  readonly label: string;
}

/** Keys the scene still needs while a field has focus: moving on, confirming, closing. */
const SCENE_KEYS: ReadonlySet<string> = new Set(['Tab', 'Enter', 'Escape']);

export function createHiddenInput(options: HiddenInputOptions): HTMLInputElement {
  const el = document.createElement('input');
  el.type = 'text';
  el.autocomplete = 'off';
  el.spellcheck = false;
  el.maxLength = options.maxLength;
  el.setAttribute('autocapitalize', 'off');
  el.setAttribute('autocorrect', 'off');
  el.setAttribute('aria-label', options.label);
  el.dataset.bambooField = '';
  Object.assign(el.style, {
    position: 'fixed',
    left: '0px',
    top: '0px',
    width: '1px',
    height: '1px',
    opacity: '0',
    border: '0',
    padding: '0',
    margin: '0',
    // 16px keeps mobile browsers from zooming into the page when the field takes focus.
    fontSize: '16px',
    pointerEvents: 'none',
  });
  // A typed letter stays in the input: the scene must not read it as a hotkey, and Phaser's
  // captured keys (Space, arrows) would otherwise be kept from the input by preventDefault.
  // Keys that finish an IME composition (Enter among them) belong to the composition.
  const keepInInput = (event: KeyboardEvent) => {
    if (event.isComposing || event.keyCode === 229 || !SCENE_KEYS.has(event.key)) {
      event.stopPropagation();
    }
  };
  el.addEventListener('keydown', keepInInput);
  el.addEventListener('keyup', keepInInput);
  document.body.append(el);
  return el;
}

/**
 * Puts the input over the field's place on screen, so an IME's candidate window and a mobile
 * browser's scrolling land next to the field the player is looking at.
 */
export function placeOver(
  el: HTMLInputElement,
  canvas: HTMLCanvasElement,
  gameSize: { readonly width: number; readonly height: number },
  bounds: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  },
): void {
  const rect = canvas.getBoundingClientRect();
  const sx = rect.width / gameSize.width;
  const sy = rect.height / gameSize.height;
  el.style.left = `${rect.left + bounds.x * sx}px`;
  el.style.top = `${rect.top + bounds.y * sy}px`;
  el.style.width = `${Math.max(1, bounds.width * sx)}px`;
  el.style.height = `${Math.max(1, bounds.height * sy)}px`;
}
