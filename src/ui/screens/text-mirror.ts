/**
 * Canvas text is invisible to screen readers. The mirror keeps a visually hidden region of
 * the page in step with what the screen shows: the texts a person can read now, in drawing
 * order (which follows the panels' keyboard order), inside a `main` landmark, and an open
 * dialog's texts in a `dialog` section of their own. Everything is written as textContent,
 * never as HTML. Month news goes through the live announcer (announce.ts) as well.
 */
import type Phaser from 'phaser';
import { STRINGS } from '../strings';
import { type ReadableScreen, readableTexts } from './readable-texts';

export const MIRROR_ID = 'bamboo-mirror';

/**
 * Where the game board leaves a line per mark on its map (game registry): the marks are
 * drawings, not texts, so the mirror lists them under a heading of their own.
 */
export const MAP_MARKS_KEY = 'mapMarks';

/** Frames between two looks at the screen: often enough to follow play, cheap enough to ignore. */
const EVERY_FRAMES = 20;

const HIDDEN: Partial<CSSStyleDeclaration> = {
  position: 'absolute',
  left: '-10000px',
  top: '0',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
};

export function installTextMirror(game: Phaser.Game): void {
  const root = document.createElement('main');
  root.id = MIRROR_ID;
  Object.assign(root.style, HIDDEN);
  document.body.append(root);
  let frame = 0;
  let shown = '';
  game.events.on('postrender', () => {
    frame += 1;
    if (frame % EVERY_FRAMES !== 0) return;
    const screen = readableTexts(game.scene.getScenes(true), { whole: true });
    const marks: readonly string[] =
      screen.scene === 'Game' && !screen.dialog ? (game.registry.get(MAP_MARKS_KEY) ?? []) : [];
    const signature = JSON.stringify([
      screen.scene,
      screen.dialog,
      screen.texts.map((t) => t.text),
      marks,
    ]);
    if (signature === shown) return;
    shown = signature;
    render(root, screen, marks);
  });
}

function render(root: HTMLElement, screen: ReadableScreen, marks: readonly string[]): void {
  root.setAttribute('aria-label', STRINGS.mirror.label);
  root.dataset.scene = screen.scene;
  const holder = screen.dialog ? document.createElement('section') : root;
  if (screen.dialog) {
    holder.setAttribute('role', 'dialog');
    holder.setAttribute('aria-modal', 'true');
    holder.setAttribute('aria-label', screen.texts[0]?.text ?? STRINGS.mirror.dialog);
  }
  const items = screen.texts.map((t) => {
    const p = document.createElement('p');
    p.textContent = t.text.replace(/\s*\n\s*/g, ' ');
    return p;
  });
  holder.replaceChildren(...items);
  if (holder !== root) root.replaceChildren(holder);
  else if (marks.length > 0) {
    const map = document.createElement('section');
    map.setAttribute('aria-label', STRINGS.marks.heading);
    const heading = document.createElement('h2');
    heading.textContent = STRINGS.marks.heading;
    const list = document.createElement('ul');
    list.replaceChildren(
      ...marks.map((line) => {
        const li = document.createElement('li');
        li.textContent = line;
        return li;
      }),
    );
    map.replaceChildren(heading, list);
    root.append(map);
  }
}
