/** Registry keys shared between scenes. */
export const REGISTRY = {
  region: 'region',
  /** The topmost dialog of the game screen, published for the test handle. */
  dialog: 'dialog',
  /** The advisor's text in the open preview ('off', progress, or the forecast), for the test handle. */
  advisor: 'advisor',
  /**
   * The game screen's next step is due but not yet shown (the month's card, its review, the next
   * event), as a function for the test handle: input sent in that moment would meet the board.
   */
  settling: 'settling',
  /** A function: this turn's map marks (kind, place, where they show), for the test handle. */
  mapMarks: 'mapMarkSpots',
  /** A function: the names written on the game screen's map and the map's frame, for the test handle. */
  mapLabels: 'mapLabelsShown',
} as const;
