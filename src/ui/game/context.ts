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
}
