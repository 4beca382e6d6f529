import Phaser from 'phaser';

/** A text on screen and its bounds in game coordinates (the canvas's own pixels). */
export interface ReadableText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ReadableScreen {
  /** The running scene on top. */
  readonly scene: string;
  readonly texts: readonly ReadableText[];
  /** True when the texts are a modal dialog's (and what floats above it). */
  readonly dialog: boolean;
}

/** Depth from which a top-level container is a modal dialog (widgets/dialog.ts sets 5,000). */
const MODAL_DEPTH = 5_000;

const depthOf = (o: Phaser.GameObjects.GameObject) =>
  (o as unknown as { depth?: number }).depth ?? 0;

/**
 * The texts a person can read on the running scenes, in drawing order. A modal dialog covers
 * everything drawn below it: then only its own texts and what floats above it (a tooltip)
 * count, and lower scenes not at all. Hidden, transparent and empty texts are left out.
 *
 * `whole`: a scrolling pane's paragraphs (widgets/scroll-pane.ts) are read whole, those
 * scrolled out of its box too, as a screen reader reads a page it can scroll (the mirror).
 */
export function readableTexts(
  scenes: readonly Phaser.Scene[],
  options: { readonly whole?: boolean } = {},
): ReadableScreen {
  const texts: ReadableText[] = [];
  const visit = (o: Phaser.GameObjects.GameObject, alpha: number) => {
    const shown = o as unknown as { visible?: boolean; alpha?: number };
    const pane = options.whole ? (o.data?.get('wholeText') as string | undefined) : undefined;
    if (shown.visible === false && !(pane !== undefined && o.data?.get('scrolledOut') === true))
      return;
    const a = alpha * (shown.alpha ?? 1);
    if (a <= 0.05) return;
    if (o instanceof Phaser.GameObjects.Text) {
      const text = pane ?? o.text;
      if (!text.trim()) return;
      const b = o.getBounds();
      texts.push({ text, x: b.x, y: b.y, width: b.width, height: b.height });
    } else if (o instanceof Phaser.GameObjects.Container) {
      for (const child of o.list) visit(child, a);
    }
  };
  let dialog = false;
  const top = scenes.at(-1)?.scene.key ?? 'none';
  // Top scene first, so a dialog there hides the scenes below; put back in drawing order after.
  const layers: ReadableText[][] = [];
  for (let i = scenes.length - 1; i >= 0 && !dialog; i--) {
    const scene = scenes[i] as Phaser.Scene;
    // Stable sort: equal depths keep the order they were added in, as they are drawn.
    const list = [...scene.children.list].sort((p, q) => depthOf(p) - depthOf(q));
    const modal = list.findLastIndex(
      (o) =>
        o instanceof Phaser.GameObjects.Container &&
        o.visible &&
        o.depth >= MODAL_DEPTH &&
        o.list.length > 0,
    );
    texts.length = 0;
    for (const o of modal >= 0 ? list.slice(modal) : list) visit(o, 1);
    layers.unshift([...texts]);
    dialog = modal >= 0;
  }
  return { scene: top, texts: layers.flat(), dialog };
}
