/**
 * Regenerates the golden replays in test/golden (npm run golden:update).
 * Run it only when a rule change is deliberate: the golden test exists to
 * make every change to what a decision list produces visible in review.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { POLICIES, playGame, replayOf } from '../src/engine';
import { formatProblem, loadScenarioText } from '../src/scenario/load';
import { GOLDEN_GAMES } from '../test/golden/games';

for (const game of GOLDEN_GAMES) {
  const path = new URL(`../${game.scenario}`, import.meta.url);
  const loaded = loadScenarioText(readFileSync(path, 'utf8'), game.scenario);
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const policy = POLICIES[game.policy];
  if (!policy) throw new Error(`unknown policy ${game.policy}`);
  const played = playGame(loaded.compiled, game.seed, policy);
  const replay = replayOf(loaded.compiled, game.seed, played, policy.name);
  const out = new URL(`../test/golden/${game.file}`, import.meta.url);
  writeFileSync(out, `${JSON.stringify(replay, null, 1)}\n`);
  console.log(
    `${game.file}: ${replay.final?.outcome} score ${replay.final?.score} hash ${replay.final?.stateHash}`,
  );
}
