export {
  createGameStore,
  type GameCommands,
  type GameData,
  type GameStore,
  type Step,
} from './game-store';
export * from './save';
export * from './session-store';
export * from './settings-store';
