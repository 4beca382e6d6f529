/**
 * The rulesets the game ships, as raw JSON with the file each came from (for
 * messages). Bundled, a few kilobytes each, so loading a scenario stays
 * synchronous in the browser and the command line alike; ruleset.ts
 * validates them.
 */
import bamboo2023 from '../../scenarios/rulesets/bamboo-2023.json';

export const SHIPPED_RULESETS: readonly { readonly file: string; readonly data: unknown }[] = [
  { file: 'scenarios/rulesets/bamboo-2023.json', data: bamboo2023 },
];
