import type Phaser from 'phaser';
import type { CompiledScenario } from '../../engine';
import type { GameStore } from '../../store';
import type { FocusManager, Tooltip } from '../widgets';

/** What every part of the game screen shares: built once by the Game scene. */
export interface GameContext {
  readonly scene: Phaser.Scene;
  readonly focus: FocusManager;
  readonly tooltip: Tooltip;
  readonly store: GameStore;
  readonly cs: CompiledScenario;
  /**
   * Where the guided first month points on this layout (phone and tablet boards); absent on the
   * landscape board, whose places the guide knows.
   */
  guideTargets?: Readonly<Record<string, GuideTarget | null>>;
  /**
   * The top bar's height where the game's dialogs leave it in sight (the landscape board);
   * absent where a dialog needs the whole screen (a phone).
   */
  dialogTop?: number;
  /** Where the top bar's Undo is, which an event's dialog leaves open to the pointer. */
  undoBounds?: () => Phaser.Geom.Rectangle;
}

/** A part of the board, in the main camera's layout units. */
export interface GuideTarget {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
