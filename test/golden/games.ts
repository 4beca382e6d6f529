/** The games pinned as golden replays: scenario file, seed and bot policy. */
export const GOLDEN_GAMES = [
  {
    file: 'mini-random.json',
    scenario: 'test/fixtures/mini.json',
    seed: 'golden-1',
    policy: 'random',
  },
  {
    file: 'mini-passive.json',
    scenario: 'test/fixtures/mini.json',
    seed: 'golden-2',
    policy: 'passive',
  },
] as const;
