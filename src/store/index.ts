export {
  createGameStore,
  type GameCommands,
  type GameData,
  type GameStore,
  noticeText,
  type Step,
} from './game-store';
export * from './save';
export * from './save-problem';
export { readSaveRecord, type SaveRecord } from './save-record';
export * from './save-to-replay';
export * from './save-words';
export * from './session-store';
export * from './set-aside';
export * from './settings-store';
