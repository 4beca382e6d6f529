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
  { file: '2023-random.json', scenario: 'scenarios/2023.json', seed: 'golden-3', policy: 'random' },
  {
    file: '2023-historical.json',
    scenario: 'scenarios/2023.json',
    seed: 'hanoi-2023',
    policy: 'historical',
  },
  {
    file: 'september-2023-washington-first.json',
    scenario: 'scenarios/september-2023.json',
    seed: 'golden-4',
    policy: 'washington-first',
  },
  {
    file: 'xi-visit-2023-bamboo.json',
    scenario: 'scenarios/xi-visit-2023.json',
    seed: 'golden-5',
    policy: 'bamboo',
  },
] as const;
