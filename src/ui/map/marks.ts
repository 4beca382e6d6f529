/**
 * What the map draws where something happened: ships of four kinds, a leader's visit, a clash
 * at sea, or a plain marker. Drawn with Graphics (no image assets), in screen pixels: the caller
 * scales the mark so it keeps its size on a shrunk map.
 */
import type Phaser from 'phaser';
import type { PlaceMark } from '../../engine';
import { PALETTE } from '../theme';
import { tracePolygon } from './shapes';

export type MarkKind = PlaceMark | 'news';

/** How far a mark reaches from its place, moving ships included, in screen pixels. */
export const MARK_REACH: Record<MarkKind, number> = {
  'coast-guard': 22,
  'survey-ship': 22,
  warship: 22,
  'fishing-boat': 19,
  visit: 18,
  incident: 13,
  news: 10,
};

export const SHIPS: ReadonlySet<MarkKind> = new Set([
  'coast-guard',
  'survey-ship',
  'warship',
  'fishing-boat',
]);

/** How far a ship sails either side of its place. */
const SAIL = 9;

/** A steel grey for warships: they read as navy whoever sends them. */
const STEEL = 0x5d6b72;

/** A mark, drawn once; `animate` sets it moving (never under reduced motion). */
export interface DrawnMark {
  readonly root: Phaser.GameObjects.Container;
  readonly animate: () => void;
  readonly stop: () => void;
}

export function drawMark(
  scene: Phaser.Scene,
  kind: MarkKind,
  color: number,
  x: number,
  y: number,
): DrawnMark {
  const root = scene.add.container(x, y);
  const tweens: Phaser.Tweens.Tween[] = [];
  const stop = () => {
    for (const t of tweens) t.stop();
    tweens.length = 0;
  };
  if (SHIPS.has(kind)) {
    const ship = scene.add.container(0, 0, [drawShip(scene, kind, color)]);
    root.add(ship);
    return {
      root,
      stop,
      animate: () => {
        // Back and forth along a short course near the place, turning at each end.
        ship.setX(-SAIL);
        tweens.push(
          scene.tweens.add({
            targets: ship,
            x: SAIL,
            duration: kind === 'fishing-boat' ? 4200 : 5200,
            ease: 'Sine.easeInOut',
            yoyo: true,
            repeat: -1,
            onYoyo: () => ship.setScale(-1, 1),
            onRepeat: () => ship.setScale(1, 1),
          }),
          scene.tweens.add({
            targets: ship,
            y: { from: -2, to: 2 },
            duration: 1700,
            ease: 'Sine.easeInOut',
            yoyo: true,
            repeat: -1,
          }),
        );
      },
    };
  }
  if (kind === 'visit') {
    const flag = drawFlag(scene, color);
    const plane = drawPlane(scene, color).setPosition(-14, -8);
    root.add([flag, plane]);
    return {
      root,
      stop,
      animate: () => {
        // The plane comes in from the north-west; the flag goes up as it lands.
        tweens.push(
          scene.tweens.add({
            targets: plane,
            x: { from: -50, to: -14 },
            y: { from: -30, to: -8 },
            alpha: { from: 0, to: 1 },
            duration: 1400,
            ease: 'Cubic.easeOut',
          }),
          scene.tweens.add({
            targets: flag,
            scaleY: { from: 0, to: 1 },
            delay: 1000,
            duration: 500,
            ease: 'Back.easeOut',
          }),
        );
      },
    };
  }
  if (kind === 'incident') {
    const ring = scene.add.circle(0, 0, 10).setStrokeStyle(2.5, PALETTE.marker).setFillStyle();
    const burst = drawBurst(scene);
    root.add([ring, burst]);
    return {
      root,
      stop,
      animate: () => {
        tweens.push(
          scene.tweens.add({
            targets: ring,
            scale: { from: 0.6, to: 2.6 },
            alpha: { from: 1, to: 0 },
            duration: 900,
            ease: 'Cubic.easeOut',
            repeat: 4,
            onComplete: () => ring.setScale(1).setAlpha(1),
          }),
          scene.tweens.add({
            targets: burst,
            scale: { from: 1.5, to: 1 },
            duration: 900,
            ease: 'Cubic.easeOut',
            repeat: 4,
          }),
        );
      },
    };
  }
  const ring = scene.add.circle(0, 0, 9).setStrokeStyle(2.5, color).setFillStyle();
  const core = scene.add.circle(0, 0, 4.5, color).setStrokeStyle(1.5, PALETTE.paper);
  root.add([ring, core]);
  return {
    root,
    stop,
    animate: () => {
      tweens.push(
        scene.tweens.add({
          targets: ring,
          scale: { from: 1, to: 2.8 },
          alpha: { from: 1, to: 0 },
          duration: 1100,
          ease: 'Cubic.easeOut',
          repeat: 3,
          onComplete: () => ring.setScale(1).setAlpha(1),
        }),
      );
    },
  };
}

/** A hull seen from the side, bow to the right, waterline at y = 3. */
const HULL = [-10, -1, 10, -1, 7, 4, -8, 4];
const SMALL_HULL = [-7, 0, 7, 0, 5, 4, -6, 4];

function drawShip(scene: Phaser.Scene, kind: MarkKind, color: number): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  // A wake behind the stern tells the way the ship is heading, colour or not.
  g.lineStyle(1.5, PALETTE.paper, 0.95);
  g.lineBetween(-12, 5, -18, 5);
  g.lineBetween(-13, 3, -17, 2);
  switch (kind) {
    case 'coast-guard':
      // White hull, a stripe and a bridge in the sender's colour.
      g.fillStyle(PALETTE.paper).lineStyle(1.5, color);
      tracePolygon(g, HULL);
      g.fillPath().strokePath();
      g.lineStyle(2.5, color).lineBetween(-2, 3.5, 2, -0.5);
      g.fillStyle(color).fillRect(-5, -6, 8, 5);
      g.lineStyle(1, PALETTE.ink).lineBetween(-2, -6, -2, -9);
      break;
    case 'survey-ship':
      // Bridge forward, an A-frame aft for the instruments it tows.
      g.fillStyle(color).lineStyle(1.5, PALETTE.ink);
      tracePolygon(g, HULL);
      g.fillPath().strokePath();
      g.fillStyle(PALETTE.paper).fillRect(1, -6, 7, 5);
      g.lineStyle(1.5, PALETTE.ink).strokeRect(1, -6, 7, 5);
      g.lineStyle(1.5, PALETTE.ink);
      g.lineBetween(-9, -1, -6, -8);
      g.lineBetween(-3, -1, -6, -8);
      g.fillStyle(PALETTE.ink).fillCircle(4, -9, 1.6);
      break;
    case 'warship':
      // Steel grey, a sharp bow, a stepped superstructure and a gun forward.
      g.fillStyle(STEEL).lineStyle(1.5, color);
      tracePolygon(g, [-10, -1, 12, -2, 7, 4, -8, 4]);
      g.fillPath().strokePath();
      g.fillStyle(STEEL).fillRect(-6, -5, 9, 4).fillRect(-3, -9, 4, 4);
      g.lineStyle(1.5, color).strokeRect(-6, -5, 9, 4);
      g.lineStyle(2, STEEL).lineBetween(4, -2, 9, -4);
      break;
    default:
      // A fishing boat: small, a mast and a net line.
      g.fillStyle(color).lineStyle(1.5, PALETTE.ink);
      tracePolygon(g, SMALL_HULL);
      g.fillPath().strokePath();
      g.lineStyle(1.5, PALETTE.ink);
      g.lineBetween(1, 0, 1, -11);
      g.lineBetween(1, -10, -7, -1);
      g.fillStyle(PALETTE.paper).fillRect(2, -4, 4, 4);
      break;
  }
  return g;
}

function drawFlag(scene: Phaser.Scene, color: number): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  g.lineStyle(2, PALETTE.ink).lineBetween(0, 2, 0, -17);
  g.fillStyle(color).lineStyle(1.2, PALETTE.ink);
  g.fillRect(0, -17, 11, 7).strokeRect(0, -17, 11, 7);
  g.fillStyle(PALETTE.ink).fillCircle(0, 2, 2.5);
  return g;
}

/** A small airliner seen from above, heading south-east, towards the flag. */
function drawPlane(scene: Phaser.Scene, color: number): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  const body = [
    [7, 0],
    [3, -1.5],
    [0, -1.5],
    [-2, -7],
    [-4.5, -7],
    [-3, -1.5],
    [-6, -1.5],
    [-7.5, -4],
    [-9, -4],
    [-8, 0],
    [-9, 4],
    [-7.5, 4],
    [-6, 1.5],
    [-3, 1.5],
    [-4.5, 7],
    [-2, 7],
    [0, 1.5],
    [3, 1.5],
  ];
  const turn = Math.PI / 4;
  const flat = body.flatMap(([px, py]) => {
    const bx = px as number;
    const by = py as number;
    return [bx * Math.cos(turn) - by * Math.sin(turn), bx * Math.sin(turn) + by * Math.cos(turn)];
  });
  g.fillStyle(color).lineStyle(1.2, PALETTE.ink);
  tracePolygon(g, flat);
  g.fillPath().strokePath();
  return g;
}

/** A jagged burst: the clash itself. */
function drawBurst(scene: Phaser.Scene): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  const flat: number[] = [];
  for (let i = 0; i < 16; i++) {
    const r = i % 2 === 0 ? 8 : 3.5;
    const a = -Math.PI / 2 + (i * Math.PI) / 8;
    flat.push(Math.cos(a) * r, Math.sin(a) * r);
  }
  g.fillStyle(PALETTE.marker).lineStyle(1.5, PALETTE.paper);
  tracePolygon(g, flat);
  g.fillPath().strokePath();
  g.fillStyle(0xf2c14e).fillCircle(0, 0, 2.5);
  return g;
}
