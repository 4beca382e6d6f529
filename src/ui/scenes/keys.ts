/** Registry keys shared between scenes. */
export const REGISTRY = {
  region: 'region',
  /** The topmost dialog of the game screen, published for the test handle. */
  dialog: 'dialog',
  /** The advisor's text in the open preview ('off', progress, or the forecast), for the test handle. */
  advisor: 'advisor',
} as const;
