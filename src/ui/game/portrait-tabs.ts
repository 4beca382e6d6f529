import Phaser from 'phaser';
import { setToView } from '../screen-form';
import { MIN_TEXT_SIZE, PALETTE, textStyle } from '../theme';
import { Button } from '../widgets';
import type { GameContext } from './context';

/**
 * Each tab's panel is built in its own column of the world, far to the right of the screen;
 * a second camera shows the chosen column under the fixed top (month, powers, bamboo meter).
 * Nothing is hidden or rebuilt when the player changes tab: only that camera moves.
 */
const COLUMN = 4000;

export function tabColumn(index: number): number {
  return COLUMN * (index + 1);
}

export interface TabSpec {
  readonly key: string;
  readonly label: string;
}

/**
 * The largest size, 14 pixels down to the least readable 12, at which every label keeps one line
 * within `width` ("Hành động" beside three other tabs on a phone).
 */
function fittingSize(scene: Phaser.Scene, labels: readonly string[], width: number): number {
  const probe = scene.add.text(0, 0, '', textStyle(14, { weight: 700 })).setVisible(false);
  let size = 14;
  for (; size > MIN_TEXT_SIZE; size--) {
    probe.setFontSize(size);
    if (labels.every((label) => probe.setText(label).width <= width)) break;
  }
  probe.destroy();
  return size;
}

export class PortraitTabs {
  private readonly camera: Phaser.Cameras.Scene2D.Camera;
  private readonly buttons: Button[] = [];
  private current = 0;
  /**
   * Tabs wider or taller than the tab area, panned by dragging: their content size, and the
   * point of it the tab opens on (at the area's middle, as near as the content allows).
   */
  private readonly pannable = new Map<
    number,
    { width: number; height: number; start?: { x: number; y: number } }
  >();

  private readonly top: number;
  private readonly left: number;
  private readonly areaWidth: number;
  private readonly areaHeight: number;

  constructor(
    private readonly ctx: GameContext,
    private readonly tabs: readonly TabSpec[],
    /** The row of tab buttons, in layout units. */
    bar: { x: number; y: number; width: number },
    /** The tab area on screen, in layout units: a tab's column shows there from its left edge. */
    area: { x: number; y: number; width: number; height: number },
    zoom: number,
    initial: string,
    onChange: (key: string) => void,
  ) {
    const { scene, focus } = ctx;
    this.top = area.y;
    this.left = area.x;
    this.areaWidth = area.width;
    this.areaHeight = area.height;
    const { width, height } = area;
    const gap = 6;
    const buttonWidth = (bar.width - gap * (tabs.length - 1)) / tabs.length;
    const fontSize = fittingSize(
      scene,
      tabs.map((t) => t.label),
      buttonWidth - 8,
    );
    tabs.forEach((tab, i) => {
      const button = new Button(
        scene,
        bar.x + i * (buttonWidth + gap),
        bar.y,
        tab.label,
        () => {
          this.select(i);
          onChange(tab.key);
        },
        { width: buttonWidth, height: 44, fontSize, variant: 'secondary' },
        focus,
      );
      this.buttons.push(button);
    });
    this.camera = scene.cameras.add(
      area.x * zoom,
      area.y * zoom,
      width * zoom,
      height * zoom,
      false,
      'tabs',
    );
    this.camera.setOrigin(0, 0).setZoom(zoom).setBackgroundColor(PALETTE.paper);
    // Drawn first, so the main camera (dialogs, tooltips) stays on top of it.
    const list = scene.cameras.cameras;
    list.splice(list.indexOf(this.camera), 1);
    list.unshift(this.camera);
    // Tooltips are placed on the main camera: a rectangle in a tab column moves to the screen.
    setToView(scene, (r) =>
      r.x >= COLUMN / 2
        ? new Phaser.Geom.Rectangle(
            r.x - this.camera.scrollX + this.left,
            r.y - this.camera.scrollY + this.top,
            r.width,
            r.height,
          )
        : r,
    );
    this.dragToPan();
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => setToView(scene, null));
    this.select(
      Math.max(
        0,
        tabs.findIndex((t) => t.key === initial),
      ),
    );
  }

  /**
   * Lets the player drag tab `key`'s content (the map at full size) around the tab area; it
   * opens on `start` (a point of the content, in its column's units) when given.
   */
  pan(
    key: string,
    contentWidth: number,
    contentHeight: number,
    start?: { x: number; y: number },
  ): void {
    const index = this.tabs.findIndex((t) => t.key === key);
    if (index < 0) return;
    this.pannable.set(index, {
      width: contentWidth,
      height: contentHeight,
      ...(start ? { start } : {}),
    });
    if (index === this.current) this.select(index);
  }

  /** A scroll of the tab camera kept to where tab `index`'s content still fills the area. */
  private scrollWithin(index: number, x: number, y: number): { x: number; y: number } {
    const size = this.pannable.get(index);
    const left = tabColumn(index);
    if (!size) return { x: left, y: this.top };
    return {
      x: Math.max(left, Math.min(left + Math.max(0, size.width + 16 - this.areaWidth), x)),
      y: Math.max(
        this.top,
        Math.min(this.top + Math.max(0, size.height + 12 - this.areaHeight), y),
      ),
    };
  }

  /** True when the selected tab pans (its drags are not swipes). */
  get pans(): boolean {
    return this.pannable.has(this.current);
  }

  private dragToPan(): void {
    const { scene } = this.ctx;
    let last: { x: number; y: number } | null = null;
    scene.input.on(Phaser.Input.Events.POINTER_DOWN, (p: Phaser.Input.Pointer) => {
      last = this.pans && this.shows(p) ? { x: p.x, y: p.y } : null;
    });
    scene.input.on(Phaser.Input.Events.POINTER_MOVE, (p: Phaser.Input.Pointer) => {
      const size = this.pannable.get(this.current);
      if (!last || !p.isDown || !size || this.ctx.focus.depth() > 0) return;
      const zoom = this.camera.zoom;
      const to = this.scrollWithin(
        this.current,
        this.camera.scrollX - (p.x - last.x) / zoom,
        this.camera.scrollY - (p.y - last.y) / zoom,
      );
      this.camera.setScroll(to.x, to.y);
      last = { x: p.x, y: p.y };
    });
    scene.input.on(Phaser.Input.Events.POINTER_UP, () => {
      last = null;
    });
  }

  get selected(): string {
    return this.tabs[this.current]?.key ?? '';
  }

  /** True when the pointer's last press landed in the tab area (for swipes). */
  shows(pointer: Phaser.Input.Pointer): boolean {
    return pointer.downY >= this.camera.y && pointer.downX >= this.camera.x;
  }

  select(index: number): void {
    this.current = index;
    const start = this.pannable.get(index)?.start;
    const to = start
      ? this.scrollWithin(
          index,
          tabColumn(index) + start.x - this.areaWidth / 2,
          this.top + start.y - this.areaHeight / 2,
        )
      : { x: tabColumn(index), y: this.top };
    this.camera.setScroll(to.x, to.y);
    this.ctx.tooltip.hide();
    this.buttons.forEach((b, i) => {
      b.setSelected(i === index);
    });
  }

  step(by: number): void {
    const next = this.current + by;
    if (next >= 0 && next < this.tabs.length) this.select(next);
  }
}
