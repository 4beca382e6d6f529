/**
 * Pins what the fast paths produce, so that work on the engine's speed can
 * prove it changed no result: the final states of every bot's games (the
 * packed simulation path the bots, balance and depth reports use) and the
 * advisor's forecasts, each list reduced to one hash. The goldens pin the
 * public `apply` path; these pin the simulations and the advisor's rollouts.
 *
 * A deliberate rule or fixture change moves these hashes like it moves the
 * goldens: then copy the new value from the failure message.
 */
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  forecast,
  hashJson,
  legalActions,
  newGame,
  POLICIES,
  playGame,
  stateHash,
} from '../../src/engine';
import { loadFixture } from '../helpers';

/** mini: every rule, open cards; four-powers: the 2023 ruleset (a dealt hand, red lines, four powers). */
const PINNED: Readonly<Record<string, { games: string; forecasts: string }>> = {
  'mini.json': { games: 'df29a597834689ca', forecasts: 'c2b5aaf470be7134' },
  'four-powers.json': { games: '18d72b21dc6eb42b', forecasts: '49aa658c5415b8c0' },
};

const SEEDS = ['pin-a', 'pin-b', 'pin-c'];

describe.each(Object.keys(PINNED))('results on %s', (fixture) => {
  const cs = loadFixture(fixture);
  const pinned = PINNED[fixture] as { games: string; forecasts: string };

  it('every bot ends every seed in the pinned state', () => {
    const ends: string[] = [];
    for (const name of Object.keys(POLICIES)) {
      // The lookahead bot runs rollouts at every decision: one seed keeps the test quick.
      const seeds = name === 'lookahead' ? SEEDS.slice(0, 1) : SEEDS;
      for (const seed of seeds) {
        const policy = POLICIES[name];
        if (!policy) throw new Error(`no policy ${name}`);
        ends.push(
          `${name}/${seed}/${stateHash(playGame(cs, seed, policy, { record: false }).state)}`,
        );
      }
    }
    expect(hashJson(ends), `bot games on ${fixture}`).toBe(pinned.games);
  });

  it("the advisor's forecasts for every opening decision are the pinned ones", () => {
    const start = newGame(cs, 'pin-advisor').state;
    const forecasts: string[] = [];
    for (const decision of legalActions(cs, start)) {
      const result = forecast(cs, start, decision, { rollouts: 60, salt: 'pin' });
      forecasts.push(canonicalJson(result));
    }
    expect(forecasts.length).toBeGreaterThan(0);
    expect(hashJson(forecasts), `advisor forecasts on ${fixture}`).toBe(pinned.forecasts);
  });
});
