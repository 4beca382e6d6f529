import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { playGame, policyByName, policyNames, replayOf } from '../../engine';
import { print, printJson } from '../output';
import { CliError, requireScenario } from '../scenarios';
import { formatSummary, summarize } from '../summary';
import { formatDecisions, formatTrace, traceGame } from '../trace';

export function registerSim(program: Command): void {
  program
    .command('sim')
    .description('play a whole game with a bot policy and print a summary')
    .requiredOption(
      '--scenario <id-or-path>',
      'scenario id (a file in scenarios/) or path to a scenario file',
    )
    .option('--seed <text>', "the seed (default: the scenario's default seed)")
    .option('--policy <name>', `bot policy: ${policyNames().join(', ')}`, 'random')
    .option('--out <file>', 'write the replay of the game to this file')
    .option('--json', 'print one JSON object instead of text')
    .option(
      '--trace',
      'also print the game turn by turn: indicators, cards played and not played (and why), answers, reactions, random events, tier changes',
    )
    .action(
      (opts: {
        scenario: string;
        seed?: string;
        policy: string;
        out?: string;
        json?: boolean;
        trace?: boolean;
      }) => {
        const cs = requireScenario(opts.scenario);
        const policy = policyByName(opts.policy);
        if (!policy)
          throw new CliError(
            `unknown policy "${opts.policy}" (known: ${policyNames().join(', ')})`,
          );
        const seed = opts.seed ?? cs.scenario.defaultSeed;
        const game = playGame(cs, seed, policy);
        if (opts.out)
          writeFileSync(
            opts.out,
            `${JSON.stringify(replayOf(cs, seed, game, policy.name), null, 1)}\n`,
          );
        const summary = summarize(cs, game.state, policy.name);
        if (opts.json) {
          const trace = opts.trace ? { trace: traceGame(cs, seed, game.actions) } : {};
          printJson({ ...summary, decisions: game.actions, ...trace });
          return;
        }
        print(formatSummary(cs, summary));
        print(`\ndecisions (${game.actions.length}):\n${formatDecisions(cs, seed, game.actions)}`);
        if (opts.trace) print(`\n${formatTrace(traceGame(cs, seed, game.actions))}`);
      },
    );
}
