/** Registry keys shared between scenes. */
export const REGISTRY = {
  region: 'region',
  /** The topmost dialog of the game screen, published for the test handle. */
  dialog: 'dialog',
} as const;
